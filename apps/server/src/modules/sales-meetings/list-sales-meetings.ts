import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { meetingRows, type MeetingListRow } from './meeting-issue-rows.js';
import type { ListMeetingsQuery } from './schemas.js';

/** A project's meetings, the latest first. */
export async function listSalesMeetings(db: DbOrTx, actor: Actor, projectId: string, query: ListMeetingsQuery): Promise<Page<MeetingListRow>> {
  assertProjectVisible(actor, projectId, 'entity.project');
  if (query.from && query.to && query.to < query.from) throw new ValidationError({ to: 'salesMeeting.field.dateRange' });
  let q = meetingRows(db).where('m.company_id', '=', actor.companyId).where('m.project_id', '=', projectId);
  if (query.from) q = q.where('m.meeting_date', '>=', query.from);
  if (query.to) q = q.where('m.meeting_date', '<=', query.to);
  return paginate(q, (r) => r.orderBy('m.meeting_date', 'desc').orderBy('m.id', 'desc'), query);
}
