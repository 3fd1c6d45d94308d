import { relayOwnerActions, relayStaffActions, type RelayStatus } from '@guanjia/domain/life-secretary/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate } from '../../platform/http/paging.js';
import { householdLabels, namesOf, ownerHouseholdIds, type RelayRow } from './life-secretary-access.js';
import type { RelayView } from './schemas.js';

export async function listMessageRelays(db: DbOrTx, actor: Actor, q: { projectId: string; status?: RelayStatus; page: number; pageSize: number }) {
  assertProjectVisible(actor, q.projectId, 'entity.project');
  const query = db
    .selectFrom('message_relays')
    .selectAll()
    .where('project_id', '=', q.projectId)
    .where('company_id', '=', actor.companyId)
    .$if(Boolean(q.status), (b) => b.where('status', '=', q.status!));
  return paginate(query, (b) => b.orderBy('id', 'desc'), q);
}

/** Messages left for the owner's households, newest first. */
export async function listMyMessageRelays(db: DbOrTx, actor: Actor, q: { page: number; pageSize: number }) {
  const households = await ownerHouseholdIds(db, actor);
  const query = db
    .selectFrom('message_relays')
    .selectAll()
    .where('household_id', 'in', households.length ? households : [''])
    .where('status', '!=', 'cancelled');
  return paginate(query, (b) => b.orderBy('id', 'desc'), q);
}

type Deliveries = RelayView['deliveries'];

/** Where each relay's messages stand: per relay of the page, a range of the unique idempotency-key index (relay:<id>:…). */
async function deliveriesOf(db: DbOrTx, rows: RelayRow[]): Promise<Map<string, Deliveries>> {
  const map = new Map<string, Deliveries>(rows.map((r) => [r.id, { queued: 0, sent: 0, failed: 0, suppressed: 0 }]));
  for (const r of rows) {
    // ';' sorts right after ':', so the range holds exactly this relay's keys.
    const counts = await db
      .selectFrom('messages')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .where('idempotency_key', '>=', `relay:${r.id}:`)
      .where('idempotency_key', '<', `relay:${r.id};`)
      .groupBy('status')
      .execute();
    const d = map.get(r.id)!;
    for (const c of counts) {
      if (c.status === 'sending') d.queued += Number(c.n);
      else d[c.status] += Number(c.n);
    }
  }
  return map;
}

export async function presentMessageRelays(db: DbOrTx, actor: Actor, rows: RelayRow[]): Promise<RelayView[]> {
  const [labels, users, deliveries] = await Promise.all([
    householdLabels(db, rows.map((r) => r.household_id)),
    namesOf(db, 'users', rows.flatMap((r) => [r.recorded_by, r.confirmed_by])),
    deliveriesOf(db, rows),
  ]);
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    household: { id: r.household_id, label: labels.get(r.household_id) ?? '' },
    fromName: r.from_name,
    text: r.text,
    urgent: r.urgent === 1,
    status: r.status,
    recordedBy: { id: r.recorded_by, name: users.get(r.recorded_by) ?? '' },
    deliveredAt: r.delivered_at,
    deliveries: deliveries.get(r.id)!,
    confirmedAt: r.confirmed_at,
    confirmedBy: r.confirmed_by ? { id: r.confirmed_by, name: users.get(r.confirmed_by) ?? '' } : null,
    confirmedHow: r.confirmed_how === 'owner' || r.confirmed_how === 'call' ? r.confirmed_how : null,
    remindedAt: r.reminded_at,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
    version: r.version,
    allowedActions: actor.kind === 'owner' ? relayOwnerActions(r.status) : relayStaffActions(r.status),
  }));
}
