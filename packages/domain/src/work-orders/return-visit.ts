import { WORK_ORDER_DESK_ROLES, isWorkOrderRequester, type WorkOrderAction, type WorkOrderActor, type WorkOrderSubject } from './work-order-flow.js';

/**
 * 回访: after completion the requester rates the result 1–5 and accepts it (the order closes) or
 * rejects it (the order reopens). The requester does it on H5; a desk member records a phone call.
 */
export type ReturnVisitOutcome = 'accepted' | 'rejected';

/** The transition an outcome leads to. */
export function returnVisitAction(outcome: ReturnVisitOutcome): Extract<WorkOrderAction, 'close' | 'reopen'> {
  return outcome === 'accepted' ? 'close' : 'reopen';
}

/**
 * The requester has no close button, but accepting the result at the return visit closes the
 * order: this is the one close a requester causes.
 */
export function closesByRequesterAcceptance(order: WorkOrderSubject, who: WorkOrderActor, action: WorkOrderAction): boolean {
  return action === 'close' && isWorkOrderRequester(order, who);
}

/** What a desk member recording a visit must not be: the person who did the work. */
export interface WorkDoneBy {
  assigneeUserId: string | null;
  /** Who pressed complete (the assignee, or the desk on their behalf). */
  completedBy: string | null;
}

export type ReturnVisitRefusal = 'notDesk' | 'ownWork';

/** Staff cannot rate their own work: neither the assignee nor whoever completed it records the visit. */
export function returnVisitRefusal(work: WorkDoneBy, who: WorkOrderActor): ReturnVisitRefusal | null {
  if (!who.roles.some((r) => WORK_ORDER_DESK_ROLES.includes(r))) return 'notDesk';
  if (work.assigneeUserId === who.userId || work.completedBy === who.userId) return 'ownWork';
  return null;
}
