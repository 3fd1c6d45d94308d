import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { LIFE_INFO_CATEGORIES, LIFE_INFO_CATEGORY_LABELS, lifeInfoActionsFor, lifeInfoNextState, normalizeTags } from './life-info.js';

describe('life-information directory rules', () => {
  it('the seed’s five kinds of place are categories, each labelled in both languages', () => {
    const zh = LIFE_INFO_CATEGORIES.map((c) => LIFE_INFO_CATEGORY_LABELS[c]['zh-CN']);
    expect(zh).toEqual(expect.arrayContaining(['餐厅', '影院', '干洗店', '会所', '家政公司']));
    for (const c of LIFE_INFO_CATEGORIES) expect(LIFE_INFO_CATEGORY_LABELS[c].en).not.toBe('');
  });

  it.each([
    ['unpublished', 'publish', 'published'],
    ['published', 'unpublish', 'unpublished'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(lifeInfoNextState(from, action)).toBe(to);
  });

  it('publishing a published entry is a forbidden transition, not a silent no-op', () => {
    expect(() => lifeInfoNextState('published', 'publish')).toThrow(ForbiddenTransitionError);
    expect(lifeInfoActionsFor(true)).toEqual(['unpublish']);
    expect(lifeInfoActionsFor(false)).toEqual(['publish']);
  });

  it('tags are trimmed, blanks and repeats dropped', () => {
    expect(normalizeTags([' 川菜 ', '', '川菜', '外卖'])).toEqual(['川菜', '外卖']);
  });
});
