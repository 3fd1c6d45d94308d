import type { TFunction } from 'i18next';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LONG_OVERDUE_DAYS } from '@guanjia/domain/work-orders/promised-reply';
import { formatDateTime } from '../../ui/format';
import type { WorkOrderEvent } from './api';
import { eventLabel, statusLabel } from './labels';

const REMINDER_KINDS = ['dueSoon', 'overdue', 'longOverdue'];

/** A reply reminder in words: its level and whom it went to. */
function reminderText(t: TFunction, data: Record<string, unknown>): string[] {
  const parts: string[] = [];
  if (typeof data.level === 'number') parts.push(t('reply.reminderLevel', { level: data.level }));
  if (typeof data.kind === 'string' && REMINDER_KINDS.includes(data.kind)) parts.push(t(`reply.reminders.${data.kind}`, { days: LONG_OVERDUE_DAYS }));
  return parts;
}

/** The agreed reply date, and the one it replaced. */
function replyDateText(t: TFunction, data: Record<string, unknown>): string[] {
  if (typeof data.replyBy !== 'string') return [];
  return [typeof data.previous === 'string' ? t('reply.movedFrom', { previous: data.previous, date: data.replyBy }) : t('reply.agreedOn', { date: data.replyBy })];
}

/**
 * What the history adds to an event's label: the dispatch target, the new accountable person, the
 * escalation level, the agreed reply date, the reminder sent.
 */
export function eventDetail(t: TFunction, event: WorkOrderEvent): string {
  const data = event.data ?? {};
  if (event.action === 'replyReminder') return reminderText(t, data).join(' · ');
  if (event.action === 'agreeReplyDate') return replyDateText(t, data).join(' · ');
  if (event.action === 'reply') return data.late === true ? t('reply.late') : '';
  const name = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : null);
  const parts = [name(data.user), name(data.department), name(data.vendor), typeof data.toName === 'string' ? data.toName : null].filter(Boolean);
  if (typeof data.level === 'number') parts.push(t('detail.escalationLevel', { level: data.level }));
  if (typeof data.rating === 'number') parts.push('★'.repeat(data.rating));
  if (typeof data.satisfaction === 'number') parts.push('★'.repeat(data.satisfaction));
  if (typeof data.note === 'string' && data.note) parts.push(data.note);
  return parts.join(' · ');
}

function colorOf(event: WorkOrderEvent): string {
  if (event.action === 'escalate' || event.action === 'cancel') return 'red';
  if (event.action === 'replyReminder') return typeof event.data?.level === 'number' && event.data.level > 1 ? 'red' : 'orange';
  if (event.action === 'urge') return 'orange';
  if (event.action === 'reply' || event.action === 'resolve') return 'green';
  return 'blue';
}

/** The timeline of the order: who did what, when, and why. */
export function WorkOrderHistory({ events }: { events: WorkOrderEvent[] }) {
  const { t } = useTranslation('workOrders');
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noTimeline')} />;
  return (
    <Timeline
      items={events.map((event) => {
        const extra = eventDetail(t, event);
        // A reply's text is what the requester was told, not a reason.
        const reasonLabel = event.action === 'reply' ? t('reply.note') : t('reason');
        return {
          key: event.id,
          color: colorOf(event),
          content: (
            <>
              <div>
                <Typography.Text strong>{event.actor?.name ?? t('detail.byUnknown')}</Typography.Text> {eventLabel(t, event.action)}
                {event.toStatus && event.toStatus !== event.fromStatus && (
                  <Typography.Text type="secondary"> → {statusLabel(t, event.toStatus)}</Typography.Text>
                )}
              </div>
              {extra && <div>{extra}</div>}
              {event.reason && (
                <div>
                  {reasonLabel}：{event.reason}
                </div>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(event.at)}
              </Typography.Text>
            </>
          ),
        };
      })}
    />
  );
}
