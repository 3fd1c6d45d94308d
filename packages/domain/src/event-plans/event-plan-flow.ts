import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 活动方案 (物业配合销售管理程序 4.3): the service center's plan for a promotional event of the
 * project, or for the decoration of the sales site over a major holiday (重大节假日期间服务现场的装饰及
 * 布置, reference service 16), planned the same way. Drafted, submitted for approval (the approval
 * engine decides), held, and closed by the after-event review.
 */
export const EVENT_PLAN_KINDS = ['promotion', 'holidayDecoration'] as const;
export type EventPlanKind = (typeof EVENT_PLAN_KINDS)[number];

export const EVENT_PLAN_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'held', 'reviewed', 'cancelled'] as const;
export type EventPlanStatus = (typeof EVENT_PLAN_STATUSES)[number];

export const EVENT_PLAN_ACTIONS = [
  'submit', // 报批: sent to the approval engine
  'approve', // the approval request was approved
  'reject', // the approval request was rejected
  'revise', // a rejected plan goes back to draft to be reworked
  'hold', // the event took place
  'review', // 活动总结: what went well, problems, photos; closes the plan
  'cancel',
] as const;
export type EventPlanAction = (typeof EVENT_PLAN_ACTIONS)[number];

/** Events recorded in the history that do not change the status. */
export type EventPlanHistoryAction = EventPlanAction | 'create' | 'edit' | 'reschedule';

export const EVENT_PLAN_TRANSITIONS: TransitionTable<EventPlanStatus, EventPlanAction> = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: { approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  approved: { hold: 'held', cancel: 'cancelled' },
  rejected: { revise: 'draft' },
  held: { review: 'reviewed' },
  reviewed: {},
  cancelled: {},
};

export function eventPlanNextState(from: EventPlanStatus, action: EventPlanAction): EventPlanStatus {
  return nextState('eventPlan', EVENT_PLAN_TRANSITIONS, from, action);
}

/** Only a draft's content (groups, assignments, tasks, plans) is edited; a rejected plan is revised first. */
export const EDITABLE_EVENT_PLAN_STATUSES: readonly EventPlanStatus[] = ['draft'];
/**
 * The event may be moved while it is drafted or approved; the approver reads a submitted plan as it
 * was sent, so it is not moved under them.
 */
export const RESCHEDULABLE_EVENT_PLAN_STATUSES: readonly EventPlanStatus[] = ['draft', 'approved'];
/** Preparation is under way: tasks are ticked off and overdue ones alert their owner and the event lead. */
export const PREPARING_EVENT_PLAN_STATUSES: readonly EventPlanStatus[] = ['draft', 'submitted', 'approved'];

/** The service center's people who draft, submit, revise, hold, review and cancel plans. */
export const EVENT_PLAN_DRAFTER_ROLES: readonly Role[] = ['serviceCenterManager', 'butler'];
/** Everyone who reads plans: the regional head follows them; the marketing on-site lead rehearses with them. */
export const EVENT_PLAN_READER_ROLES: readonly Role[] = [
  ...EVENT_PLAN_DRAFTER_ROLES,
  'systemAdmin',
  'companyAdmin',
  'regionalHead',
  'marketingLead',
];
/** 营销部现场负责人 confirms the joint rehearsal (活动前2天联系营销部现场负责人共同完成现场演练). */
export const REHEARSAL_CONFIRMER_ROLES: readonly Role[] = ['marketingLead'];

/** Applied when the approval request is decided, never from a button. */
export const EVENT_PLAN_APPROVAL_ACTIONS: readonly EventPlanAction[] = ['approve', 'reject'];

export type EventPlanRefusal = 'notDrafter' | 'byApprovalOnly';

const hasAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

/** Whether the caller may take the action, whatever the state (the transition table answers the state). */
export function eventPlanRefusal(roles: readonly Role[], action: EventPlanAction): EventPlanRefusal | null {
  if (EVENT_PLAN_APPROVAL_ACTIONS.includes(action)) return 'byApprovalOnly';
  return hasAny(roles, EVENT_PLAN_DRAFTER_ROLES) ? null : 'notDrafter';
}

/** The actions the state allows and the caller may take: the web shows exactly these buttons. */
export function eventPlanActionsFor(status: EventPlanStatus, roles: readonly Role[]): EventPlanAction[] {
  return allowedActions(EVENT_PLAN_TRANSITIONS, status).filter((a) => eventPlanRefusal(roles, a) === null);
}

export function canDraftEventPlan(roles: readonly Role[]): boolean {
  return hasAny(roles, EVENT_PLAN_DRAFTER_ROLES);
}

export function canReadEventPlan(roles: readonly Role[]): boolean {
  return hasAny(roles, EVENT_PLAN_READER_ROLES);
}

export function canConfirmRehearsal(roles: readonly Role[]): boolean {
  return hasAny(roles, REHEARSAL_CONFIRMER_ROLES);
}

/** 活动领导小组 member: who, and their role in the group (组长, 副组长, 组员 …). */
export interface EventLeadGroupMember {
  name: string;
  role: string;
}

/** 分工: who is responsible for which part of the event. */
export interface EventAssignment {
  owner: string;
  duty: string;
}

/** What submission checks; the schedule's tasks need only exist here. */
export interface EventPlanSubmission {
  /** 重大活动: 4.3.2 requires the lead group, assignments, backward schedule, order and emergency plans. */
  major: boolean;
  eventLeadGroup: readonly EventLeadGroupMember[];
  assignments: readonly EventAssignment[];
  backwardSchedule: readonly unknown[];
  orderPlan: string;
  emergencyPlan: string;
}

/** The parts a plan may lack, by field name; 秩序保障及应急预案 is the two text fields. */
export const EVENT_PLAN_PARTS = ['eventLeadGroup', 'assignments', 'backwardSchedule', 'orderPlan', 'emergencyPlan'] as const;
export type EventPlanPart = (typeof EVENT_PLAN_PARTS)[number];

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

/**
 * The parts missing before the plan may be submitted for approval, in field order; empty when it may.
 * A major event needs 4.3.2's four parts: a lead group with at least one member holding a role, at
 * least one assignment (an owner and a duty), at least one scheduled task, and the order and
 * emergency plans written out. Any other event needs only its backward schedule.
 */
export function submissionRefusal(plan: EventPlanSubmission): EventPlanPart[] {
  const missing: EventPlanPart[] = [];
  const hasSchedule = plan.backwardSchedule.length > 0;
  if (!plan.major) return hasSchedule ? [] : ['backwardSchedule'];
  if (!plan.eventLeadGroup.some((m) => filled(m.name) && filled(m.role))) missing.push('eventLeadGroup');
  if (!plan.assignments.some((a) => filled(a.owner) && filled(a.duty))) missing.push('assignments');
  if (!hasSchedule) missing.push('backwardSchedule');
  if (!filled(plan.orderPlan)) missing.push('orderPlan');
  if (!filled(plan.emergencyPlan)) missing.push('emergencyPlan');
  return missing;
}

/** 活动总结 that closes a held plan: what went well, the problems, and photos. */
export interface EventReview {
  wentWell: string;
  problems: string;
  photoIds: readonly string[];
}

export type EventReviewPart = 'wentWell' | 'problems';

/**
 * A review names what went well and the problems met (“无” is an answer; blank is not). Photos are
 * attached when taken and are not required.
 */
export function reviewRefusal(review: EventReview): EventReviewPart[] {
  const missing: EventReviewPart[] = [];
  if (!filled(review.wentWell)) missing.push('wentWell');
  if (!filled(review.problems)) missing.push('problems');
  return missing;
}
