import type { ApprovalAction, ApprovalStatus } from '@guanjia/domain/approvals/approval-flow';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { NotificationRow } from '../notifications/notify.js';
import type { ApprovalRequestTable } from './tables.js';

export interface ApprovalDecision {
  /** The request after the change. */
  request: ApprovalRequestTable;
  /** The request's new status: approved, rejected, cancelled, or pending again after a resubmission. */
  status: ApprovalStatus;
  action: ApprovalAction;
  actor: Actor;
  comment: string | null;
}

/** A handler may return notifications it wrote; the approval route publishes them after commit. */
export type ApprovalDecidedHandler = (trx: Tx, decision: ApprovalDecision) => Promise<NotificationRow[] | void>;

const handlers = new Map<string, ApprovalDecidedHandler[]>();

/**
 * Lets the module owning a document type keep its document's status in step with its approval.
 * The handler runs inside the deciding transaction whenever the request's status changes (not on an
 * intermediate step's approval); if it throws, the decision is rolled back. Returns an unregister function.
 */
export function onApprovalDecided(documentType: string, handler: ApprovalDecidedHandler): () => void {
  const list = handlers.get(documentType) ?? [];
  list.push(handler);
  handlers.set(documentType, list);
  return () => {
    const current = handlers.get(documentType) ?? [];
    handlers.set(
      documentType,
      current.filter((h) => h !== handler),
    );
  };
}

export async function runApprovalDecidedHandlers(trx: Tx, decision: ApprovalDecision): Promise<NotificationRow[]> {
  const notices: NotificationRow[] = [];
  for (const handler of handlers.get(decision.request.document_type) ?? []) notices.push(...((await handler(trx, decision)) ?? []));
  return notices;
}
