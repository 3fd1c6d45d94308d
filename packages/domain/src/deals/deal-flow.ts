import type { Role } from '../auth/roles.js';
import { OWNER_SERVICE_ROLES } from '../owners/owner-roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/** 成交信息 from the developer's sales side: recorded, or cancelled with a reason (退房 / 撤单). */
export const DEAL_STATUSES = ['recorded', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** `update`: the CRM or an import sends the same deal again with corrected data. */
export const DEAL_ACTIONS = ['update', 'cancel'] as const;
export type DealAction = (typeof DEAL_ACTIONS)[number];

/** A cancelled deal is final: its people stay on record, a new deal is recorded instead. */
export const DEAL_TRANSITIONS: TransitionTable<DealStatus, DealAction> = {
  recorded: { update: 'recorded', cancel: 'cancelled' },
  cancelled: {},
};

export function dealNextState(from: DealStatus, action: DealAction): DealStatus {
  return nextState('deal', DEAL_TRANSITIONS, from, action);
}

/** Why a deal is cancelled: 退房, 换房 (a new deal on the other unit follows), 录入错误. */
export const DEAL_CANCEL_REASONS = ['returned', 'unitChanged', 'entryError'] as const;
export type DealCancelReason = (typeof DEAL_CANCEL_REASONS)[number];
export const DEAL_CANCEL_REASON_LABELS: Record<DealCancelReason, { 'zh-CN': string; en: string }> = {
  returned: { 'zh-CN': '退房', en: 'Unit returned' },
  unitChanged: { 'zh-CN': '换房', en: 'Changed to another unit' },
  entryError: { 'zh-CN': '录入错误', en: 'Entered in error' },
};

export const DEAL_SOURCES = ['web', 'import', 'webhook'] as const;
export type DealSource = (typeof DEAL_SOURCES)[number];

/** The developer's sales side records deals besides the property side that serves owners. */
export const DEAL_SALES_ROLES: readonly Role[] = ['salesManager', 'salesConsultant'];
/** Record deals on the web and by import, and read them (sales roles see personal data masked). */
export const DEAL_RECORDER_ROLES: readonly Role[] = [...OWNER_SERVICE_ROLES, ...DEAL_SALES_ROLES];
/** Cancel a deal: the property side, and the sales manager who answers for the sales records. */
export const DEAL_CANCELLER_ROLES: readonly Role[] = [...OWNER_SERVICE_ROLES, 'salesManager'];
/** Correct a recorded deal's buyer, co-buyers and signing date on the web: the same people who may cancel it. */
export const DEAL_EDITOR_ROLES: readonly Role[] = DEAL_CANCELLER_ROLES;
/** Tick the onboarding checklist and choose its butler: the property side only. */
export const ONBOARDING_ROLES: readonly Role[] = OWNER_SERVICE_ROLES;
/** Generate or rotate the CRM's shared secret. */
export const DEAL_WEBHOOK_ADMIN_ROLES: readonly Role[] = ['companyAdmin', 'serviceCenterManager'];

/** At most this many co-buyers (共同买受人) besides the buyer. */
export const MAX_CO_BUYERS = 5;

const hasAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

export type DealCommand = DealAction | 'edit' | 'assignButler' | 'tickOnboarding';

/** What this viewer may do with a deal in its status; the web hides the other buttons. */
export function dealActionsFor(status: DealStatus, roles: readonly Role[]): DealCommand[] {
  const out: DealCommand[] = [];
  if (allowedActions(DEAL_TRANSITIONS, status).includes('update') && hasAny(roles, DEAL_EDITOR_ROLES)) out.push('edit');
  if (allowedActions(DEAL_TRANSITIONS, status).includes('cancel') && hasAny(roles, DEAL_CANCELLER_ROLES)) out.push('cancel');
  if (status === 'recorded' && hasAny(roles, ONBOARDING_ROLES)) out.push('assignButler', 'tickOnboarding');
  return out;
}
