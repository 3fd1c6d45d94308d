import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { peopleByIds } from './list-channel-people.js';
import type { ActionItemView, ListActionItemsQuery } from './meeting-schemas.js';
import { presentActionItem } from './present-joint-meeting.js';

/** Every meeting's action items of a project by due date: the follow-up list, overdue ones on request. */
export async function listActionItems(db: DbOrTx, actor: Actor, query: ListActionItemsQuery, now: Date = new Date()): Promise<Page<ActionItemView>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  const today = businessDate(now);
  let q = db
    .selectFrom('sales_channel_action_items as a')
    .innerJoin('sales_channel_meetings as m', 'm.id', 'a.meeting_id')
    .selectAll('a')
    .select('m.status as meeting_status')
    .where('a.company_id', '=', actor.companyId)
    .where('a.project_id', '=', query.projectId);
  if (query.status) q = q.where('a.status', '=', query.status);
  if (query.overdue === 'true') q = q.where('a.status', '=', 'open').where('a.due_date', '<', today);
  if (query.overdue === 'false') q = q.where((eb) => eb.or([eb('a.status', '=', 'done'), eb('a.due_date', '>=', today)]));
  if (query.mine === 'true') q = q.where('a.owner_id', '=', actor.userId);
  const page = await paginate(q, (r) => r.orderBy('a.due_date').orderBy('a.id'), query);
  const people = await peopleByIds(db, page.items.flatMap((a) => [a.owner_id, a.done_by]));
  return { ...page, items: page.items.map((a) => presentActionItem(a, people, actor, today, a.meeting_status === 'scheduled')) };
}
