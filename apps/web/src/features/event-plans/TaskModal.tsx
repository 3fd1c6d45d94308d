import { Checkbox, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionModal } from './ActionModal';
import { usePlanCommands, type EventPlanDetail, type EventPlanTask, type TaskInput } from './api';

/** Adds a preparation task to a draft's schedule, or changes one; the server computes its due date. */
export function TaskModal({ plan, task, onClose, onConflict }: { plan: EventPlanDetail; task: EventPlanTask | null; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation('eventPlans');
  const commands = usePlanCommands(plan);
  const title = task ? t('schedule.editTask') : t('schedule.addTask');
  return (
    <ActionModal<TaskInput>
      title={title}
      okText={t('common:actions.save')}
      onClose={onClose}
      onConflict={onConflict}
      successMessage={t('common:messages.saved')}
      initialValues={task ? { title: task.title, daysBefore: task.daysBefore, officeOnly: task.officeOnly } : { daysBefore: 3, officeOnly: false }}
      onSubmit={(v) => {
        const input = { title: v.title.trim(), daysBefore: v.daysBefore, officeOnly: v.officeOnly };
        if (!task) return commands.addTask(input);
        // The rehearsal's day is fixed (two days before the event); only its wording changes.
        return commands.editTask(task, task.rehearsal ? { title: input.title } : input);
      }}
    >
      <Form.Item name="title" label={t('schedule.taskTitle')} rules={[{ required: true, whitespace: true, message: t('schedule.taskTitleRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="daysBefore" label={t('schedule.daysBefore')} extra={t('schedule.daysBeforeHint')} rules={[{ required: true, message: t('schedule.daysBeforeRequired') }]}>
        <InputNumber min={0} max={365} precision={0} disabled={task?.rehearsal} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="officeOnly" valuePropName="checked" extra={t('schedule.officeOnlyHint')}>
        <Checkbox disabled={task?.rehearsal}>{t('schedule.officeOnly')}</Checkbox>
      </Form.Item>
    </ActionModal>
  );
}
