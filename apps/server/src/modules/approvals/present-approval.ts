import type { Role } from '@guanjia/domain';
import { approvalActionsFor, type ApprovalStep } from '@guanjia/domain/approvals/approval-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ApprovalRequestTable } from './tables.js';

export type ApprovalListRow = ApprovalRequestTable & { submitter_name: string; project_name: string };

/** Requests joined with the submitter's and the project's names; callers add filters and paging. */
export function selectApprovalRows(db: DbOrTx) {
  return db
    .selectFrom('approval_requests as r')
    .innerJoin('users as u', 'u.id', 'r.submitted_by')
    .innerJoin('projects as p', 'p.id', 'r.project_id')
    .selectAll('r')
    .select(['u.name as submitter_name', 'p.name as project_name']);
}

export function presentApprovalItem(row: ApprovalListRow) {
  return {
    id: row.id,
    documentType: row.document_type,
    documentId: row.document_id,
    title: row.title,
    projectId: row.project_id,
    projectName: row.project_name,
    status: row.status,
    step: row.current_step,
    stepCount: (JSON.parse(row.steps) as unknown[]).length,
    currentRole: row.current_role as Role | null,
    submittedBy: { id: row.submitted_by, name: row.submitter_name },
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    revision: row.revision,
  };
}

/** One request with its steps, history and the actions this actor may take now. */
export async function presentApprovalDetail(db: DbOrTx, actor: Actor, id: string) {
  const row = await selectApprovalRows(db).where('r.id', '=', id).executeTakeFirstOrThrow();
  const history = await db.selectFrom('approval_history').selectAll().where('request_id', '=', id).orderBy('at').orderBy('id').execute();
  return {
    ...presentApprovalItem(row),
    description: row.description,
    steps: JSON.parse(row.steps) as ApprovalStep[],
    version: row.version,
    history: history.map((h) => ({
      at: h.at,
      actor: { id: h.actor_id, name: h.actor_name },
      action: h.action,
      step: h.step,
      revision: h.revision,
      comment: h.comment,
    })),
    allowedActions: approvalActionsFor({ status: row.status, currentRole: row.current_role as Role | null, submittedBy: row.submitted_by }, actor),
  };
}
