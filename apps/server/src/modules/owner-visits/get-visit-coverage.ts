import { businessDate } from '@guanjia/domain';
import { coverageOf, quarterOf, type VisitCadence } from '@guanjia/domain/owner-visits/index';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Locale } from '../../platform/http/i18n.js';
import { countWhen } from '../../platform/db/count-when.js';
import { listProjectStaff } from '../staff/list-project-staff.js';
import { BUTLER_OF_HOUSEHOLD, LAST_VISITED_ON, overdueCondition, projectHouseholds, seesEveryButler } from './household-butler.js';
import { presentCadence, presentQuarter } from './list-visit-schedule.js';
import { readVisitSettings } from './visit-settings.js';

export interface ButlerCoverageRow {
  butler_id: string | null;
  assigned: number;
  visited: number;
  overdue: number;
}

/**
 * Per butler this quarter: households looked after, distinct households visited since the quarter
 * began, and households overdue under the project's cadence; one grouped read over the project's
 * households (the null butler is the unassigned). Overdue uses the domain's cut-off dates, so it
 * agrees with the schedule's status.
 */
export async function readCoverageRows(db: DbOrTx, projectId: string, cadence: VisitCadence, today: string): Promise<ButlerCoverageRow[]> {
  const quarter = quarterOf(today);
  const perHousehold = projectHouseholds(db, projectId).select(['h.id', 'h.created_at', BUTLER_OF_HOUSEHOLD.as('butler_id'), LAST_VISITED_ON.as('last_on')]);
  const rows = await db
    .selectFrom(perHousehold.as('x'))
    .select([
      'x.butler_id',
      (eb) => eb.fn.countAll<number>().as('assigned'),
      countWhen(sql`x.last_on >= ${quarter.start}`).as('visited'),
      countWhen(overdueCondition(cadence, today, sql.ref('x.last_on'), sql.ref('x.created_at'))).as('overdue'),
    ])
    .groupBy('x.butler_id')
    .execute();
  return rows.map((r) => ({ butler_id: r.butler_id, assigned: Number(r.assigned), visited: Number(r.visited ?? 0), overdue: Number(r.overdue ?? 0) }));
}

/** 覆盖率: this quarter's coverage per butler (a butler sees only their own line) and in total. */
export async function getVisitCoverage(db: DbOrTx, actor: Actor, projectId: string, locale: Locale, now: Date = new Date()) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const today = businessDate(now);
  const { cadence } = await readVisitSettings(db, projectId);
  const [rows, butlers] = await Promise.all([readCoverageRows(db, projectId, cadence, today), listProjectStaff(db, projectId, ['butler'])]);
  const everyone = seesEveryButler(actor);
  const names = new Map(butlers.map((b) => [b.id, b.name]));
  const byButler = new Map(rows.filter((r) => r.butler_id).map((r) => [r.butler_id!, r]));
  // Every butler of the project, those with nothing assigned too; a deal's butler no longer granted the project keeps a line.
  const ids = [...new Set([...butlers.map((b) => b.id), ...byButler.keys()])].filter((id) => everyone || id === actor.userId);
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length) for (const u of await db.selectFrom('users').select(['id', 'name']).where('id', 'in', missing).execute()) names.set(u.id, u.name);
  const line = (r: Pick<ButlerCoverageRow, 'assigned' | 'visited' | 'overdue'> | undefined) => ({ ...coverageOf(r?.visited ?? 0, r?.assigned ?? 0), overdue: r?.overdue ?? 0 });
  const lines = ids.map((id) => ({ butler: { id, name: names.get(id) ?? '' }, ...line(byButler.get(id)) })).sort((a, b) => a.butler.name.localeCompare(b.butler.name, 'zh-CN'));
  const sum = (k: 'assigned' | 'visited' | 'overdue') => lines.reduce((n, l) => n + l[k], 0);
  return {
    projectId,
    quarter: presentQuarter(quarterOf(today), locale),
    cadence: presentCadence(cadence),
    totals: line({ assigned: sum('assigned'), visited: sum('visited'), overdue: sum('overdue') }),
    unassigned: everyone ? (rows.find((r) => r.butler_id === null)?.assigned ?? 0) : 0,
    butlers: lines,
  };
}
