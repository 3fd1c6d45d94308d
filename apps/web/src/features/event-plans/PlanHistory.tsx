import { useTranslation } from 'react-i18next';
import { HistoryTimeline } from '../../ui/HistoryTimeline';
import type { EventPlanHistoryEntry } from './api';

const COLORS: Record<string, string> = { cancel: 'red', reject: 'red', approve: 'green', review: 'green', confirmRehearsal: 'green', reschedule: 'orange' };

/** Who did what to the plan, and when. */
export function PlanHistory({ history }: { history: EventPlanHistoryEntry[] }) {
  const { t } = useTranslation('eventPlans');
  const entries = history.map((h) => ({ action: h.action, actor: h.actor, from: h.fromStatus, to: h.toStatus, note: h.note, at: h.at }));
  return <HistoryTimeline history={entries} namespace="eventPlans" emptyText={t('detail.noHistory')} colors={COLORS} />;
}
