import { useState } from 'react';
import { App, Button, Card, Descriptions, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { usePlanCommands, type EventPlanDetail } from './api';
import { reportCommandError } from './parts';

/** 演练确认: the joint rehearsal two days before the event, confirmed by 营销部现场负责人. */
export function RehearsalCard({ plan, onConflict }: { plan: EventPlanDetail; onConflict: () => void }) {
  const { t } = useTranslation('eventPlans');
  const { message } = App.useApp();
  const commands = usePlanCommands(plan);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await commands.confirmRehearsal();
      void message.success(t('rehearsal.done'));
    } catch (error) {
      reportCommandError(error, message, t, onConflict);
    } finally {
      setBusy(false);
    }
  }

  const state = plan.rehearsalConfirmedBy
    ? t('rehearsal.confirmed', { name: plan.rehearsalConfirmedBy.name, at: formatDateTime(plan.rehearsalConfirmedAt) })
    : plan.status === 'approved'
      ? t('rehearsal.pending')
      : t('rehearsal.notYet');
  return (
    <Card
      size="small"
      title={t('rehearsal.title')}
      style={{ marginBottom: 16 }}
      extra={
        plan.canConfirmRehearsal && (
          <Popconfirm title={t('rehearsal.confirmConfirm', { date: plan.rehearsalDate })} okText={t('common:actions.confirm')} cancelText={t('common:actions.cancel')} onConfirm={confirm}>
            <Button type="primary" size="small" loading={busy}>
              {t('rehearsal.confirm')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('rehearsal.date')}>{plan.rehearsalDate}</Descriptions.Item>
        <Descriptions.Item label={t('rehearsal.state')}>
          <Typography.Text type={plan.rehearsalConfirmedBy ? 'success' : 'warning'}>{state}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
