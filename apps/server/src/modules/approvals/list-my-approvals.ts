import type { ApprovalStatus } from '@guanjia/domain/approvals/approval-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate } from '../../platform/http/paging.js';
import { presentApprovalItem, selectApprovalRows } from './present-approval.js';

/** Requests the actor submitted, newest first. */
export async function listMyApprovals(db: DbOrTx, actor: Actor, input: { page: number; pageSize: number; status?: ApprovalStatus }) {
  let q = selectApprovalRows(db).where('r.company_id', '=', actor.companyId).where('r.submitted_by', '=', actor.userId);
  if (input.status) q = q.where('r.status', '=', input.status);
  const page = await paginate(q, (x) => x.orderBy('r.submitted_at', 'desc').orderBy('r.id', 'desc'), input);
  return { ...page, items: page.items.map(presentApprovalItem) };
}
