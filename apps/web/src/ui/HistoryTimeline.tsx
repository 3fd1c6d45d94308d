import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';

export interface HistoryTimelineEntry {
  action: string;
  actor: { name: string } | null;
  from: string | null;
  to: string | null;
  note: string | null;
  at: string;
}

interface HistoryTimelineProps {
  history: HistoryTimelineEntry[];
  /** The feature's namespace: it holds `history.<action>`, `history.byUnknown` and `status.<status>`. */
  namespace: string;
  emptyText: string;
  /** Dot colour per action; blue otherwise. */
  colors: Record<string, string>;
  /** Actions whose note only lists changed columns, which says nothing to a reader. */
  hideNoteOf?: readonly string[];
}

/** Who did what to a record and when; a status change names the new status. */
export function HistoryTimeline({ history, namespace, emptyText, colors, hideNoteOf = ['edit'] }: HistoryTimelineProps) {
  const { t } = useTranslation(namespace);
  if (!history.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Timeline
      items={history.map((h, i) => ({
        key: `${h.at}-${i}`,
        color: colors[h.action] ?? 'blue',
        content: (
          <>
            <div>
              <Typography.Text strong>{h.actor?.name ?? t('history.byUnknown')}</Typography.Text> {t(`history.${h.action}`, { defaultValue: h.action })}
              {h.to && h.to !== h.from && <Typography.Text type="secondary"> → {t(`status.${h.to}`, { defaultValue: h.to })}</Typography.Text>}
            </div>
            {h.note && !hideNoteOf.includes(h.action) && <div>{h.note}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(h.at)}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
