import { nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * The butler's onboarding checklist after a deal, in the order it is worked: the seed's documents
 * signed at purchase (附：销配服务签署的相关文件), the handbook, and the questionnaire that builds the
 * 个性化服务需求档案.
 */
export const ONBOARDING_ITEMS = [
  'welcomeCall',
  'invitationSent',
  'preliminaryServiceAgreement',
  'interimManagementRules',
  'renovationRules',
  'handbookHandedOver',
  'questionnaireFilled',
  'serviceProfileReviewed',
] as const;
export type OnboardingItem = (typeof ONBOARDING_ITEMS)[number];

export const ONBOARDING_ITEM_LABELS: Record<OnboardingItem, { 'zh-CN': string; en: string }> = {
  welcomeCall: { 'zh-CN': '欢迎致电', en: 'Welcome call' },
  invitationSent: { 'zh-CN': '发送签约链接', en: 'Signing link sent' },
  preliminaryServiceAgreement: { 'zh-CN': '前期物业服务协议已签', en: 'Preliminary property service agreement signed' },
  interimManagementRules: { 'zh-CN': '临时管理规约已签', en: 'Interim management rules signed' },
  renovationRules: { 'zh-CN': '装修管理规定已签', en: 'Renovation rules signed' },
  handbookHandedOver: { 'zh-CN': '物业管家服务手册已交付', en: 'Butler service handbook handed over' },
  questionnaireFilled: { 'zh-CN': '调查问卷已填写', en: 'Questionnaire filled in' },
  serviceProfileReviewed: { 'zh-CN': '个性化服务需求档案已审阅', en: 'Personalised service profile reviewed' },
};

export const ONBOARDING_ITEM_STATUSES = ['todo', 'done', 'notApplicable'] as const;
export type OnboardingItemStatus = (typeof ONBOARDING_ITEM_STATUSES)[number];

/** The PATCH names the status wanted; each move is an action of the table below. */
export const ONBOARDING_ITEM_ACTIONS = ['complete', 'skip', 'reopen'] as const;
export type OnboardingItemAction = (typeof ONBOARDING_ITEM_ACTIONS)[number];

/** Not applicable always carries a reason; either outcome may be taken back to todo. */
export const ONBOARDING_ITEM_TRANSITIONS: TransitionTable<OnboardingItemStatus, OnboardingItemAction> = {
  todo: { complete: 'done', skip: 'notApplicable' },
  done: { reopen: 'todo', skip: 'notApplicable' },
  notApplicable: { reopen: 'todo', complete: 'done' },
};

const ACTION_FOR: Record<OnboardingItemStatus, OnboardingItemAction> = { done: 'complete', notApplicable: 'skip', todo: 'reopen' };

/** The action that moves an item to `to`; throws ForbiddenTransitionError when it is already there. */
export function onboardingItemMove(from: OnboardingItemStatus, to: OnboardingItemStatus): OnboardingItemAction {
  const action = ACTION_FOR[to];
  nextState('onboardingItem', ONBOARDING_ITEM_TRANSITIONS, from, action);
  return action;
}

export interface OnboardingProgress {
  done: number;
  notApplicable: number;
  todo: number;
  total: number;
  /** Nothing left to do: every item done or not applicable. */
  complete: boolean;
}

export function onboardingProgress(items: readonly { status: OnboardingItemStatus }[]): OnboardingProgress {
  const count = (s: OnboardingItemStatus) => items.filter((i) => i.status === s).length;
  const todo = count('todo');
  return { done: count('done'), notApplicable: count('notApplicable'), todo, total: items.length, complete: items.length > 0 && todo === 0 };
}

export function isOnboardingItem(value: string): value is OnboardingItem {
  return (ONBOARDING_ITEMS as readonly string[]).includes(value);
}
