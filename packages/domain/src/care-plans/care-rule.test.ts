import { describe, expect, it } from 'vitest';
import { SERVICE_CATALOG_ITEMS } from '../service-catalog/catalog.js';
import { emptyProfile, type ProfileContent } from '../service-profiles/service-profile.js';
import { careProfileBasis, careRuleProblems, matchCareRules, matchesCondition, type CareRuleContent } from './care-rule.js';
import { DEFAULT_CARE_RULES } from './default-care-rules.js';

const seedItem = (c: number, n: number) => SERVICE_CATALOG_ITEMS.some((i) => i.categoryNumber === c && i.number === n);
const profile = (patch: Partial<ProfileContent>): ProfileContent => ({ ...emptyProfile(), ...patch });
const defaults = DEFAULT_CARE_RULES.map((r) => ({ ...r, enabled: true }));
const grandpa = { name: '吴老先生', relation: 'parent' as const, birthday: { calendar: 'lunar' as const, year: 1948, month: 8, day: 15 } };

describe('the seed’s four default care rules', () => {
  it('are worded as printed and name catalog items that exist', () => {
    expect(DEFAULT_CARE_RULES.map((r) => r.key)).toEqual(['elderly', 'holidayHome', 'sporty', 'busy']);
    expect(DEFAULT_CARE_RULES.find((r) => r.key === 'elderly')!.actions.map((a) => a.title)).toEqual(['主动征询物品代购需求', '建立健康档案', '定时巡查问候']);
    expect(DEFAULT_CARE_RULES.find((r) => r.key === 'holidayHome')!.actions.map((a) => a.title)).toEqual(['房间通风', '房屋设备维护', '家居清洁', '绿化打理', '机票预订', '出行车辆安排']);
    for (const rule of DEFAULT_CARE_RULES) expect(careRuleProblems(rule, seedItem), rule.key).toEqual({});
  });

  it.each([
    ['an elderly household', profile({ tags: ['elderly'] }), ['elderly.purchasing', 'elderly.healthRecord', 'elderly.visits']],
    ['a holiday home', profile({ tags: ['holidayHome'] }), ['holidayHome.ventilation', 'holidayHome.equipment', 'holidayHome.cleaning', 'holidayHome.plants', 'holidayHome.tickets', 'holidayHome.cars']],
    ['a sporty owner', profile({ tags: ['sporty'] }), ['sporty.venue']],
    ['a busy owner', profile({ tags: ['busy'] }), ['busy.housekeeping', 'busy.laundry', 'busy.groceries', 'busy.flowers']],
    ['busy and sporty', profile({ tags: ['sporty', 'busy'] }), ['sporty.venue', 'busy.housekeeping', 'busy.laundry', 'busy.groceries', 'busy.flowers']],
    ['children only', profile({ tags: ['children'] }), []],
    ['no tags', profile({}), []],
  ])('%s gets %j', (_name, p, expected) => {
    expect(matchCareRules(defaults, p, '2026-03-02').map((m) => `${m.ruleKey}.${m.actionKey}`)).toEqual(expected);
  });

  it('a disabled rule suggests nothing', () => {
    expect(matchCareRules(defaults.map((r) => ({ ...r, enabled: r.key !== 'elderly' })), profile({ tags: ['elderly'] }), '2026-03-02')).toEqual([]);
  });

  it.each([
    ['a Saturday tennis phrase', ['周六上午 9:30 打网球'], { kind: 'weekly', weekdays: [6] }, '09:30', '周六上午 9:30 打网球'],
    ['weekday evenings', ['工作日晚上 8 点后在家'], { kind: 'weekly', weekdays: [1, 2, 3, 4, 5] }, '20:00', '工作日晚上 8 点后在家'],
    ['a time only keeps the rule’s days', ['晚上 7 点后运动'], { kind: 'weekly', weekdays: [6] }, '19:00', '晚上 7 点后运动'],
    ['nothing said: the rule’s defaults', [], { kind: 'weekly', weekdays: [6] }, '09:00', null],
  ])('a sporty owner’s venue booking follows their usual times: %s', (_name, usualTimes, recurrence, time, note) => {
    const [venue] = matchCareRules(defaults, profile({ tags: ['sporty'], usualTimes }), '2026-03-02');
    expect(venue!.proposal).toMatchObject({ categoryNumber: 1, itemNumber: 3, recurrence, timeOfDay: time, note });
  });
});

