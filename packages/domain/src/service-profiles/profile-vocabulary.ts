import type { Role } from '../auth/roles.js';

type Labels = { 'zh-CN': string; en: string };

/**
 * The household traits the seed's care examples turn on (以老人为主的家庭, 度假式居住, 喜欢运动, 工作繁忙),
 * plus two the butlers asked for. Care rules read these keys; the labels are what people see.
 */
export const PROFILE_TAGS = ['elderly', 'holidayHome', 'sporty', 'busy', 'children', 'pets'] as const;
export type ProfileTag = (typeof PROFILE_TAGS)[number];

export const PROFILE_TAG_LABELS: Record<ProfileTag, Labels> = {
  elderly: { 'zh-CN': '老人家庭', en: 'Elderly household' },
  holidayHome: { 'zh-CN': '度假式居住', en: 'Holiday home' },
  sporty: { 'zh-CN': '喜欢运动', en: 'Sporty' },
  busy: { 'zh-CN': '工作繁忙', en: 'Busy schedule' },
  children: { 'zh-CN': '有儿童', en: 'Children at home' },
  pets: { 'zh-CN': '养宠物', en: 'Pets' },
};

/** Tags that follow from the members' ages, so nobody has to remember to set them. */
export const DERIVED_TAGS: readonly ProfileTag[] = ['elderly', 'children'];

export const AGE_BANDS = ['under6', '6to17', '18to39', '40to59', '60to69', '70to79', '80plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const AGE_BAND_LABELS: Record<AgeBand, Labels> = {
  under6: { 'zh-CN': '6 岁以下', en: 'Under 6' },
  '6to17': { 'zh-CN': '6–17 岁', en: '6–17' },
  '18to39': { 'zh-CN': '18–39 岁', en: '18–39' },
  '40to59': { 'zh-CN': '40–59 岁', en: '40–59' },
  '60to69': { 'zh-CN': '60–69 岁', en: '60–69' },
  '70to79': { 'zh-CN': '70–79 岁', en: '70–79' },
  '80plus': { 'zh-CN': '80 岁及以上', en: '80 and over' },
};

/** The lowest age of each band; 60 and over counts as elderly, under 18 as a child. */
const BAND_FROM: Record<AgeBand, number> = { under6: 0, '6to17': 6, '18to39': 18, '40to59': 40, '60to69': 60, '70to79': 70, '80plus': 80 };
export const ELDERLY_AGE = 60;
export const ADULT_AGE = 18;

export function ageBandOf(age: number): AgeBand {
  const bands = [...AGE_BANDS].reverse();
  return bands.find((b) => age >= BAND_FROM[b]) ?? 'under6';
}

export function ageBandFrom(band: AgeBand): number {
  return BAND_FROM[band];
}

export const MEMBER_RELATIONS = ['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'helper', 'other'] as const;
export type MemberRelation = (typeof MEMBER_RELATIONS)[number];

export const MEMBER_RELATION_LABELS: Record<MemberRelation, Labels> = {
  self: { 'zh-CN': '本人', en: 'Self' },
  spouse: { 'zh-CN': '配偶', en: 'Spouse' },
  child: { 'zh-CN': '子女', en: 'Child' },
  parent: { 'zh-CN': '父母', en: 'Parent' },
  grandparent: { 'zh-CN': '祖父母/外祖父母', en: 'Grandparent' },
  grandchild: { 'zh-CN': '孙辈', en: 'Grandchild' },
  sibling: { 'zh-CN': '兄弟姐妹', en: 'Sibling' },
  helper: { 'zh-CN': '保姆/家政', en: 'Live-in helper' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** The profile's list fields, each a list of short phrases (the seed's 个性、喜好、消费习惯、物业服务需求). */
export const PROFILE_LIST_FIELDS = ['personality', 'preferences', 'habits', 'needs', 'usualTimes'] as const;
export type ProfileListField = (typeof PROFILE_LIST_FIELDS)[number];

/** What a question may feed: the members, a list field, or the free notes. */
export const PROFILE_FIELDS = ['members', ...PROFILE_LIST_FIELDS, 'notes'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_FIELD_LABELS: Record<ProfileField, Labels> = {
  members: { 'zh-CN': '家庭成员', en: 'Household members' },
  personality: { 'zh-CN': '个性', en: 'Personality' },
  preferences: { 'zh-CN': '喜好', en: 'Preferences' },
  habits: { 'zh-CN': '消费与生活习惯', en: 'Consumption and living habits' },
  needs: { 'zh-CN': '服务需求', en: 'Service needs' },
  usualTimes: { 'zh-CN': '作息与常用时段', en: 'Usual times' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
};

/** Read and edit the whole profile: the property side's people who serve owners (OWNER_SERVICE_ROLES). */
export const SERVICE_PROFILE_EDITOR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler'];
/** Staff who handle a household's work orders read the summary they need to serve: tags, who lives there, needs and preferences. */
export const SERVICE_PROFILE_SUMMARY_ROLES: readonly Role[] = ['frontline', 'technician', 'vendorStaff'];
