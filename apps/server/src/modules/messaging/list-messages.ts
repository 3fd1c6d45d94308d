import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { ListMessagesQuery } from './schemas.js';

/** Message rows with the names they show, read in the same statement. */
export function messageRows(db: DbOrTx) {
  return db
    .selectFrom('messages as m')
    .selectAll('m')
    .select((eb) => [
      eb.selectFrom('owners').select('name').whereRef('owners.id', '=', 'm.owner_id').as('owner_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'm.user_id').as('user_name'),
    ]);
}
export type MessageListRow = Awaited<ReturnType<ReturnType<typeof messageRows>['executeTakeFirstOrThrow']>>;

/** The outbox of a project, newest first, filtered by status, channel, topic, broadcast or owner. */
export async function listMessages(db: DbOrTx, actor: Actor, query: ListMessagesQuery): Promise<Page<MessageListRow>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  let q = messageRows(db).where('m.project_id', '=', query.projectId).where('m.company_id', '=', actor.companyId);
  if (query.status) q = q.where('m.status', '=', query.status);
  if (query.channel) q = q.where('m.channel', '=', query.channel);
  if (query.topic) q = q.where('m.topic', '=', query.topic);
  if (query.broadcastId) q = q.where('m.broadcast_id', '=', query.broadcastId);
  if (query.ownerId) q = q.where('m.owner_id', '=', query.ownerId);
  return paginate(q, (x) => x.orderBy('m.id', 'desc'), { ...query, maxCount: 10_000 });
}

/** One message of a project the actor sees, or 404. */
export async function getMessage(db: DbOrTx, actor: Actor, id: string): Promise<MessageListRow> {
  const row = await messageRows(db).where('m.id', '=', id).where('m.company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.message');
  assertProjectVisible(actor, row.project_id, 'entity.message');
  return row;
}

export async function listMessageEvents(db: DbOrTx, messageId: string) {
  return db
    .selectFrom('message_events as e')
    .selectAll('e')
    .select((eb) => eb.selectFrom('users').select('name').whereRef('users.id', '=', 'e.actor_id').as('actor_name'))
    .where('e.message_id', '=', messageId)
    .orderBy('e.id')
    .execute();
}