describe('rule conditions', () => {
  it.each([
    [{ tags: ['elderly'], minAge: null }, profile({ tags: ['elderly'] }), true],
    [{ tags: ['elderly', 'busy'], minAge: null }, profile({ tags: ['elderly'] }), false],
    [{ tags: [], minAge: 75 }, profile({ members: [grandpa] }), true],
    [{ tags: [], minAge: 80 }, profile({ members: [grandpa] }), false],
    [{ tags: ['elderly'], minAge: 70 }, profile({ tags: ['elderly'], members: [{ name: '林女士', relation: 'parent', ageBand: '60to69' }] }), false],
    [{ tags: ['elderly'], minAge: 60 }, profile({ tags: ['elderly'], members: [{ name: '林女士', relation: 'parent', ageBand: '60to69' }] }), true],
  ] as [CareRuleContent['condition'], ProfileContent, boolean][])('%j on a profile → %s', (condition, p, expected) => {
    // 吴老先生 born 1948 is 78 in 2026.
    expect(matchesCondition(condition, p, '2026-03-02')).toBe(expected);
  });
});

describe('rule validation names the field and the problem', () => {
  const ok: CareRuleContent = { name: '宠物家庭', description: null, condition: { tags: ['pets'], minAge: null }, actions: [{ key: 'petCare', title: '宠物护理', categoryNumber: 5, itemNumber: 26, recurrence: { kind: 'weekly', weekdays: [3] }, timeOfDay: '10:00' }] };
  const action = ok.actions[0]!;
  it.each([
    ['fine', ok, {}],
    ['no name', { ...ok, name: ' ' }, { name: 'required' }],
    ['no condition', { ...ok, condition: { tags: [], minAge: null } }, { 'condition.tags': 'noCondition' }],
    ['an age out of range', { ...ok, condition: { tags: [], minAge: 130 } }, { 'condition.minAge': 'ageRange' }],
    ['no actions', { ...ok, actions: [] }, { actions: 'required' }],
    ['an item not in the catalog (便民服务 has no 15)', { ...ok, actions: [{ ...action, itemNumber: 15 }] }, { 'actions.0.itemNumber': 'unknownItem' }],
    ['a bad time', { ...ok, actions: [{ ...action, timeOfDay: '25:00' }] }, { 'actions.0.timeOfDay': 'timeFormat' }],
    ['24:00 is not a time of day', { ...ok, actions: [{ ...action, timeOfDay: '24:00' }] }, { 'actions.0.timeOfDay': 'timeFormat' }],
    ['a weekly plan without days', { ...ok, actions: [{ ...action, recurrence: { kind: 'weekly', weekdays: [] } }] }, { 'actions.0.recurrence.weekdays': 'weekdaysRequired' }],
    ['two actions with one key', { ...ok, actions: [action, { ...action, title: '遛狗' }] }, { 'actions.1.key': 'duplicateKey' }],
    ['an empty title', { ...ok, actions: [{ ...action, title: '' }] }, { 'actions.0.title': 'required' }],
  ] as [string, CareRuleContent, object][])('%s', (_name, rule, expected) => {
    expect(careRuleProblems(rule, seedItem)).toEqual(expected);
  });
});

describe('the profile basis a decline is remembered against', () => {
  it('changes with tags, members and usual times, not with notes or needs', () => {
    const base = profile({ tags: ['elderly'], members: [grandpa], usualTimes: ['周六上午打网球'] });
    expect(careProfileBasis({ ...base, notes: '新的备注', needs: ['生日祝贺'] })).toBe(careProfileBasis(base));
    expect(careProfileBasis({ ...base, tags: ['elderly', 'busy'] })).not.toBe(careProfileBasis(base));
    expect(careProfileBasis({ ...base, members: [] })).not.toBe(careProfileBasis(base));
    expect(careProfileBasis({ ...base, usualTimes: [] })).not.toBe(careProfileBasis(base));
  });
});
