import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { ApprovalRequestTable } from './tables.js';

/** The submitter always sees their request; other staff see the requests of projects they can see. */
export function canSeeRequest(actor: Actor, row: Pick<ApprovalRequestTable, 'company_id' | 'project_id' | 'submitted_by'>): boolean {
  if (row.company_id !== actor.companyId) return false;
  if (row.submitted_by === actor.userId) return true;
  return actor.kind === 'staff' && actor.projectIds.includes(row.project_id);
}

/** Re-reads a request; one the actor may not see is answered as not found. */
export async function loadVisibleRequest(db: DbOrTx, actor: Actor, id: string): Promise<ApprovalRequestTable> {
  const row = await db.selectFrom('approval_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !canSeeRequest(actor, row)) throw new NotFoundError('entity.approval');
  return row;
}
