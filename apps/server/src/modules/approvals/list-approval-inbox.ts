import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate } from '../../platform/http/paging.js';
import { presentApprovalItem, selectApprovalRows } from './present-approval.js';

/** Pending requests waiting at a step whose role the actor holds, in projects the actor can see, oldest first. */
export async function listApprovalInbox(db: DbOrTx, actor: Actor, paging: { page: number; pageSize: number }) {
  if (actor.kind !== 'staff' || actor.roles.length === 0 || actor.projectIds.length === 0) return { items: [], total: 0, ...paging };
  const q = selectApprovalRows(db)
    .where('r.company_id', '=', actor.companyId)
    .where('r.status', '=', 'pending')
    .where('r.current_role', 'in', actor.roles)
    .where('r.project_id', 'in', actor.projectIds)
    .where('r.submitted_by', '!=', actor.userId);
  const page = await paginate(q, (x) => x.orderBy('r.submitted_at').orderBy('r.id'), paging);
  return { ...page, items: page.items.map(presentApprovalItem) };
}
