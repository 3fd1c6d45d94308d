import { ForbiddenTransitionError, receivesAccountability, workOrderNextState, workOrderRefusal, type WorkOrderAction, type WorkOrderActor } from '@guanjia/domain';
import { closesByRequesterAcceptance } from '@guanjia/domain/work-orders/return-visit';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError, ForbiddenError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import type { WorkOrderTable } from './tables.js';
import { loadVisibleWorkOrder, workOrderSubject, type WorkOrderRow } from './work-order-access.js';
import { WorkOrderTransitionError } from './work-order-errors.js';

export interface WorkOrderChange {
  action: WorkOrderAction;
  /** The version the caller read; a different current version is a 409. */
  version?: number;
  reason?: string | null;
  /**
   * What the action changes besides the status, decided from the row as re-read (after the state
   * and the actor's part were checked): column changes and the details kept in the history.
   */
  apply?: (before: WorkOrderRow, at: string, who: WorkOrderActor) => Promise<ActionEffect> | ActionEffect;
  /** The requester accepted the result at the return visit: that closes the order (closesByRequesterAcceptance). */
  requesterAcceptance?: boolean;
}

export interface ActionEffect {
  changes?: Updateable<WorkOrderTable>;
  data?: Record<string, unknown> | null;
}

export interface TransitionResult {
  before: WorkOrderRow;
  order: WorkOrderRow;
}

/** What every action use case answers: the order as changed and the notifications to publish after commit. */
export interface WorkOrderActionResult {
  order: WorkOrderRow;
  notifications: NotificationRow[];
}

/** Timestamps each action stamps on the row. */
function stampsOf(action: WorkOrderAction, before: WorkOrderRow, at: string): Updateable<WorkOrderTable> {
  switch (action) {
    case 'accept':
      return { accepted_at: before.accepted_at ?? at };
    case 'dispatch':
      return { accepted_at: before.accepted_at ?? at };
    case 'start':
      return { started_at: before.started_at ?? at };
    case 'complete':
      return { completed_at: at };
    case 'reopen':
      return { completed_at: null, reopen_count: before.reopen_count + 1 };
    case 'close':
      return { closed_at: at };
    case 'resolve':
      return { completed_at: at, closed_at: at };
    case 'cancel':
      return { cancelled_at: at };
    default:
      return {};
  }
}

/**
 * The one place the work-order state machine is enforced: re-read the order in the transaction
 * (404 when not visible), check the caller's version (409), the transition (409) and the caller's
 * part in it (403), update guarded by version so a concurrent change loses with 409, then write
 * the history row and the audit row. The first desk member to receive an unowned H5 request
 * becomes its accountable staff member (首问责任制).
 */
export async function transitionWorkOrder(trx: Tx, actor: Actor, id: string, change: WorkOrderChange, now: Date = new Date()): Promise<TransitionResult> {
  const { order: before, who } = await loadVisibleWorkOrder(trx, actor, id);
  const { action } = change;
  assertVersion(before.version, change.version);
  let to;
  try {
    to = workOrderNextState(before.status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) throw new WorkOrderTransitionError(before.status, action);
    throw err;
  }
  const subject = workOrderSubject(before);
  const accepted = change.requesterAcceptance === true && closesByRequesterAcceptance(subject, who, action);
  const refusal = accepted ? null : workOrderRefusal(subject, who, action);
  if (refusal === 'alreadyTaken') throw new ConflictError('ALREADY_TAKEN', 'workOrders.refusal.alreadyTaken');
  if (refusal) throw new ForbiddenError(`workOrders.refusal.${refusal}`);

  const at = now.toISOString();
  const effect = (await change.apply?.(before, at, who)) ?? {};
  const changes: Updateable<WorkOrderTable> = { status: to, ...stampsOf(action, before, at), ...effect.changes };
  if (receivesAccountability(subject, action)) changes.accountable_staff_id = actor.userId;
  const order = await updateVersioned(trx, 'work_orders', before, changes);

  const reason = change.reason?.trim() || null;
  await recordWorkOrderEvent(trx, order, { action, from: before.status, to, actorId: actor.userId, reason, data: effect.data ?? null, at });
  await recordAudit(trx, actor, order.company_id, { action: `workOrder.${action}`, entityType: 'work_order', entityId: order.id, projectId: order.project_id, before, after: order });
  return { before, order };
}
