import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  brandShowcaseActionsFor,
  brandShowcaseMissingParts,
  brandShowcaseNextState,
  brandShowcaseRefusal,
  isBrandShowcaseApprovalLate,
  isSubmittedAfterDecoration,
  type BrandShowcaseAction,
  type BrandShowcaseStatus,
} from './showcase-flow.js';

describe('brand showcase: the transition table', () => {
  it.each<[BrandShowcaseStatus, BrandShowcaseAction, BrandShowcaseStatus | null]>([
    ['draft', 'submit', 'submitted'],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'reject', 'rejected'],
    ['rejected', 'revise', 'draft'],
    ['submitted', 'withdraw', 'draft'],
    ['draft', 'approve', null],
    ['approved', 'revise', null],
    ['approved', 'submit', null],
    ['rejected', 'submit', null],
  ])('%s --%s--> %s', (from, action, to) => {
    if (to) expect(brandShowcaseNextState(from, action)).toBe(to);
    else expect(() => brandShowcaseNextState(from, action)).toThrow(ForbiddenTransitionError);
  });

  it('butler: may submit a draft and revise a rejected plan; approval is never a button', () => {
    expect(brandShowcaseActionsFor('draft', ['butler'])).toEqual(['submit']);
    expect(brandShowcaseActionsFor('submitted', ['butler'])).toEqual([]);
    expect(brandShowcaseActionsFor('rejected', ['serviceCenterManager'])).toEqual(['revise']);
    expect(brandShowcaseRefusal(['regionalHead'], 'approve')).toBe('byApprovalOnly');
    expect(brandShowcaseActionsFor('draft', ['regionalHead'])).toEqual([]);
    expect(brandShowcaseRefusal(['frontline'], 'submit')).toBe('notEditor');
  });
});

describe('brand showcase: what submission needs (4.5.2 位置、面积与布置方案)', () => {
  const full = { location: '销售中心一层东侧', areaM2: 24.5, layoutPlan: '背景墙、资料架、视频屏', layoutFileIds: [] };
  it.each([
    ['complete', full, []],
    ['drawings alone are a layout', { ...full, layoutPlan: ' ', layoutFileIds: ['f1'] }, []],
    ['nothing given', { location: null, areaM2: null, layoutPlan: null, layoutFileIds: [] }, ['location', 'areaM2', 'layoutPlan']],
    ['zero area', { ...full, areaM2: 0 }, ['areaM2']],
    ['negative area', { ...full, areaM2: -3 }, ['areaM2']],
    ['blank location', { ...full, location: '  ' }, ['location']],
  ])('%s', (_name, plan, missing) => {
    expect(brandShowcaseMissingParts(plan)).toEqual(missing);
  });
});

describe('brand showcase: approved before the sales center is decorated', () => {
  it.each<[BrandShowcaseStatus, string | null, string, boolean]>([
    ['submitted', '2026-06-10', '2026-06-09', false],
    ['submitted', '2026-06-10', '2026-06-10', true],
    ['draft', '2026-06-10', '2026-07-01', true],
    ['approved', '2026-06-10', '2026-07-01', false],
    ['draft', null, '2026-07-01', false],
  ])('%s, decoration %s, today %s → late %s', (status, start, today, late) => {
    expect(isBrandShowcaseApprovalLate(status, start, today)).toBe(late);
  });

  it.each<[string | null, string | null, boolean]>([
    ['2026-06-09', '2026-06-10', false],
    ['2026-06-10', '2026-06-10', true],
    [null, '2026-06-10', false],
    ['2026-06-12', null, false],
  ])('submitted on %s, decoration %s → flagged %s', (on, start, flagged) => {
    expect(isSubmittedAfterDecoration(on, start)).toBe(flagged);
  });
});
