import { ForbiddenTransitionError, uuidv7 } from '@guanjia/domain';
import { meetingIssueNextState, type MeetingIssueAction, type MeetingIssueHistoryAction, type MeetingIssueStatus } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import type { SalesMeetingIssueTable, SalesMeetingTable } from './tables.js';

export type SalesMeetingRow = Selectable<SalesMeetingTable>;
export type MeetingIssueRow = Selectable<SalesMeetingIssueTable>;

export async function loadVisibleMeeting(db: DbOrTx, actor: Actor, id: string): Promise<SalesMeetingRow> {
  const row = await db.selectFrom('sales_meetings').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.salesMeeting');
  assertProjectVisible(actor, row.project_id, 'entity.salesMeeting');
  return row;
}

export async function loadVisibleIssue(db: DbOrTx, actor: Actor, id: string): Promise<MeetingIssueRow> {
  const row = await db.selectFrom('sales_meeting_issues').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.salesMeetingIssue');
  assertProjectVisible(actor, row.project_id, 'entity.salesMeetingIssue');
  return row;
}

/** The state machine, enforced here only: a forbidden step is 409 naming the state and the action. */
export function assertIssueTransition(status: MeetingIssueStatus, action: MeetingIssueAction): MeetingIssueStatus {
  try {
    return meetingIssueNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(
        409,
        'FORBIDDEN_TRANSITION',
        'salesMeeting.error.forbiddenTransition',
        { status: `salesMeeting.status.${status}`, action: `salesMeeting.action.${action}` },
        undefined,
        { entity: 'meetingIssue', from: status, action },
      );
    }
    throw err;
  }
}

/** One history row, in the transaction of the change it records. */
export async function recordIssueEvent(
  trx: Tx,
  issue: Pick<MeetingIssueRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: MeetingIssueHistoryAction; from?: string | null; to?: string | null; note?: string | null; meetingId?: string | null; actorId: string; at: string },
): Promise<void> {
  await trx
    .insertInto('sales_meeting_issue_events')
    .values({
      id: uuidv7(),
      company_id: issue.company_id,
      project_id: issue.project_id,
      issue_id: issue.id,
      meeting_id: e.meetingId ?? null,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      note: e.note ?? null,
      actor_id: e.actorId,
      created_at: e.at,
    })
    .execute();
}
