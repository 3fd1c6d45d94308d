import { useState } from 'react';
import { App, Button, Checkbox, Drawer, Form, Input, Radio, Rate, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { OWNER_VISIT_FOLLOW_UP_KINDS, OWNER_VISIT_KINDS, type OwnerVisitFollowUpKind, type OwnerVisitKind } from '@guanjia/domain/owner-visits/index';
import { reportFormError } from '../../ui/form-errors';
import { useOwnerVisitCommands } from './api';
import './i18n';

interface FormValues {
  kind: OwnerVisitKind;
  visitedAt: string;
  contactName: string;
  summary: string;
  satisfaction?: number;
  needs?: string;
  addNeedsToProfile?: boolean;
  withFollowUp?: boolean;
  /** Named as the server names them, so its field errors land here. */
  followUp?: { kind?: OwnerVisitFollowUpKind; title?: string; description?: string };
}

/** Now as a Shanghai wall-clock value for a datetime-local input (business times are Shanghai's). */
export function shanghaiNow(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** 记录回访: the call or visit, who was spoken to, the needs heard and what to do with them. */
export function RecordVisitDrawer({ household, onClose }: { household: { id: string; label: string } | null; onClose: () => void }) {
  const { t } = useTranslation('ownerVisits');
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const { record } = useOwnerVisitCommands();
  const withFollowUp = Form.useWatch('withFollowUp', form);

  async function finish(values: FormValues) {
    if (!household) return;
    setSaving(true);
    try {
      const needs = (values.needs ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const visit = await record.mutateAsync({
        householdId: household.id,
        body: {
          kind: values.kind,
          visitedAt: `${values.visitedAt}:00+08:00`,
          contactName: values.contactName.trim(),
          summary: values.summary.trim(),
          satisfaction: values.satisfaction || null,
          needs,
          addNeedsToProfile: Boolean(values.addNeedsToProfile),
          followUp: values.withFollowUp ? { kind: values.followUp?.kind ?? 'request', title: values.followUp?.title?.trim() ?? '', description: values.followUp?.description?.trim() || null } : null,
        },
      });
      message.success(visit.workOrder ? t('form.savedWithOrder', { number: visit.workOrder.number }) : t('form.saved'));
      onClose();
    } catch (error) {
      reportFormError(form, error, message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open={household !== null}
      title={household ? t('form.title', { household: household.label }) : ''}
      onClose={onClose}
      destroyOnHidden
      size={520}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common:actions.save')}
          </Button>
        </Space>
      }
    >
      <Form<FormValues> form={form} layout="vertical" initialValues={{ kind: 'phone', visitedAt: shanghaiNow(), followUp: { kind: 'request' } }} onFinish={finish} preserve={false}>
        <Form.Item name="kind" label={t('form.kind')} rules={[{ required: true }]}>
          <Radio.Group options={OWNER_VISIT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="visitedAt" label={t('form.visitedAt')} rules={[{ required: true, message: t('required') }]}>
          <Input type="datetime-local" max={shanghaiNow()} />
        </Form.Item>
        <Form.Item name="contactName" label={t('form.contactName')} rules={[{ required: true, whitespace: true, message: t('required') }, { max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="summary" label={t('form.summary')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="satisfaction" label={t('form.satisfaction')}>
          <Rate />
        </Form.Item>
        <Form.Item name="needs" label={t('form.needs')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="addNeedsToProfile" valuePropName="checked">
          <Checkbox>{t('form.addNeedsToProfile')}</Checkbox>
        </Form.Item>
        <Form.Item name="withFollowUp" valuePropName="checked">
          <Checkbox>{t('form.followUp')}</Checkbox>
        </Form.Item>
        {withFollowUp && (
          <>
            <Form.Item name={['followUp', 'kind']} label={t('form.followUpKind')}>
              <Select options={OWNER_VISIT_FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`followUpKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name={['followUp', 'title']} label={t('form.followUpTitle')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name={['followUp', 'description']} label={t('form.followUpDescription')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
