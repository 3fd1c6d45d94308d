import { wakeUpActions, type WakeUpStatus } from '@guanjia/domain/life-secretary/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate } from '../../platform/http/paging.js';
import { householdLabels, namesOf, type WakeUpRow } from './life-secretary-access.js';
import type { WakeUpView } from './schemas.js';

/** A project's calls for staff (active first by the next occurrence, then the rest newest first). */
export async function listWakeUpCalls(db: DbOrTx, actor: Actor, q: { projectId: string; status?: WakeUpStatus; page: number; pageSize: number }) {
  assertProjectVisible(actor, q.projectId, 'entity.project');
  const query = db
    .selectFrom('wake_up_calls')
    .selectAll()
    .where('project_id', '=', q.projectId)
    .where('company_id', '=', actor.companyId)
    .$if(Boolean(q.status), (b) => b.where('status', '=', q.status!));
  return paginate(query, (b) => b.orderBy('status').orderBy('id', 'desc'), q);
}

/** The owner's own calls, newest first. */
export async function listMyWakeUpCalls(db: DbOrTx, actor: Actor, q: { page: number; pageSize: number }) {
  const query = db.selectFrom('wake_up_calls').selectAll().where('owner_id', '=', actor.ownerId ?? '').where('company_id', '=', actor.companyId);
  return paginate(query, (b) => b.orderBy('status').orderBy('id', 'desc'), q);
}

export async function presentWakeUpCalls(db: DbOrTx, rows: WakeUpRow[]): Promise<WakeUpView[]> {
  const [labels, owners, users] = await Promise.all([
    householdLabels(db, rows.map((r) => r.household_id)),
    namesOf(db, 'owners', rows.map((r) => r.owner_id)),
    namesOf(db, 'users', rows.map((r) => r.created_by)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    household: { id: r.household_id, label: labels.get(r.household_id) ?? '' },
    owner: { id: r.owner_id, name: owners.get(r.owner_id) ?? '' },
    time: r.time,
    repeat: r.repeat,
    date: r.date,
    note: r.note,
    channel: r.channel === 'sms' ? 'sms' : 'inApp',
    status: r.status,
    nextAt: r.next_at,
    lastMessageId: r.last_message_id,
    createdBy: { id: r.created_by, name: users.get(r.created_by) ?? '' },
    createdAt: r.created_at,
    cancelledAt: r.cancelled_at,
    version: r.version,
    allowedActions: wakeUpActions(r.status),
  }));
}
