import { dayCheckState } from '@guanjia/domain/sales-site/daily-check';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { DaySummaryView } from './schemas.js';

/**
 * One row per check with its sales center, project, people and counts, read in one statement
 * (counts and names as scalar subqueries).
 */
export function checkSummaries(db: DbOrTx) {
  return db
    .selectFrom('daily_checks as c')
    .innerJoin('sales_centers as s', 's.id', 'c.sales_center_id')
    .innerJoin('projects as p', 'p.id', 'c.project_id')
    .select((eb) => [
      'c.id as checkId',
      'c.sales_center_id as salesCenterId',
      's.name as salesCenterName',
      'c.project_id as projectId',
      'p.name as projectName',
      'c.business_date as businessDate',
      'c.status',
      'c.started_by as startedById',
      'c.started_at as startedAt',
      'c.completed_by as completedById',
      'c.completed_at as completedAt',
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'c.started_by').as('startedByName'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'c.completed_by').as('completedByName'),
      eb.selectFrom('daily_check_items as i').select(sql<number>`count(*)`.as('n')).whereRef('i.check_id', '=', 'c.id').as('itemCount'),
      eb.selectFrom('daily_check_items as i').select(sql<number>`count(i.result)`.as('n')).whereRef('i.check_id', '=', 'c.id').as('answeredCount'),
      eb.selectFrom('daily_check_items as i').select(sql<number>`count(*)`.as('n')).whereRef('i.check_id', '=', 'c.id').where('i.result', '=', 'fail').as('failedCount'),
    ]);
}

export type CheckSummaryRow = Awaited<ReturnType<ReturnType<typeof checkSummaries>['executeTakeFirstOrThrow']>>;

export function presentCheckSummary(r: CheckSummaryRow): DaySummaryView {
  return {
    salesCenterId: r.salesCenterId,
    salesCenterName: r.salesCenterName,
    projectId: r.projectId,
    projectName: r.projectName,
    businessDate: r.businessDate,
    state: dayCheckState(r),
    checkId: r.checkId,
    startedBy: { id: r.startedById, name: r.startedByName ?? '' },
    startedAt: r.startedAt,
    completedBy: r.completedById ? { id: r.completedById, name: r.completedByName ?? '' } : null,
    completedAt: r.completedAt,
    // PostgreSQL counts come back as bigint strings.
    itemCount: Number(r.itemCount ?? 0),
    answeredCount: Number(r.answeredCount ?? 0),
    failedCount: Number(r.failedCount ?? 0),
  };
}
