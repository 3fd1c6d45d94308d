import { useTranslation } from 'react-i18next';
import { HistoryTimeline } from '../../ui/HistoryTimeline';
import type { HistoryEntry } from './api';

const COLORS: Record<string, string> = { cancel: 'red', reject: 'red', approve: 'green', supersede: 'gray' };

/** Who changed the record, and when; status changes name the new status. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation('salesPreparation');
  return <HistoryTimeline history={history} namespace="salesPreparation" emptyText={t('history.empty')} colors={COLORS} hideNoteOf={['edit', 'create']} />;
}
