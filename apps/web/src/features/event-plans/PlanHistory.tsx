import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import type { EventPlanHistoryEntry } from './api';

const COLORS: Record<string, string> = { cancel: 'red', reject: 'red', approve: 'green', review: 'green', confirmRehearsal: 'green', reschedule: 'orange' };

/** Who did what to the plan, and when. */
export function PlanHistory({ history }: { history: EventPlanHistoryEntry[] }) {
  const { t } = useTranslation('eventPlans');
  if (!history.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noHistory')} />;
  return (
    <Timeline
      items={history.map((h, i) => ({
        key: `${h.at}-${i}`,
        color: COLORS[h.action] ?? 'blue',
        content: (
          <>
            <div>
              <Typography.Text strong>{h.actor?.name ?? t('history.byUnknown')}</Typography.Text> {t(`history.${h.action}`, { defaultValue: h.action })}
              {h.toStatus && h.toStatus !== h.fromStatus && <Typography.Text type="secondary"> → {t(`status.${h.toStatus}`, { defaultValue: h.toStatus })}</Typography.Text>}
            </div>
            {/* An edit's note lists the changed columns, which says nothing to a reader. */}
            {h.note && h.action !== 'edit' && <div>{h.note}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(h.at)}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
