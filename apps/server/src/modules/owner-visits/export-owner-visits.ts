import { businessMinuteOfDay, minutesToHhmm } from '@guanjia/domain';
import { OWNER_VISIT_KIND_LABELS } from '@guanjia/domain/owner-visits/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { csvDocument } from '../../platform/http/csv.js';
import { translate, type Locale } from '../../platform/http/i18n.js';
import { filteredVisits, presentVisit } from './list-owner-visits.js';
import type { ListVisitsQuery } from './schemas.js';

/** The most rows one export writes; narrow the dates for more. */
export const EXPORT_MAX_ROWS = 10_000;

const COLUMNS = ['visitedAt', 'household', 'kind', 'contact', 'butler', 'visitedBy', 'satisfaction', 'summary', 'needs', 'inProfile', 'workOrder'] as const;

/** 回访记录 as CSV with the list's filters, newest first, in the caller's language. */
export async function exportOwnerVisits(db: DbOrTx, actor: Actor, projectId: string, query: Omit<ListVisitsQuery, 'page' | 'pageSize'>, locale: Locale): Promise<string> {
  const rows = await filteredVisits(db, actor, projectId, query).orderBy('v.visited_at', 'desc').orderBy('v.id', 'desc').limit(EXPORT_MAX_ROWS).execute();
  const yesNo = (b: boolean) => translate(locale, b ? 'ownerVisit.csv.yes' : 'ownerVisit.csv.no');
  return csvDocument(
    COLUMNS.map((c) => translate(locale, `ownerVisit.csv.${c}`)),
    rows.map(presentVisit).map((v) => [
      `${v.visitedOn} ${minutesToHhmm(businessMinuteOfDay(v.visitedAt))}`,
      v.household.label,
      OWNER_VISIT_KIND_LABELS[v.kind][locale],
      v.contactName,
      v.butler?.name ?? '',
      v.visitedBy.name,
      v.satisfaction ?? '',
      v.summary,
      v.needs.join('；'),
      yesNo(v.needsInProfile),
      v.workOrder?.number ?? '',
    ]),
  );
}
