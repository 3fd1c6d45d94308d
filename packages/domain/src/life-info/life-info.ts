import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 提供各项生活信息: the seed names 餐厅、影院、干洗店、会所、家政公司 ("提供各类生活服务单位 …
 * 联络资料、相关信息"); the rest are the everyday places owners ask a butler about.
 */
export const LIFE_INFO_CATEGORIES = ['restaurant', 'cinema', 'dryCleaner', 'clubhouse', 'housekeeping', 'supermarket', 'hospital', 'pharmacy', 'bank', 'other'] as const;
export type LifeInfoCategory = (typeof LIFE_INFO_CATEGORIES)[number];

export const LIFE_INFO_CATEGORY_LABELS: Record<LifeInfoCategory, { 'zh-CN': string; en: string }> = {
  restaurant: { 'zh-CN': '餐厅', en: 'Restaurant' },
  cinema: { 'zh-CN': '影院', en: 'Cinema' },
  dryCleaner: { 'zh-CN': '干洗店', en: 'Dry cleaner' },
  clubhouse: { 'zh-CN': '会所', en: 'Clubhouse' },
  housekeeping: { 'zh-CN': '家政公司', en: 'Housekeeping' },
  supermarket: { 'zh-CN': '超市', en: 'Supermarket' },
  hospital: { 'zh-CN': '医院', en: 'Hospital' },
  pharmacy: { 'zh-CN': '药店', en: 'Pharmacy' },
  bank: { 'zh-CN': '银行', en: 'Bank' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** Who keeps a project's directory: the service center's manager and butlers, and the company's administrators. */
export const LIFE_INFO_EDITOR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler'];
/** Staff who read every entry (drafts included): the editors and the regional head. */
export const LIFE_INFO_READER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler'];

export const LIFE_INFO_STATES = ['unpublished', 'published'] as const;
export type LifeInfoState = (typeof LIFE_INFO_STATES)[number];
export type LifeInfoAction = 'publish' | 'unpublish';

/** Owners see an entry only while it is published; publishing twice is refused, not ignored. */
export const LIFE_INFO_TRANSITIONS: TransitionTable<LifeInfoState, LifeInfoAction> = {
  unpublished: { publish: 'published' },
  published: { unpublish: 'unpublished' },
};

export const lifeInfoState = (published: boolean): LifeInfoState => (published ? 'published' : 'unpublished');

export function lifeInfoNextState(from: LifeInfoState, action: LifeInfoAction): LifeInfoState {
  return nextState('lifeInfoEntry', LIFE_INFO_TRANSITIONS, from, action);
}

export function lifeInfoActionsFor(published: boolean): LifeInfoAction[] {
  return allowedActions(LIFE_INFO_TRANSITIONS, lifeInfoState(published));
}

/** Tags as typed: trimmed, blanks and repeats dropped, in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of tags) {
    const tag = t.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
