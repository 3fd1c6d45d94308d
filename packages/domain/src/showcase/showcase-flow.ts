import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 物业形象展示区 (物业配合销售管理程序 4.5): the property company's display area in a sales center.
 * Its location, area and layout are agreed before the sales center is decorated and approved by the
 * regional head (4.5.2) through the approval engine; a rejected plan is revised and sent again.
 */
export const BRAND_SHOWCASE_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type BrandShowcaseStatus = (typeof BRAND_SHOWCASE_STATUSES)[number];

export const BRAND_SHOWCASE_ACTIONS = [
  'submit', // 报批: sent to the approval engine
  'approve', // the approval request was approved
  'reject', // the approval request was rejected
  'withdraw', // the submitter withdrew the approval request: back to draft
  'revise', // a rejected plan goes back to draft to be reworked
] as const;
export type BrandShowcaseAction = (typeof BRAND_SHOWCASE_ACTIONS)[number];

/** Events recorded in the history that do not change the status. */
export type BrandShowcaseHistoryAction = BrandShowcaseAction | 'create' | 'edit' | 'regenerateCode' | 'addInstruction';

export const BRAND_SHOWCASE_TRANSITIONS: TransitionTable<BrandShowcaseStatus, BrandShowcaseAction> = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', reject: 'rejected', withdraw: 'draft' },
  approved: {},
  rejected: { revise: 'draft' },
};

export function brandShowcaseNextState(from: BrandShowcaseStatus, action: BrandShowcaseAction): BrandShowcaseStatus {
  return nextState('brandShowcase', BRAND_SHOWCASE_TRANSITIONS, from, action);
}

/** Only a draft's plan is edited; the approver reads a submitted plan as it was sent. */
export const EDITABLE_BRAND_SHOWCASE_STATUSES: readonly BrandShowcaseStatus[] = ['draft'];

/** Applied when the approval request is decided, never from a button. */
export const BRAND_SHOWCASE_APPROVAL_ACTIONS: readonly BrandShowcaseAction[] = ['approve', 'reject', 'withdraw'];

/** The service center's people who draft the plan, run the publicity library and put explainers on duty. */
export const SHOWCASE_EDITOR_ROLES: readonly Role[] = ['serviceCenterManager', 'butler'];
/** Keep the explainer roster and its training (地区物业公司须对讲解员进行业务培训), the work instruction and the visitors' code. */
export const SHOWCASE_MANAGER_ROLES: readonly Role[] = ['serviceCenterManager', 'regionalHead', 'companyAdmin'];
/** 精美资料发放: the staff at the sales center who hand out brochures record how many. */
export const HANDOUT_RECORDER_ROLES: readonly Role[] = [...SHOWCASE_EDITOR_ROLES, 'frontline'];
/** Everyone who reads the showcase; front-line staff also run the showcase screen. */
export const SHOWCASE_READER_ROLES: readonly Role[] = [
  'systemAdmin',
  'companyAdmin',
  'regionalHead',
  'serviceCenterManager',
  'butler',
  'frontline',
  'marketingLead',
];

const hasAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

export const canReadShowcase = (roles: readonly Role[]) => hasAny(roles, SHOWCASE_READER_ROLES);
export const canEditShowcase = (roles: readonly Role[]) => hasAny(roles, SHOWCASE_EDITOR_ROLES);
export const canManageShowcase = (roles: readonly Role[]) => hasAny(roles, SHOWCASE_MANAGER_ROLES);
export const canRecordHandouts = (roles: readonly Role[]) => hasAny(roles, HANDOUT_RECORDER_ROLES);

export type BrandShowcaseRefusal = 'notEditor' | 'byApprovalOnly';

export function brandShowcaseRefusal(roles: readonly Role[], action: BrandShowcaseAction): BrandShowcaseRefusal | null {
  if (BRAND_SHOWCASE_APPROVAL_ACTIONS.includes(action)) return 'byApprovalOnly';
  return canEditShowcase(roles) ? null : 'notEditor';
}

/** The buttons the state allows and the caller may press. */
export function brandShowcaseActionsFor(status: BrandShowcaseStatus, roles: readonly Role[]): BrandShowcaseAction[] {
  return allowedActions(BRAND_SHOWCASE_TRANSITIONS, status).filter((a) => brandShowcaseRefusal(roles, a) === null);
}

/** 4.5.2: 位置、面积与布置方案. */
export const BRAND_SHOWCASE_PARTS = ['location', 'areaM2', 'layoutPlan'] as const;
export type BrandShowcasePart = (typeof BRAND_SHOWCASE_PARTS)[number];

export interface BrandShowcasePlan {
  location: string | null;
  areaM2: number | null;
  /** The written layout; drawings alone count as a layout too. */
  layoutPlan: string | null;
  layoutFileIds: readonly string[];
}

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

/** The parts missing before the plan may be submitted, in field order; empty when it may. */
export function brandShowcaseMissingParts(plan: BrandShowcasePlan): BrandShowcasePart[] {
  const missing: BrandShowcasePart[] = [];
  if (!filled(plan.location)) missing.push('location');
  if (!(typeof plan.areaM2 === 'number' && Number.isFinite(plan.areaM2) && plan.areaM2 > 0)) missing.push('areaM2');
  if (!filled(plan.layoutPlan) && plan.layoutFileIds.length === 0) missing.push('layoutPlan');
  return missing;
}

/**
 * 4.5.2 asks for approval before the sales center is decorated: once decoration has started (its
 * planned start date has come) a plan that is not approved is late. No date, no lateness.
 */
export function isBrandShowcaseApprovalLate(status: BrandShowcaseStatus, decorationStartDate: string | null, today: string): boolean {
  return status !== 'approved' && decorationStartDate !== null && decorationStartDate <= today;
}

/** Sent for approval on or after the decoration start date: allowed, but flagged. */
export function isSubmittedAfterDecoration(submittedOn: string | null, decorationStartDate: string | null): boolean {
  return submittedOn !== null && decorationStartDate !== null && submittedOn >= decorationStartDate;
}
