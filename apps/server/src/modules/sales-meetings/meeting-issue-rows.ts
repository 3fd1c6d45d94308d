import { OPEN_MEETING_ISSUE_STATUSES } from '@guanjia/domain/sales-site/meeting-issue-flow';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';

/** Issues with the name of who raised them, in one statement. */
export function issueRows(db: DbOrTx) {
  return db
    .selectFrom('sales_meeting_issues as i')
    .selectAll('i')
    .select((eb) => [eb.selectFrom('users').select('name').whereRef('users.id', '=', 'i.raised_by').as('raised_by_name')]);
}
export type IssueListRow = Awaited<ReturnType<ReturnType<typeof issueRows>['executeTakeFirstOrThrow']>>;

/** Meetings with their sales center, recorder and issue counts, in one statement. */
export function meetingRows(db: DbOrTx) {
  return db
    .selectFrom('sales_meetings as m')
    .selectAll('m')
    .select((eb) => [
      eb.selectFrom('sales_centers').select('name').whereRef('sales_centers.id', '=', 'm.sales_center_id').as('sales_center_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'm.recorded_by').as('recorded_by_name'),
      eb.selectFrom('sales_meeting_issues as i').select(sql<number>`count(*)`.as('n')).whereRef('i.meeting_id', '=', 'm.id').as('issues_raised'),
      eb
        .selectFrom('sales_meeting_issues as i')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('i.meeting_id', '=', 'm.id')
        .where('i.status', 'in', OPEN_MEETING_ISSUE_STATUSES)
        .as('issues_open'),
    ]);
}
export type MeetingListRow = Awaited<ReturnType<ReturnType<typeof meetingRows>['executeTakeFirstOrThrow']>>;
