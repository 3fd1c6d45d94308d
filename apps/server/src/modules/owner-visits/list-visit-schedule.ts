import { businessDate } from '@guanjia/domain';
import { quarterLabel, quarterOf, visitStatus, type Quarter, type VisitCadence } from '@guanjia/domain/owner-visits/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Locale } from '../../platform/http/i18n.js';
import { BUTLER_NAME, BUTLER_OF_HOUSEHOLD, LAST_VISITED_ON, projectHouseholds, seesEveryButler } from './household-butler.js';
import { HOUSEHOLD_COLUMNS, presentHousehold } from './list-household-butlers.js';
import type { ScheduleQuery } from './schemas.js';
import { readVisitSettings } from './visit-settings.js';

export const presentQuarter = (q: Quarter, locale: Locale) => ({ ...q, label: quarterLabel(q, locale) });
export const presentCadence = (c: VisitCadence): 'quarterly' | number => (c.kind === 'days' ? c.days : 'quarterly');

/**
 * 我的回访: the households a butler looks after, each with its last visit, due date and status
 * (overdue / due / visited this quarter), earliest due first. Due dates follow the project's cadence,
 * so the list is ordered here rather than in SQL; one butler's households are a few hundred rows.
 */
export async function listVisitSchedule(db: DbOrTx, actor: Actor, projectId: string, query: ScheduleQuery, locale: Locale, now: Date = new Date()) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const { cadence } = await readVisitSettings(db, projectId);
  const today = businessDate(now);
  let q = projectHouseholds(db, projectId)
    .leftJoin('owner_visit_plans as p', 'p.household_id', 'h.id')
    .select([...HOUSEHOLD_COLUMNS, 'h.created_at', 'p.planned_on', 'p.version as plan_version', BUTLER_OF_HOUSEHOLD.as('butler_id'), BUTLER_NAME.as('butler_name'), LAST_VISITED_ON.as('last_visited_on')]);
  const butlerId = seesEveryButler(actor) ? query.butlerId : actor.userId;
  if (butlerId) q = q.where(BUTLER_OF_HOUSEHOLD, '=', butlerId);
  if (query.buildingId) q = q.where('b.id', '=', query.buildingId);
  const rows = (await q.execute())
    .map((r) => ({ r, ...visitStatus(cadence, r.last_visited_on, businessDate(r.created_at), today) }))
    .filter((x) => !query.status || x.status === query.status)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.r.building_name.localeCompare(b.r.building_name) || a.r.unit_code.localeCompare(b.r.unit_code));
  const from = (query.page - 1) * query.pageSize;
  return {
    items: rows.slice(from, from + query.pageSize).map(({ r, dueOn, status }) => ({
      household: presentHousehold(r),
      butler: r.butler_id ? { id: r.butler_id, name: r.butler_name ?? '' } : null,
      lastVisitedOn: r.last_visited_on,
      dueOn,
      status,
      plannedOn: r.planned_on,
      planVersion: r.plan_version ?? 0,
    })),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
    quarter: presentQuarter(quarterOf(today), locale),
    cadence: presentCadence(cadence),
    today,
  };
}
