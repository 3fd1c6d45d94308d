import { COMPANY_WIDE_ROLES, type Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 工单: every booking, repair, request or complaint is a work order. Its life is this one table;
 * use cases call `nextState` with it inside their transaction, after re-reading the row.
 */
export const WORK_ORDER_STATUSES = [
  'submitted',
  'accepted',
  'dispatched',
  'inProgress',
  'paused',
  'completed',
  'closed',
  'cancelled',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const WORK_ORDER_ACTIONS = [
  'accept', // 受理: the service center takes the request on
  'dispatch', // 派单 to a department, a named technician or a vendor (again to re-dispatch)
  'grab', // 抢单: a member of the target department takes an order dispatched in grab mode
  'acceptAssignment', // the assignee accepts the job
  'returnAssignment', // the assignee hands it back, with a reason
  'start',
  'pause',
  'resume',
  'complete',
  'resolve', // 现场解决: the desk member settles it on the spot with the requester present, who is answered then: it closes
  'close', // after the return visit, or directly when none is needed
  'reopen', // the requester rejects the result: completed → in progress, counted on the order
  'cancel',
] as const;
export type WorkOrderAction = (typeof WORK_ORDER_ACTIONS)[number];

/** Events recorded in the history that do not change the status. */
export const WORK_ORDER_EVENTS = [
  'create',
  'urge',
  'transferAccountability',
  'escalate',
  'returnVisit',
  'comment',
  'override',
  'agreeReplyDate', // 约定回复日期 with the visitor
  'reply', // the answer given to the requester
  'replyReminder',
] as const;
export type WorkOrderEvent = (typeof WORK_ORDER_EVENTS)[number];
export type WorkOrderHistoryAction = WorkOrderAction | WorkOrderEvent;

export const WORK_ORDER_TRANSITIONS: TransitionTable<WorkOrderStatus, WorkOrderAction> = {
  submitted: { accept: 'accepted', dispatch: 'dispatched', cancel: 'cancelled' },
  accepted: { dispatch: 'dispatched', resolve: 'closed', cancel: 'cancelled' },
  dispatched: {
    dispatch: 'dispatched',
    grab: 'dispatched',
    acceptAssignment: 'dispatched',
    returnAssignment: 'accepted',
    start: 'inProgress',
    cancel: 'cancelled',
  },
  inProgress: { pause: 'paused', complete: 'completed', dispatch: 'dispatched' },
  paused: { resume: 'inProgress', cancel: 'cancelled' },
  completed: { close: 'closed', reopen: 'inProgress' },
  closed: {},
  cancelled: {},
};

export const OPEN_WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = ['submitted', 'accepted', 'dispatched', 'inProgress', 'paused'];
export const FINISHED_WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = ['closed', 'cancelled'];

export const WORK_ORDER_KINDS = ['booking', 'repair', 'request', 'complaint', 'inquiry', 'suggestion'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

export const WORK_ORDER_CHANNELS = ['h5', 'phone', 'visit', 'web'] as const;
export type WorkOrderChannel = (typeof WORK_ORDER_CHANNELS)[number];

export const DISPATCH_MODES = ['assign', 'grab'] as const;
export type DispatchMode = (typeof DISPATCH_MODES)[number];

/** Desk roles receive requests, dispatch, close and cancel; the first of them to receive one stays accountable. */
export const WORK_ORDER_DESK_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler', 'frontline'];
/** Only these may move accountability (首问责任) to someone else, with a reason. */
export const ACCOUNTABILITY_MANAGER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager'];
/** Roles that do the work when an order is dispatched to them. */
export const WORK_ORDER_WORKER_ROLES: readonly Role[] = ['technician', 'vendorStaff', 'frontline', 'butler'];

export function workOrderNextState(from: WorkOrderStatus, action: WorkOrderAction): WorkOrderStatus {
  return nextState('workOrder', WORK_ORDER_TRANSITIONS, from, action);
}

/** What the policy needs to know about an order. */
export interface WorkOrderSubject {
  status: WorkOrderStatus;
  requesterUserId: string | null;
  /** The household the order is for; its owners act as requester even when a butler created it for them. */
  householdId: string | null;
  /** Null until a desk member first receives an H5 request (accept or dispatch). */
  accountableStaffId: string | null;
  assigneeUserId: string | null;
  assigneeDepartmentId: string | null;
  assigneeVendorId: string | null;
  dispatchMode: DispatchMode | null;
  assignmentAcceptedAt: string | null;
}

export interface WorkOrderActor {
  userId: string;
  roles: readonly Role[];
  departmentId: string | null;
  vendorId: string | null;
  /** For owner accounts: the households they are a member of. */
  householdIds?: readonly string[];
}

export type WorkOrderRefusal =
  | 'notDesk'
  | 'notAssignee'
  | 'notRequester'
  | 'notInPool'
  | 'alreadyAccepted'
  | 'notAccepted'
  | 'cancelTooLate'
  /** A colleague took the pooled order first: a conflict, not a missing right. */
  | 'alreadyTaken';

const hasAny = (who: WorkOrderActor, roles: readonly Role[]) => who.roles.some((r) => roles.includes(r));
const isDesk = (who: WorkOrderActor) => hasAny(who, WORK_ORDER_DESK_ROLES);

/** The requester: the owner account that asked, or any owner of the order's household. */
export function isWorkOrderRequester(order: WorkOrderSubject, who: WorkOrderActor): boolean {
  if (order.requesterUserId !== null && order.requesterUserId === who.userId) return true;
  return order.householdId !== null && (who.householdIds ?? []).includes(order.householdId);
}

/**
 * An order dispatched to a department or vendor is offered to its workers while it stays
 * dispatched; they see it, and can tell it was taken by a colleague meanwhile.
 */
export function isWorkOrderOfferedTo(order: WorkOrderSubject, who: WorkOrderActor): boolean {
  if (order.status !== 'dispatched' || !hasAny(who, WORK_ORDER_WORKER_ROLES)) return false;
  const inDepartment = order.assigneeDepartmentId !== null && order.assigneeDepartmentId === who.departmentId;
  const inVendor = order.assigneeVendorId !== null && order.assigneeVendorId === who.vendorId;
  return inDepartment || inVendor;
}

/**
 * An order dispatched to a department or vendor with nobody named waits in its pool: a worker of
 * that department or vendor takes it (grab mode: `grab`; assign mode: `acceptAssignment`).
 */
export function isInWorkOrderPool(order: WorkOrderSubject, who: WorkOrderActor): boolean {
  return order.assigneeUserId === null && isWorkOrderOfferedTo(order, who);
}

/** Requesters may cancel until work starts. */
const REQUESTER_CANCELLABLE: readonly WorkOrderStatus[] = ['submitted', 'accepted', 'dispatched'];

/**
 * Who may take an action, whatever the state (the transition table answers the state). Returns why
 * not, or null. The owner (业主) acts only as requester: cancel before work starts, and reopen by
 * rejecting the result at the return visit.
 */
export function workOrderRefusal(order: WorkOrderSubject, who: WorkOrderActor, action: WorkOrderAction): WorkOrderRefusal | null {
  const isAssignee = order.assigneeUserId !== null && order.assigneeUserId === who.userId;
  switch (action) {
    case 'accept':
    case 'dispatch':
    case 'close':
    case 'resolve':
      return isDesk(who) ? null : 'notDesk';
    case 'cancel':
      if (isDesk(who)) return null;
      if (!isWorkOrderRequester(order, who)) return 'notRequester';
      return REQUESTER_CANCELLABLE.includes(order.status) ? null : 'cancelTooLate';
    case 'reopen':
      return isDesk(who) || isWorkOrderRequester(order, who) ? null : 'notRequester';
    case 'grab':
      if (order.dispatchMode !== 'grab' || !isWorkOrderOfferedTo(order, who)) return 'notInPool';
      return order.assigneeUserId === null ? null : 'alreadyTaken';
    case 'acceptAssignment':
      if (order.assigneeUserId === null) return order.dispatchMode === 'assign' && isInWorkOrderPool(order, who) ? null : 'notInPool';
      if (!isAssignee) return 'notAssignee';
      return order.assignmentAcceptedAt ? 'alreadyAccepted' : null;
    case 'returnAssignment':
      return isAssignee ? null : 'notAssignee';
    case 'start':
      // A team or vendor without accounts cannot press start itself: the desk records it for them.
      if (order.assigneeUserId === null) return isDesk(who) ? null : 'notAssignee';
      if (!isAssignee) return 'notAssignee';
      return order.assignmentAcceptedAt ? null : 'notAccepted';
    case 'pause':
    case 'resume':
    case 'complete':
      return isAssignee || isDesk(who) ? null : 'notAssignee';
  }
}

/** The actions the state allows and the actor may take: the web shows exactly these buttons. */
export function workOrderActionsFor(order: WorkOrderSubject, who: WorkOrderActor): WorkOrderAction[] {
  return allowedActions(WORK_ORDER_TRANSITIONS, order.status).filter((a) => workOrderRefusal(order, who, a) === null);
}

/** 催单 is allowed while the order is open: by the requester, or recorded by the desk on their behalf. */
export function canUrge(order: WorkOrderSubject, who: WorkOrderActor): boolean {
  if (!OPEN_WORK_ORDER_STATUSES.includes(order.status)) return false;
  return isDesk(who) || isWorkOrderRequester(order, who);
}

/** Kinds whose requester is owed an answer (答复): the desk may agree a reply-by date for them. */
export const REPLY_KINDS: readonly WorkOrderKind[] = ['complaint', 'inquiry', 'suggestion'];

export interface ReplySubject extends WorkOrderSubject {
  kind: WorkOrderKind;
  repliedAt: string | null;
}

/**
 * The desk agrees (or moves) a reply-by date and records the reply while the requester is still
 * owed one: 'notOwed' (a state conflict) once answered, finished, or for kinds that owe no answer.
 */
export function workOrderReplyRefusal(order: ReplySubject, who: WorkOrderActor): 'notOwed' | 'notDesk' | null {
  if (!REPLY_KINDS.includes(order.kind) || order.repliedAt !== null || FINISHED_WORK_ORDER_STATUSES.includes(order.status)) return 'notOwed';
  return isDesk(who) ? null : 'notDesk';
}

/** Only a manager moves accountability, and only before the order is finished. */
export function canTransferAccountability(order: WorkOrderSubject, who: WorkOrderActor): boolean {
  return !FINISHED_WORK_ORDER_STATUSES.includes(order.status) && hasAny(who, ACCOUNTABILITY_MANAGER_ROLES);
}

/** Receiving a request (accept, dispatch) makes a desk member accountable when nobody is yet (首问责任制). */
export function receivesAccountability(order: Pick<WorkOrderSubject, 'accountableStaffId'>, action: WorkOrderAction): boolean {
  return order.accountableStaffId === null && (action === 'accept' || action === 'dispatch');
}

export function isCompanyWideActor(who: WorkOrderActor): boolean {
  return hasAny(who, COMPANY_WIDE_ROLES);
}
