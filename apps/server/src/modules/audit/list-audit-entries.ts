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

/** The company's audit log, newest first; `to` is exclusive. */
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
      before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
      after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
    })),
  };
}
