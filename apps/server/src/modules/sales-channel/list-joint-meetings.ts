import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { peopleByIds } from './list-channel-people.js';
import type { ListMeetingsQuery, MeetingView } from './meeting-schemas.js';
import { presentMeeting } from './present-joint-meeting.js';

/** A project's joint meetings, latest date first, with their action-item counts. */
export async function listJointMeetings(db: DbOrTx, actor: Actor, query: ListMeetingsQuery, now: Date = new Date()): Promise<Page<MeetingView>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  let q = db.selectFrom('sales_channel_meetings').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', query.projectId);
  if (query.status) q = q.where('status', '=', query.status);
  const page = await paginate(q, (r) => r.orderBy('meeting_date', 'desc').orderBy('id', 'desc'), query);
  const ids = page.items.map((m) => m.id);
  const items = ids.length ? await db.selectFrom('sales_channel_action_items').selectAll().where('meeting_id', 'in', ids).execute() : [];
  const people = await peopleByIds(db, page.items.flatMap((m) => [m.created_by, m.finalised_by, ...(JSON.parse(m.attendee_ids) as string[])]));
  const today = businessDate(now);
  return { ...page, items: page.items.map((m) => presentMeeting(m, items.filter((a) => a.meeting_id === m.id), people, actor, today)) };
}
