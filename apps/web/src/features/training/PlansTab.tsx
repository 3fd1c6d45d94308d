import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, TimePicker } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/form-errors';
import { FormModal } from '../../ui/FormModal';
import { QueryError } from '../../ui/QueryError';
import { trainingApi, trainingKeys, useCourses, usePlans, useTrainees, type Plan } from './api';

interface PlanForm {
  courseId: string;
  trainerId: string;
  recurrence: Plan['recurrence'];
  everyWeeks?: number;
  dayOfMonth?: number;
  startDate: Dayjs;
  time: Dayjs;
  place: string;
}

/** 定期培训计划: recurring sales-staff training; overdue when the last due session was not held. */
export function PlansTab({ projectId, organiser }: { projectId: string; organiser: boolean }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const plans = usePlans(projectId);
  const courses = useCourses(projectId);
  const trainees = useTrainees(projectId, organiser);
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  if (plans.error) return <QueryError error={plans.error} onRetry={() => plans.refetch()} />;
  const toggle = async (p: Plan) => {
    try {
      await trainingApi.setPlanActive(p, !p.active);
      await client.invalidateQueries({ queryKey: trainingKeys.all });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <>
      <Alert type="info" showIcon message={t('plan.hint')} style={{ marginBottom: 16 }} />
      {organiser && (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('plan.add')}
          </Button>
        </Space>
      )}
      <Table<Plan>
        rowKey="id"
        loading={plans.isLoading}
        dataSource={plans.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState hint={t('plan.emptyHint')} /> }}
        columns={[
          { title: t('plan.course'), dataIndex: ['course', 'title'] },
          { title: t('plan.recurrence'), render: (_, p) => (p.recurrence === 'monthly' ? t('plan.monthly', { day: p.dayOfMonth }) : t('plan.everyWeeks', { count: p.everyWeeks ?? 1 })) },
          { title: t('plan.time'), dataIndex: 'startTime' },
          { title: t('plan.place'), dataIndex: 'place' },
          { title: t('plan.trainer'), dataIndex: ['trainer', 'name'] },
          { title: t('plan.next'), dataIndex: 'nextDate' },
          {
            title: t('plan.lastDue'),
            render: (_, p) => (
              <Space>
                {p.lastDueDate ?? '—'}
                {!p.active ? <Tag>{t('plan.paused')}</Tag> : p.overdue ? <Tag color="red" data-overdue>{t('plan.overdue')}</Tag> : <Tag color="green">{t('plan.onTrack')}</Tag>}
              </Space>
            ),
          },
          ...(organiser ? [{ title: '', render: (_: unknown, p: Plan) => <Button size="small" onClick={() => toggle(p)}>{p.active ? t('plan.pause') : t('plan.resume')}</Button> }] : []),
        ]}
      />
      <FormModal<PlanForm>
        open={adding}
        title={t('plan.add')}
        initialValues={{ recurrence: 'monthly', dayOfMonth: 15 }}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await trainingApi.createPlan({
            projectId,
            courseId: v.courseId,
            trainerId: v.trainerId,
            recurrence: v.recurrence,
            ...(v.recurrence === 'monthly' ? { dayOfMonth: v.dayOfMonth } : { everyWeeks: v.everyWeeks }),
            startDate: v.startDate.format('YYYY-MM-DD'),
            startTime: v.time.format('HH:mm'),
            place: v.place,
          });
          await client.invalidateQueries({ queryKey: trainingKeys.all });
        }}
      >
        <Form.Item name="courseId" label={t('plan.course')} rules={[{ required: true }]}>
          <Select options={(courses.data ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: c.title }))} />
        </Form.Item>
        <Form.Item name="trainerId" label={t('plan.trainer')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={(trainees.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="recurrence" label={t('plan.recurrence')} rules={[{ required: true }]}>
          <Select options={[{ value: 'monthly', label: t('plan.kindMonthly') }, { value: 'everyWeeks', label: t('plan.kindEveryWeeks') }]} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.recurrence !== b.recurrence}>
          {({ getFieldValue }) =>
            getFieldValue('recurrence') === 'monthly' ? (
              <Form.Item name="dayOfMonth" label={t('plan.day')} rules={[{ required: true }]}>
                <InputNumber min={1} max={31} />
              </Form.Item>
            ) : (
              <Form.Item name="everyWeeks" label={t('plan.weeks')} rules={[{ required: true }]}>
                <InputNumber min={1} max={12} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Space>
          <Form.Item name="startDate" label={t('plan.startDate')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="time" label={t('plan.time')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" minuteStep={5} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('plan.place')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </>
  );
}
