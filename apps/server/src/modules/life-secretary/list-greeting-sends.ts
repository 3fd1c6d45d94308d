import { FESTIVALS } from '@guanjia/domain/greetings/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Locale } from '../../platform/http/i18n.js';
import { paginate } from '../../platform/http/paging.js';
import { householdLabels } from './life-secretary-access.js';

/** The greetings a project sent, newest first; a festival counts its broadcast's queued messages. */
export async function listGreetingSends(db: DbOrTx, actor: Actor, q: { projectId: string; page: number; pageSize: number }, locale: Locale) {
  assertProjectVisible(actor, q.projectId, 'entity.project');
  const query = db
    .selectFrom('greeting_sends as g')
    .leftJoin('broadcasts as b', 'b.id', 'g.broadcast_id')
    .selectAll('g')
    .select(['b.queued_count'])
    .where('g.project_id', '=', q.projectId)
    .where('g.company_id', '=', actor.companyId);
  const page = await paginate(query, (b) => b.orderBy('g.id', 'desc'), q);
  const labels = await householdLabels(db, page.items.flatMap((r) => (r.household_id ? [r.household_id] : [])));
  const festivalName = (key: string) => FESTIVALS.find((f) => f.key === key)?.name[locale] ?? key;
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      date: r.date,
      kind: r.kind,
      festival: r.festival_key ? { key: r.festival_key, name: festivalName(r.festival_key) } : null,
      household: r.household_id ? { id: r.household_id, label: labels.get(r.household_id) ?? '' } : null,
      memberName: r.member_name,
      broadcastId: r.broadcast_id,
      messageCount: r.broadcast_id ? Number(r.queued_count ?? 0) : r.message_count,
      createdAt: r.created_at,
    })),
  };
}
