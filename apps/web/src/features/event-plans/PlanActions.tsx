import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Popconfirm, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../ui/api';
import { FileUpload } from '../../ui/FileUpload';
import { ActionModal } from './ActionModal';
import { usePlanCommands, type ButtonAction, type EventPlanDetail } from './api';
import { reportCommandError, shanghaiToday } from './parts';

interface PlanActionsProps {
  plan: EventPlanDetail;
  /** The parts form has changes not saved yet: submitting would send the old plan. */
  unsaved: boolean;
  /** Submission was refused for missing parts (422 EVENT_PLAN_INCOMPLETE), or succeeded (null). */
  onIncomplete: (error: ApiError | null) => void;
  onConflict: () => void;
}

type ModalKind = 'review' | 'cancel' | 'reschedule';

/** Exactly the buttons the server allows the caller now, and 调整活动日期 while the plan may move. */
export function PlanActions({ plan, unsaved, onIncomplete, onConflict }: PlanActionsProps) {
  const { t } = useTranslation('eventPlans');
  const { message } = App.useApp();
  const commands = usePlanCommands(plan);
  const [modal, setModal] = useState<ModalKind | null>(null);
  const [busy, setBusy] = useState<ButtonAction | null>(null);
  const allowed = (a: ButtonAction) => plan.allowedActions.includes(a);

  async function step(action: 'submit' | 'revise' | 'hold', done: string) {
    if (action === 'submit' && unsaved) {
      void message.warning(t('actions.unsavedFirst'));
      return;
    }
    setBusy(action);
    try {
      await commands.act(action);
      if (action === 'submit') onIncomplete(null);
      void message.success(done);
    } catch (error) {
      if (action === 'submit' && isApiError(error, 422) && error.code === 'EVENT_PLAN_INCOMPLETE') onIncomplete(error);
      else reportCommandError(error, message, t, onConflict);
    } finally {
      setBusy(null);
    }
  }

  const confirmButton = (action: 'submit' | 'revise' | 'hold', title: string, done: string, primary = false) => (
    <Popconfirm title={title} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={() => step(action, done)}>
      <Button type={primary ? 'primary' : 'default'} loading={busy === action}>
        {t(`actions.${action}`)}
      </Button>
    </Popconfirm>
  );

  const nothing = !plan.allowedActions.length && !plan.canReschedule;
  if (nothing) return null;
  return (
    <>
      <Space wrap>
        {allowed('submit') && confirmButton('submit', t('actions.submitConfirm'), t('actions.submitted'), true)}
        {allowed('revise') && confirmButton('revise', t('actions.reviseConfirm'), t('actions.revised'), true)}
        {allowed('hold') && confirmButton('hold', t('actions.holdConfirm', { date: plan.eventDate }), t('actions.held'), true)}
        {allowed('review') && (
          <Button type="primary" onClick={() => setModal('review')}>
            {t('actions.review')}
          </Button>
        )}
        {plan.canReschedule && <Button onClick={() => setModal('reschedule')}>{t('actions.reschedule')}</Button>}
        {allowed('cancel') && (
          <Button danger onClick={() => setModal('cancel')}>
            {t('actions.cancel')}
          </Button>
        )}
      </Space>
      {modal === 'review' && (
        <ActionModal<{ wentWell: string; problems: string; photoIds?: string[] }>
          title={t('actions.review')}
          okText={t('actions.review')}
          onClose={() => setModal(null)}
          onConflict={onConflict}
          successMessage={t('actions.reviewed')}
          onSubmit={(v) => commands.act('review', { wentWell: v.wentWell.trim(), problems: v.problems.trim(), photoIds: v.photoIds ?? [] })}
        >
          <Form.Item name="wentWell" label={t('actions.wentWell')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="problems" label={t('actions.problems')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="photoIds" label={t('actions.photos')}>
            <FileUpload projectId={plan.projectId} />
          </Form.Item>
        </ActionModal>
      )}
      {modal === 'cancel' && (
        <ActionModal<{ reason: string }>
          title={t('actions.cancel')}
          okText={t('actions.cancel')}
          danger
          onClose={() => setModal(null)}
          onConflict={onConflict}
          successMessage={t('actions.cancelled')}
          onSubmit={(v) => commands.act('cancel', { reason: v.reason.trim() })}
        >
          <Form.Item name="reason" label={t('actions.cancelReason')} rules={[{ required: true, whitespace: true, message: t('actions.cancelReasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </ActionModal>
      )}
      {modal === 'reschedule' && <RescheduleModal plan={plan} onClose={() => setModal(null)} onConflict={onConflict} />}
    </>
  );
}

/** 调整活动日期: the modal states that every task and the rehearsal move with the event before it is sent. */
function RescheduleModal({ plan, onClose, onConflict }: { plan: EventPlanDetail; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation('eventPlans');
  const commands = usePlanCommands(plan);
  const today = shanghaiToday();
  return (
    <ActionModal<{ eventDate: Dayjs }>
      title={t('actions.reschedule')}
      okText={t('actions.reschedule')}
      onClose={onClose}
      onConflict={onConflict}
      successMessage={t('actions.rescheduled')}
      onSubmit={(v) => commands.reschedule(v.eventDate.format('YYYY-MM-DD'))}
    >
      {(form) => (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('actions.rescheduleNote')} description={plan.status === 'approved' ? t('actions.rescheduleApprovedNote') : undefined} />
          <Form.Item name="eventDate" label={t('actions.newDate')} rules={[{ required: true, message: t('actions.newDateRequired') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} defaultPickerValue={dayjs(plan.eventDate)} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const next = form.getFieldValue('eventDate') as Dayjs | undefined;
              return next ? <Alert type="warning" showIcon title={t('actions.rescheduleConfirm', { from: plan.eventDate, to: next.format('YYYY-MM-DD') })} /> : null;
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
