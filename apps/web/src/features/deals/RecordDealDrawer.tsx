import { useState } from 'react';
import { App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_CO_BUYERS } from '@guanjia/domain/deals/index';
import { reportFormError } from '../../ui/form-errors';
import { useBuildings, useDealButlers, useDealCommands, useUnits, type DealDetail } from './api';

interface Values {
  buildingId: string;
  unitId: string;
  buyer: { name: string; phone: string; idNumber?: string };
  coBuyers?: { name: string; phone?: string; idNumber?: string }[];
  signingDate: Dayjs;
  contractNumber?: string;
  salesConsultantName?: string;
  butlerId?: string;
}

const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;
const blank = (v?: string) => v?.trim() || undefined;

/** 录入成交: the unit picked by building, buyer and co-buyers, the signing date and the butler who will onboard them. */
export function RecordDealDrawer({ projectId, open, onClose, onRecorded }: { projectId: string; open: boolean; onClose: () => void; onRecorded: (d: DealDetail) => void }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const buildingId = Form.useWatch('buildingId', form);
  const buildings = useBuildings(projectId);
  const units = useUnits(projectId, buildingId);
  const butlers = useDealButlers(projectId);
  const { record } = useDealCommands();
  const [saving, setSaving] = useState(false);

  async function submit(v: Values) {
    setSaving(true);
    try {
      const deal = await record.mutateAsync({
        projectId,
        body: {
          unitId: v.unitId,
          buyer: { name: v.buyer.name, phone: v.buyer.phone, idNumber: blank(v.buyer.idNumber) },
          coBuyers: (v.coBuyers ?? []).map((c) => ({ name: c.name, phone: blank(c.phone), idNumber: blank(c.idNumber) })),
          signingDate: v.signingDate.format('YYYY-MM-DD'),
          contractNumber: blank(v.contractNumber),
          salesConsultantName: blank(v.salesConsultantName),
          butlerId: v.butlerId,
        },
      });
      message.success(t('recorded'));
      form.resetFields();
      onRecorded(deal);
    } catch (error) {
      reportFormError(form, error, message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('record')}
      size="large"
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common:actions.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ signingDate: dayjs(), coBuyers: [] }}>
        <Space.Compact block>
          <Form.Item label={t('building')} name="buildingId" rules={[{ required: true }]} style={{ width: '40%' }}>
            <Select
              aria-label={t('building')}
              showSearch={{ optionFilterProp: 'label' }}
              loading={buildings.isLoading}
              options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
              onChange={() => form.setFieldValue('unitId', undefined)}
            />
          </Form.Item>
          <Form.Item label={t('unit')} name="unitId" rules={[{ required: true }]} style={{ width: '60%' }}>
            <Select aria-label={t('unit')} showSearch={{ optionFilterProp: 'label' }} disabled={!buildingId} loading={units.isLoading} options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.code }))} />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={t('buyerName')} name={['buyer', 'name']} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label={t('phone')} name={['buyer', 'phone']} rules={[{ required: true }, { pattern: PHONE, message: t('phoneFormat') }]} style={{ width: '45%' }}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label={t('idNumber')} name={['buyer', 'idNumber']} extra={t('optional')} style={{ width: '55%' }}>
            <Input maxLength={32} />
          </Form.Item>
        </Space.Compact>
        <Form.List name="coBuyers">
          {(fields, { add, remove }) => (
            <Form.Item label={t('coBuyers')}>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                    <Input aria-label={`${t('coBuyers')} ${i + 1} ${t('buyerName')}`} placeholder={t('buyerName')} maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} rules={[{ pattern: PHONE, message: t('phoneFormat') }]}>
                    <Input aria-label={`${t('coBuyers')} ${i + 1} ${t('phone')}`} placeholder={t('phone')} maxLength={20} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'idNumber']}>
                    <Input aria-label={`${t('coBuyers')} ${i + 1} ${t('idNumber')}`} placeholder={t('idNumber')} maxLength={32} />
                  </Form.Item>
                  <Button type="text" aria-label={t('remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              {fields.length < MAX_CO_BUYERS && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('addCoBuyer')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        <Form.Item label={t('signingDate')} name="signingDate" rules={[{ required: true }]}>
          <DatePicker aria-label={t('signingDate')} format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label={t('contractNumber')} name="contractNumber" style={{ width: '50%' }}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label={t('salesConsultant')} name="salesConsultantName" style={{ width: '50%' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={t('butler')} name="butlerId">
          <Select aria-label={t('butler')} allowClear placeholder={t('chooseButler')} options={(butlers.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
