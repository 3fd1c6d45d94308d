import { maskPersonalDataFields } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate } from '../../platform/http/paging.js';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  projectId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** Totals above this are shown as "10000+": the log grows without bound. */
export const AUDIT_COUNT_CAP = 10_000;

/** A stored snapshot as the log shows it: phones and ID numbers masked, the stored text unchanged. */
const snapshot = (json: string | null) => (json ? maskPersonalDataFields(JSON.parse(json) as Record<string, unknown>) : null);

/** The company's audit log, newest first; `to` is exclusive. Snapshots are shown with personal numbers masked. */
export async function listAuditEntries(db: DbOrTx, actor: Actor, f: AuditFilter) {
  let q = db.selectFrom('audit_log').selectAll().where('company_id', '=', actor.companyId);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.projectId) q = q.where('project_id', '=', f.projectId);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  const page = await paginate(q, (x) => x.orderBy('at', 'desc').orderBy('id', 'desc'), { ...f, maxCount: AUDIT_COUNT_CAP });
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      projectId: r.project_id,
      before: snapshot(r.before),
      after: snapshot(r.after),
    })),
  };
}
