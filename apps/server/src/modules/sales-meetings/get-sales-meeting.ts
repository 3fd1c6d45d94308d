import { isCarriedInto } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { issueRows, meetingRows, type IssueListRow, type MeetingListRow } from './meeting-issue-rows.js';
import { loadVisibleMeeting } from './sales-meeting-access.js';

export interface SalesMeetingDetail {
  meeting: MeetingListRow;
  issues: IssueListRow[];
  /** Raised at earlier meetings and still open on this meeting's date: what this meeting follows up. */
  carried: IssueListRow[];
}

export async function getSalesMeeting(db: DbOrTx, actor: Actor, id: string): Promise<SalesMeetingDetail> {
  const row = await loadVisibleMeeting(db, actor, id);
  const [meeting, issues, earlier] = await Promise.all([
    meetingRows(db).where('m.id', '=', row.id).executeTakeFirstOrThrow(),
    issueRows(db).where('i.meeting_id', '=', row.id).orderBy('i.id').execute(),
    // Candidates by index; the domain rule decides (closed on or after this meeting's date, or still open).
    issueRows(db)
      .where('i.project_id', '=', row.project_id)
      .where('i.raised_on', '<', row.meeting_date)
      .where((eb) => eb.or([eb('i.closed_on', 'is', null), eb('i.closed_on', '>=', row.meeting_date)]))
      .orderBy('i.due_date')
      .orderBy('i.id')
      .execute(),
  ]);
  const carried = earlier.filter((i) => isCarriedInto({ raisedOn: i.raised_on, closedOn: i.closed_on }, row.meeting_date));
  return { meeting, issues, carried };
}
