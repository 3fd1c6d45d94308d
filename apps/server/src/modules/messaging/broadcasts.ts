import { broadcastActions, MESSAGING_SENDER_ROLES } from '@guanjia/domain/messaging/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, hasRole } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { paginate } from '../../platform/http/paging.js';
import type { BroadcastView } from './schemas.js';
import { parseAudience, type BroadcastRow } from './broadcast-messages.js';

type Progress = BroadcastView['progress'];

const maySend = (actor: Actor) => hasRole(actor, ...MESSAGING_SENDER_ROLES);

function broadcastRows(db: DbOrTx) {
  return db
    .selectFrom('broadcasts as b')
    .selectAll('b')
    .select((eb) => eb.selectFrom('users').select('name').whereRef('users.id', '=', 'b.created_by').as('created_by_name'));
}
type BroadcastListRow = BroadcastRow & { created_by_name: string | null };

/** Where each broadcast's messages stand, one grouped read for the page. */
async function progressOf(db: DbOrTx, ids: string[]): Promise<Map<string, Progress>> {
  const map = new Map<string, Progress>(ids.map((id) => [id, { queued: 0, sending: 0, sent: 0, failed: 0, suppressed: 0 }]));
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('messages')
    .select((eb) => ['broadcast_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('broadcast_id', 'in', ids)
    .groupBy(['broadcast_id', 'status'])
    .execute();
  for (const r of rows) map.get(r.broadcast_id!)![r.status] = Number(r.n);
  return map;
}

export function presentBroadcast(r: BroadcastListRow, progress: Progress, mayAct: boolean): BroadcastView {
  return {
    id: r.id,
    projectId: r.project_id,
    ...parseAudience(r.audience),
    topic: r.topic,
    channel: r.channel,
    title: r.title,
    body: r.body,
    urgent: r.urgent === 1,
    audienceCount: r.audience_count,
    queuedCount: r.queued_count,
    optedOutCount: r.opted_out_count,
    unreachableCount: r.unreachable_count,
    status: r.status,
    failure: r.failure,
    allowedActions: mayAct ? broadcastActions(r.status) : [],
    expansion: { done: r.audience_count, total: r.audience_total },
    notBefore: r.not_before,
    createdBy: { id: r.created_by, name: r.created_by_name ?? '' },
    createdAt: r.created_at,
    progress,
  };
}

export async function listBroadcasts(db: DbOrTx, actor: Actor, query: { projectId: string; page: number; pageSize: number }) {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  const page = await paginate(broadcastRows(db).where('b.project_id', '=', query.projectId).where('b.company_id', '=', actor.companyId), (q) => q.orderBy('b.id', 'desc'), query);
  const progress = await progressOf(db, page.items.map((b) => b.id));
  return { ...page, items: page.items.map((b) => presentBroadcast(b, progress.get(b.id)!, maySend(actor))) };
}

/** One broadcast with its progress (expanding done / total, then queued / sending / sent / failed / suppressed), or 404. */
export async function getBroadcast(db: DbOrTx, actor: Actor, id: string): Promise<BroadcastView> {
  const row = await broadcastRows(db).where('b.id', '=', id).where('b.company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.broadcast');
  assertProjectVisible(actor, row.project_id, 'entity.broadcast');
  return presentBroadcast(row, (await progressOf(db, [id])).get(id)!, maySend(actor));
}
