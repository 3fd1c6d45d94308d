import { useEffect } from 'react';
import { Alert, DatePicker, Form, Input, Radio, Select, Switch, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EVENT_PLAN_KINDS, type EventPlanKind } from '@guanjia/domain/event-plans/event-plan-flow';
import { FormModal } from '../../ui/FormModal';
import { useCreateEventPlan, useSalesCenters, type Named } from './api';
import { shanghaiToday } from './parts';

interface CreateValues {
  kind: EventPlanKind;
  title: string;
  eventDate: Dayjs;
  salesCenterId?: string;
  major: boolean;
}

/** 新建活动方案: the kind picks the template the backward schedule is drawn up from. */
export function CreateEventPlanModal({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('eventPlans');
  const navigate = useNavigate();
  const centers = useSalesCenters(projectId);
  const create = useCreateEventPlan();
  const today = shanghaiToday();

  async function submit(values: CreateValues) {
    const plan = await create.mutateAsync({
      projectId,
      kind: values.kind,
      title: values.title.trim(),
      eventDate: values.eventDate.format('YYYY-MM-DD'),
      salesCenterId: values.salesCenterId ?? null,
      major: values.major,
    });
    navigate(`/event-plans/${plan.id}`);
  }

  return (
    <FormModal<CreateValues>
      open={open}
      title={t('create.title')}
      onClose={onClose}
      onSubmit={submit}
      successMessage={t('create.created')}
      initialValues={{ kind: 'promotion', major: true }}
    >
      {(form) => (
        <>
          <OnlyCenter form={form} centers={centers.data} />
          <Form.Item name="kind" label={t('create.kind')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={EVENT_PLAN_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('create.name')} rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }, { max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="eventDate" label={t('create.eventDate')} rules={[{ required: true, message: t('create.eventDateRequired') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} defaultPickerValue={dayjs(today)} />
          </Form.Item>
          <Form.Item name="salesCenterId" label={t('create.salesCenter')}>
            <Select allowClear loading={centers.isPending} options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item name="major" label={t('create.major')} valuePropName="checked" extra={t('create.majorHint')}>
            <Switch />
          </Form.Item>
          <Alert type="info" showIcon title={t('create.scheduleHint')} />
        </>
      )}
    </FormModal>
  );
}

/** A project with one sales center: the plan is for it unless the user clears the field. */
function OnlyCenter({ form, centers }: { form: FormInstance<CreateValues>; centers: Named[] | undefined }) {
  useEffect(() => {
    if (centers?.length === 1 && !form.isFieldTouched('salesCenterId')) form.setFieldValue('salesCenterId', centers[0].id);
  }, [centers, form]);
  return null;
}
