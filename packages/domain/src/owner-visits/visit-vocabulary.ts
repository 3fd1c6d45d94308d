import type { Role } from '../auth/roles.js';

type Labels = { 'zh-CN': string; en: string };

/** How the butler reached the household (定期对客户进行回访): a call, a home visit, or a talk met on site. */
export const OWNER_VISIT_KINDS = ['phone', 'homeVisit', 'onSite'] as const;
export type OwnerVisitKind = (typeof OWNER_VISIT_KINDS)[number];

export const OWNER_VISIT_KIND_LABELS: Record<OwnerVisitKind, Labels> = {
  phone: { 'zh-CN': '电话回访', en: 'Phone call' },
  homeVisit: { 'zh-CN': '上门拜访', en: 'Home visit' },
  onSite: { 'zh-CN': '现场交流', en: 'Met on site' },
};

/** What a need raised on a visit becomes when the butler asks for a follow-up work order. */
export const OWNER_VISIT_FOLLOW_UP_KINDS = ['request', 'repair', 'complaint', 'suggestion'] as const;
export type OwnerVisitFollowUpKind = (typeof OWNER_VISIT_FOLLOW_UP_KINDS)[number];

/** Assign butlers to households, set the project's cadence, record for any household of the project. */
export const OWNER_VISIT_MANAGER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager'];
/** Read schedules, history and coverage: the managers, the regional head (read only) and the butlers (their own). */
export const OWNER_VISIT_READER_ROLES: readonly Role[] = [...OWNER_VISIT_MANAGER_ROLES, 'regionalHead', 'butler'];
/** Record visits and plan dates: a butler for the households they look after, a manager for any. */
export const OWNER_VISIT_RECORDER_ROLES: readonly Role[] = [...OWNER_VISIT_MANAGER_ROLES, 'butler'];

/** Satisfaction (满意度) given on a visit, when the household gave one. */
export const OWNER_VISIT_SATISFACTION_MIN = 1;
export const OWNER_VISIT_SATISFACTION_MAX = 5;
/** A project's cadence in days, when it is not "once a quarter". */
export const OWNER_VISIT_CADENCE_MIN_DAYS = 7;
export const OWNER_VISIT_CADENCE_MAX_DAYS = 366;
