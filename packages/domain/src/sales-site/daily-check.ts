import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 每日开场检查: the butler's opening checklist at a sales center (物业案场客户管家工作要点 (1)–(7)).
 * A project keeps its own template; each check copies the template's items when it starts, so a later
 * edit of the template never changes a check already under way.
 */

/** A line of a project's template: what to check and which post or department answers for it. */
export interface DailyCheckTemplateItem {
  /** Stable within the template: a default's name ('waterBar') or a generated id for an added line. */
  key: string;
  text: string;
  /** The department or post (岗位) a failed item is dispatched to; null: the butler follows it up. */
  departmentId: string | null;
}

/** A default line; its post is named by `departments.post_type` and resolved per project. */
export interface DefaultDailyCheckItem {
  key: string;
  text: string;
  responsiblePostType: string | null;
}

/** The seed's 工作要点 (1)–(7), in its order and words. */
export const DEFAULT_DAILY_CHECK_ITEMS: readonly DefaultDailyCheckItem[] = [
  { key: 'waterBar', text: '检查当日水吧接待准备工作，并预先准备所需物料', responsiblePostType: 'waterBar' },
  { key: 'siteAndShowFlat', text: '检查当日案场和样板房设备、卫生状况，确保接待工作能有序展开', responsiblePostType: 'cleaning' },
  { key: 'liaisonForms', text: '检查当日《工作联系单》情况，查看相关联系单是否及时上交收回', responsiblePostType: null },
  { key: 'visitPlan', text: '查阅客户资料，并对当日客户到访进行计划与安排', responsiblePostType: null },
  { key: 'reception', text: '安排好到访客户的接待工作', responsiblePostType: null },
  { key: 'postSupervision', text: '督促中心各岗位员工按服务标准做好接待工作', responsiblePostType: null },
  { key: 'externalWorkers', text: '对外来工作人员做好问询登记管理工作', responsiblePostType: 'security' },
];

export const MAX_DAILY_CHECK_ITEMS = 30;
export const MAX_DAILY_CHECK_TEXT = 200;

export type TemplateProblem = 'empty' | 'tooMany' | 'duplicateKey' | 'duplicateText';

/**
 * What is wrong with a template as a whole, by the field to mark: at least one and at most 30 lines,
 * no key twice, no wording twice (two identical lines would read as one on the checklist).
 */
export function dailyCheckTemplateProblems(items: readonly { key?: string | null; text: string }[]): Record<string, TemplateProblem> {
  if (items.length === 0) return { items: 'empty' };
  if (items.length > MAX_DAILY_CHECK_ITEMS) return { items: 'tooMany' };
  const problems: Record<string, TemplateProblem> = {};
  const keys = new Set<string>();
  const texts = new Set<string>();
  items.forEach((item, i) => {
    if (item.key) {
      if (keys.has(item.key)) problems[`items.${i}.key`] = 'duplicateKey';
      keys.add(item.key);
    }
    const text = item.text.trim();
    if (texts.has(text)) problems[`items.${i}.text`] = 'duplicateText';
    texts.add(text);
  });
  return problems;
}

export const DAILY_CHECK_STATUSES = ['inProgress', 'completed'] as const;
export type DailyCheckStatus = (typeof DAILY_CHECK_STATUSES)[number];

export const DAILY_CHECK_ACTIONS = ['answer', 'complete'] as const;
export type DailyCheckAction = (typeof DAILY_CHECK_ACTIONS)[number];

/** Items are answered while the check is in progress; a completed check is the day's record and stays as it is. */
export const DAILY_CHECK_TRANSITIONS: TransitionTable<DailyCheckStatus, DailyCheckAction> = {
  inProgress: { answer: 'inProgress', complete: 'completed' },
  completed: {},
};

export function dailyCheckNextState(from: DailyCheckStatus, action: DailyCheckAction): DailyCheckStatus {
  return nextState('dailyCheck', DAILY_CHECK_TRANSITIONS, from, action);
}

export function dailyCheckActions(status: DailyCheckStatus): DailyCheckAction[] {
  return allowedActions(DAILY_CHECK_TRANSITIONS, status);
}

export const CHECK_RESULTS = ['pass', 'fail'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export interface CheckItemState {
  key: string;
  result: CheckResult | null;
  /** A work order was raised when the item failed. */
  hasWorkOrder: boolean;
}

/** Keys of the items not answered yet: a check completes only when this is empty. */
export function unansweredItems(items: readonly Pick<CheckItemState, 'key' | 'result'>[]): string[] {
  return items.filter((i) => i.result === null).map((i) => i.key);
}

export type AnswerRefusal = 'failedWithWorkOrder';

/**
 * An answer may be changed until the check is completed, except that a failed item whose work order
 * was raised stays failed: the repair is followed on the work order, not by ticking the item again.
 */
export function checkAnswerRefusal(item: CheckItemState, next: CheckResult): AnswerRefusal | null {
  return item.hasWorkOrder && next !== 'fail' ? 'failedWithWorkOrder' : null;
}

/** A failed item raises one work order, the first time it fails. */
export function raisesWorkOrder(item: CheckItemState, next: CheckResult): boolean {
  return next === 'fail' && !item.hasWorkOrder;
}

/** How a sales center's day reads in the manager's overview. */
export type DayCheckState = 'notStarted' | DailyCheckStatus;
export function dayCheckState(check: { status: DailyCheckStatus } | null | undefined): DayCheckState {
  return check ? check.status : 'notStarted';
}

/** Who runs the check: the butler at the sales center, and the managers who may stand in. */
export const DAILY_CHECK_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler'];
/** Who sees which sales centers have completed today's check. */
export const DAILY_CHECK_OVERSEER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager'];
/** Who edits a project's checklist. */
export const DAILY_CHECK_TEMPLATE_EDITOR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager'];
/** Who may read checks and templates at all. */
export const DAILY_CHECK_READER_ROLES: readonly Role[] = [...new Set([...DAILY_CHECK_ROLES, ...DAILY_CHECK_OVERSEER_ROLES])];
