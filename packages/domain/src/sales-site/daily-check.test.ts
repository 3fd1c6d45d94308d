import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  checkAnswerRefusal,
  DAILY_CHECK_ACTIONS,
  DAILY_CHECK_STATUSES,
  dailyCheckActions,
  dailyCheckNextState,
  dailyCheckTemplateProblems,
  dayCheckState,
  DEFAULT_DAILY_CHECK_ITEMS,
  MAX_DAILY_CHECK_ITEMS,
  raisesWorkOrder,
  unansweredItems,
  type CheckItemState,
  type CheckResult,
  type DailyCheckAction,
  type DailyCheckStatus,
} from './daily-check.js';

describe('the default checklist is the seed’s 工作要点 (1)–(7)', () => {
  it('has seven lines in the seed’s order, each with a unique key', () => {
    expect(DEFAULT_DAILY_CHECK_ITEMS.map((i) => i.key)).toEqual(['waterBar', 'siteAndShowFlat', 'liaisonForms', 'visitPlan', 'reception', 'postSupervision', 'externalWorkers']);
    const words = ['水吧', '样板房', '工作联系单', '客户到访', '接待工作', '各岗位', '外来工作人员'];
    DEFAULT_DAILY_CHECK_ITEMS.forEach((item, i) => expect(item.text).toContain(words[i]));
  });

  it('routes the water bar, cleanliness and outside workers to their posts; the butler keeps the rest', () => {
    expect(DEFAULT_DAILY_CHECK_ITEMS.map((i) => i.responsiblePostType)).toEqual(['waterBar', 'cleaning', null, null, null, null, 'security']);
  });

  it('is itself a valid template', () => {
    expect(dailyCheckTemplateProblems(DEFAULT_DAILY_CHECK_ITEMS)).toEqual({});
  });
});

describe('template problems', () => {
  const cases: Array<[string, { key?: string; text: string }[], Record<string, string>]> = [
    ['no lines', [], { items: 'empty' }],
    ['too many lines', Array.from({ length: MAX_DAILY_CHECK_ITEMS + 1 }, (_, i) => ({ text: `第${i}项` })), { items: 'tooMany' }],
    ['exactly the maximum', Array.from({ length: MAX_DAILY_CHECK_ITEMS }, (_, i) => ({ text: `第${i}项` })), {}],
    ['a key twice', [{ key: 'a', text: '甲' }, { key: 'a', text: '乙' }], { 'items.1.key': 'duplicateKey' }],
    ['the same wording twice, spaces aside', [{ text: '检查水吧' }, { text: ' 检查水吧 ' }], { 'items.1.text': 'duplicateText' }],
    ['new lines without keys', [{ text: '甲' }, { text: '乙' }], {}],
  ];
  for (const [name, items, problems] of cases) it(name, () => expect(dailyCheckTemplateProblems(items)).toEqual(problems));
});

describe('check transitions', () => {
  const expected: Record<DailyCheckStatus, Record<DailyCheckAction, DailyCheckStatus | null>> = {
    inProgress: { answer: 'inProgress', complete: 'completed' },
    completed: { answer: null, complete: null },
  };
  for (const status of DAILY_CHECK_STATUSES) {
    for (const action of DAILY_CHECK_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(dailyCheckNextState(status, action)).toBe(to);
        else expect(() => dailyCheckNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }
  it('a completed check offers no action', () => expect(dailyCheckActions('completed')).toEqual([]));
});

describe('answers', () => {
  const item = (result: CheckResult | null, hasWorkOrder = false): CheckItemState => ({ key: 'k', result, hasWorkOrder });
  const cases: Array<[string, CheckItemState, CheckResult, boolean, string | null]> = [
    ['first pass', item(null), 'pass', false, null],
    ['first fail raises a work order', item(null), 'fail', true, null],
    ['pass changed to fail raises one', item('pass'), 'fail', true, null],
    ['a failed item with its work order may be failed again (note, photos) without a second order', item('fail', true), 'fail', false, null],
    ['a failed item with its work order cannot be ticked as passed', item('fail', true), 'pass', false, 'failedWithWorkOrder'],
    ['a pass may be repeated', item('pass'), 'pass', false, null],
  ];
  for (const [name, state, next, raises, refusal] of cases) {
    it(name, () => {
      expect(raisesWorkOrder(state, next)).toBe(raises);
      expect(checkAnswerRefusal(state, next)).toBe(refusal);
    });
  }

  it('completion waits for every item', () => {
    expect(unansweredItems([{ key: 'a', result: 'pass' }, { key: 'b', result: null }, { key: 'c', result: 'fail' }])).toEqual(['b']);
    expect(unansweredItems([{ key: 'a', result: 'pass' }, { key: 'c', result: 'fail' }])).toEqual([]);
  });

  it('the overview reads a missing check as not started', () => {
    expect(dayCheckState(null)).toBe('notStarted');
    expect(dayCheckState({ status: 'inProgress' })).toBe('inProgress');
    expect(dayCheckState({ status: 'completed' })).toBe('completed');
  });
});
