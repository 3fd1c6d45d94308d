import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_CO_BUYERS } from '@guanjia/domain/deals/index';
import { reportFormError } from '../../ui/form-errors';
import { useDealCommands, type DealDetail } from './api';

interface Values {
  buyer: { name: string; phone?: string; idNumber?: string; clearIdNumber?: boolean };
  coBuyers?: { ownerId?: string | null; name: string; phone?: string; idNumber?: string; clearIdNumber?: boolean }[];
  signingDate: Dayjs;
}

const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;
const blank = (v?: string) => v?.trim() || undefined;
/** Empty keeps the stored number, 清除 withdraws it (sent as null), a new one replaces it. */
const idNumberOf = (p: { idNumber?: string; clearIdNumber?: boolean }) => (p.clearIdNumber ? null : blank(p.idNumber));

/**
 * 编辑成交: correct the buyer's and co-buyers' names, numbers and the signing date. Numbers are shown
 * masked, so an empty phone or ID number keeps the stored one; an ID number entered by mistake is
 * withdrawn with 清除证件号. A deal changed meanwhile is refused (409).
 */
export function EditDealDrawer({ deal, open, onClose }: { deal: DealDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { edit } = useDealCommands();
  const [saving, setSaving] = useState(false);

  async function submit(v: Values) {
    setSaving(true);
    try {
      await edit.mutateAsync({
        deal,
        body: {
          buyer: { name: v.buyer.name.trim(), phone: blank(v.buyer.phone), idNumber: idNumberOf(v.buyer) },
          coBuyers: (v.coBuyers ?? []).map((c) => ({ ownerId: c.ownerId ?? null, name: c.name.trim(), phone: blank(c.phone), idNumber: idNumberOf(c) })),
          signingDate: v.signingDate.format('YYYY-MM-DD'),
        },
      });
      message.success(t('common:messages.saved'));
      onClose();
    } catch (error) {
      reportFormError(form, error, message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer open={open} onClose={onClose} title={t('editTitle')} size="large" destroyOnHidden extra={<Button type="primary" loading={saving} onClick={() => form.submit()}>{t('common:actions.save')}</Button>}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('editHint')} />
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label={t('editTitle')}
        onFinish={(v) => void submit(v)}
        initialValues={{ buyer: { name: deal.buyer.name }, coBuyers: deal.coBuyers.map((c) => ({ ownerId: c.ownerId, name: c.name })), signingDate: dayjs(deal.signingDate) }}
      >
        <Form.Item label={t('buyerName')} name={['buyer', 'name']} rules={[{ required: true, whitespace: true }]}>
          <Input aria-label={t('buyerName')} maxLength={50} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label={t('phone')} name={['buyer', 'phone']} rules={[{ pattern: PHONE, message: t('phoneFormat') }]} extra={deal.buyer.phone ? t('keepMasked', { value: deal.buyer.phone }) : undefined} style={{ width: '45%' }}>
            <Input aria-label={t('phone')} maxLength={20} />
          </Form.Item>
          <Form.Item noStyle dependencies={[['buyer', 'clearIdNumber']]}>
            {({ getFieldValue }) => (
              <Form.Item
                label={t('idNumber')}
                name={['buyer', 'idNumber']}
                extra={getFieldValue(['buyer', 'clearIdNumber']) ? t('clearsOnSave', { value: deal.buyer.idNumber }) : deal.buyer.idNumber ? t('keepMasked', { value: deal.buyer.idNumber }) : t('optional')}
                style={{ width: '55%' }}
              >
                <Input aria-label={t('idNumber')} maxLength={32} disabled={getFieldValue(['buyer', 'clearIdNumber']) === true} />
              </Form.Item>
            )}
          </Form.Item>
        </Space.Compact>
        {deal.buyer.idNumber && (
          <Form.Item name={['buyer', 'clearIdNumber']} valuePropName="checked" style={{ marginTop: -8 }}>
            <Checkbox>{t('clearIdNumber')}</Checkbox>
          </Form.Item>
        )}
        <Form.List name="coBuyers">
          {(fields, { add, remove }) => (
            <Form.Item label={t('coBuyers')}>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'ownerId']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                    <Input aria-label={`${t('coBuyers')} ${i + 1} ${t('buyerName')}`} placeholder={t('buyerName')} maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} rules={[{ pattern: PHONE, message: t('phoneFormat') }]}>
                    <Input aria-label={`${t('coBuyers')} ${i + 1} ${t('phone')}`} placeholder={deal.coBuyers[i]?.phone ?? t('phone')} maxLength={20} />
                  </Form.Item>
                  <Form.Item noStyle dependencies={[['coBuyers', field.name, 'clearIdNumber']]}>
                    {({ getFieldValue }) => (
                      <Form.Item name={[field.name, 'idNumber']}>
                        <Input
                          aria-label={`${t('coBuyers')} ${i + 1} ${t('idNumber')}`}
                          placeholder={deal.coBuyers[i]?.idNumber ?? t('idNumber')}
                          maxLength={32}
                          disabled={getFieldValue(['coBuyers', field.name, 'clearIdNumber']) === true}
                        />
                      </Form.Item>
                    )}
                  </Form.Item>
                  {deal.coBuyers[i]?.idNumber && (
                    <Form.Item name={[field.name, 'clearIdNumber']} valuePropName="checked">
                      <Checkbox aria-label={`${t('coBuyers')} ${i + 1} ${t('clearIdNumber')}`}>{t('clearIdNumberShort')}</Checkbox>
                    </Form.Item>
                  )}
                  <Button type="text" aria-label={t('remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              {fields.length < MAX_CO_BUYERS && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                  {t('addCoBuyer')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        <Form.Item label={t('signingDate')} name="signingDate" rules={[{ required: true }]}>
          <DatePicker aria-label={t('signingDate')} format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
