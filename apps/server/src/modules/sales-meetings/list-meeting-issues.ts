import { businessDate } from '@guanjia/domain';
import { OPEN_MEETING_ISSUE_STATUSES } from '@guanjia/domain/sales-site/meeting-issue-flow';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { issueRows, type IssueListRow } from './meeting-issue-rows.js';
import { loadVisibleIssue } from './sales-meeting-access.js';
import type { ListIssuesQuery } from './schemas.js';

/** The issues board of a project: open ones by due date by default filters, any status on request. */
export async function listMeetingIssues(db: DbOrTx, actor: Actor, projectId: string, query: ListIssuesQuery, now: Date = new Date()): Promise<Page<IssueListRow>> {
  assertProjectVisible(actor, projectId, 'entity.project');
  let q = issueRows(db).where('i.company_id', '=', actor.companyId).where('i.project_id', '=', projectId);
  if (query.status) q = q.where('i.status', '=', query.status);
  if (query.open === 'true') q = q.where('i.status', 'in', OPEN_MEETING_ISSUE_STATUSES);
  if (query.open === 'false') q = q.where('i.status', 'not in', OPEN_MEETING_ISSUE_STATUSES);
  if (query.overdue === 'true') q = q.where('i.status', 'in', OPEN_MEETING_ISSUE_STATUSES).where('i.due_date', '<', businessDate(now));
  if (query.ownerUserId) q = q.where('i.owner_user_id', '=', query.ownerUserId);
  if (query.q) q = q.where(containsText(['i.description', 'i.owner_name'], query.q));
  return paginate(q, (r) => r.orderBy('i.due_date').orderBy('i.id'), query);
}

export interface MeetingIssueDetail {
  issue: IssueListRow;
  history: { action: string; from_status: string | null; to_status: string | null; note: string | null; meeting_id: string | null; actor_id: string; actor_name: string | null; created_at: string }[];
}

export async function getMeetingIssue(db: DbOrTx, actor: Actor, id: string): Promise<MeetingIssueDetail> {
  const row = await loadVisibleIssue(db, actor, id);
  const [issue, history] = await Promise.all([
    issueRows(db).where('i.id', '=', row.id).executeTakeFirstOrThrow(),
    db
      .selectFrom('sales_meeting_issue_events as e')
      .select(['e.action', 'e.from_status', 'e.to_status', 'e.note', 'e.meeting_id', 'e.actor_id', 'e.created_at'])
      .select((eb) => eb.selectFrom('users').select('name').whereRef('users.id', '=', 'e.actor_id').as('actor_name'))
      .where('e.issue_id', '=', row.id)
      .orderBy('e.id')
      .execute(),
  ]);
  return { issue, history };
}
