import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 服务方案 (物业配合销售管理程序 4.2): 服务中心根据营销要求，量身定制与楼盘定位匹配的服务方案，报地区公司负责人审批后执行.
 * One plan per version of a project: drafted by the service center, submitted to the approval engine,
 * approved or rejected there; a rejected plan is revised and submitted again. An approved plan stays
 * in force until a later version is approved, which supersedes it.
 */
export const SERVICE_PLAN_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'superseded', 'cancelled'] as const;
export type ServicePlanStatus = (typeof SERVICE_PLAN_STATUSES)[number];

export const SERVICE_PLAN_ACTIONS = [
  'submit', // 报批: opens an approval request
  'approve', // the approval request was approved
  'reject', // the approval request was rejected
  'revise', // a rejected plan goes back to draft
  'supersede', // a later version was approved
  'cancel',
] as const;
export type ServicePlanAction = (typeof SERVICE_PLAN_ACTIONS)[number];

/** Recorded in the history without a status change. */
export type ServicePlanHistoryAction = ServicePlanAction | 'create' | 'edit';

export const SERVICE_PLAN_TRANSITIONS: TransitionTable<ServicePlanStatus, ServicePlanAction> = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: { approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  rejected: { revise: 'draft', cancel: 'cancelled' },
  approved: { supersede: 'superseded' },
  superseded: {},
  cancelled: {},
};

export function servicePlanNextState(from: ServicePlanStatus, action: ServicePlanAction): ServicePlanStatus {
  return nextState('servicePlan', SERVICE_PLAN_TRANSITIONS, from, action);
}

/** Only a draft's sections are edited; a rejected plan is revised back to draft first. */
export const EDITABLE_SERVICE_PLAN_STATUSES: readonly ServicePlanStatus[] = ['draft'];
/** A project has at most one version in work; a new version is drafted only when none is. */
export const OPEN_SERVICE_PLAN_STATUSES: readonly ServicePlanStatus[] = ['draft', 'submitted', 'rejected'];

/** The service center drafts, submits, revises and cancels. */
export const SERVICE_PLAN_DRAFTER_ROLES: readonly Role[] = ['serviceCenterManager', 'butler'];
/** The company follows the plans; the regional head approves them through the approval engine. */
export const SALES_PREPARATION_READER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler'];
/** 前期协议签订 is recorded by the company or the project's service-center manager. */
export const PRE_AGREEMENT_WRITER_ROLES: readonly Role[] = ['companyAdmin', 'regionalHead', 'serviceCenterManager'];
/** The preparation checklists are worked by the project's service center. */
export const CHECKLIST_WORKER_ROLES: readonly Role[] = ['serviceCenterManager', 'butler'];
/** Who a checklist item may be given to: the property company's staff of the project. */
export const CHECKLIST_ASSIGNEE_ROLES: readonly Role[] = ['serviceCenterManager', 'butler', 'frontline', 'technician'];

/** Applied when the approval request is decided or a later version is approved, never from a button. */
export const SERVICE_PLAN_SYSTEM_ACTIONS: readonly ServicePlanAction[] = ['approve', 'reject', 'supersede'];

export type ServicePlanRefusal = 'notDrafter' | 'byApprovalOnly';

const hasAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

export function servicePlanRefusal(roles: readonly Role[], action: ServicePlanAction): ServicePlanRefusal | null {
  if (SERVICE_PLAN_SYSTEM_ACTIONS.includes(action)) return 'byApprovalOnly';
  return hasAny(roles, SERVICE_PLAN_DRAFTER_ROLES) ? null : 'notDrafter';
}

/** The buttons the caller may press on a plan in this state. */
export function servicePlanActionsFor(status: ServicePlanStatus, roles: readonly Role[]): ServicePlanAction[] {
  return allowedActions(SERVICE_PLAN_TRANSITIONS, status).filter((a) => servicePlanRefusal(roles, a) === null);
}

export const canDraftServicePlan = (roles: readonly Role[]) => hasAny(roles, SERVICE_PLAN_DRAFTER_ROLES);
export const canReadSalesPreparation = (roles: readonly Role[]) => hasAny(roles, SALES_PREPARATION_READER_ROLES);
export const canWritePreAgreement = (roles: readonly Role[]) => hasAny(roles, PRE_AGREEMENT_WRITER_ROLES);
export const canWorkChecklists = (roles: readonly Role[]) => hasAny(roles, CHECKLIST_WORKER_ROLES);
