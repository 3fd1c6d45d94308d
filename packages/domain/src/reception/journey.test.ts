import { describe, expect, it } from 'vitest';
import { accompaniment, CLOSING_QUESTION, JOURNEY_STEP_LABELS, JOURNEY_STEPS, RECORDABLE_STEPS, requiredSteps, type AccompanimentInput, type RecordedStep } from './journey.js';
import { VIP_PROTOCOL_CODES, type VipChecklist } from './vip-protocol.js';

const done = (...steps: RecordedStep['step'][]): RecordedStep[] => steps.map((step) => ({ step, outcome: 'done' }));
const fullChecklist: VipChecklist = { items: Object.fromEntries(VIP_PROTOCOL_CODES.map((c) => [c, true])), greeterName: '刘芳' };
const visit = (over: Partial<AccompanimentInput>): AccompanimentInput => ({
  type: 'walkIn',
  status: 'departed',
  shuttleBus: false,
  steps: done('businessCard', 'waterBarDrink'),
  closingQuestionAsked: true,
  vipChecklist: null,
  ...over,
});

describe('journey steps', () => {
  it('the eight steps of the issue, in the order of a visit, with their Chinese names', () => {
    expect(JOURNEY_STEPS.map((s) => JOURNEY_STEP_LABELS[s]['zh-CN'])).toEqual(['递送名片', '水吧饮品', '样板房参观', '项目参观', '电瓶车', '往返巴士', '雨伞', '送别']);
    expect(RECORDABLE_STEPS).not.toContain('farewell');
    expect(CLOSING_QUESTION).toBe('请问是否还有其他事需要帮助?');
  });

  it('required steps per visit type', () => {
    expect(requiredSteps({ type: 'walkIn', shuttleBus: false })).toEqual(['businessCard', 'waterBarDrink', 'farewell']);
    expect(requiredSteps({ type: 'appointment', shuttleBus: false })).toEqual(['businessCard', 'waterBarDrink', 'farewell']);
    expect(requiredSteps({ type: 'viewingGroup', shuttleBus: true })).toEqual(['businessCard', 'waterBarDrink', 'shuttleBus', 'farewell']);
    expect(requiredSteps({ type: 'viewingGroup', shuttleBus: false })).toEqual(['businessCard', 'waterBarDrink', 'farewell']);
    expect(requiredSteps({ type: 'vip', shuttleBus: false })).toEqual(['businessCard', 'waterBarDrink', 'showFlatTour', 'farewell']);
  });
});

describe('when an accompaniment is complete', () => {
  const cases: [string, Partial<AccompanimentInput>, boolean, string[]][] = [
    ['seen off with the closing question, card and drink given', {}, true, []],
    ['a drink offered and declined counts', { steps: [{ step: 'businessCard', outcome: 'done' }, { step: 'waterBarDrink', outcome: 'declined' }] }, true, []],
    ['the closing question not asked', { closingQuestionAsked: false }, false, ['closingQuestion']],
    ['no business card', { steps: done('waterBarDrink') }, false, ['businessCard']],
    ['still with the consultant: not yet', { status: 'received' }, false, ['farewell']],
    ['a viewing group off the shuttle bus needs the bus step', { type: 'viewingGroup', shuttleBus: true }, false, ['shuttleBus']],
    ['… and with it is complete', { type: 'viewingGroup', shuttleBus: true, steps: done('businessCard', 'waterBarDrink', 'shuttleBus') }, true, []],
    ['a VIP needs the show flat and the protocol', { type: 'vip' }, false, ['showFlatTour', 'vipChecklist']],
    ['a VIP with tour and full protocol', { type: 'vip', steps: done('businessCard', 'waterBarDrink', 'showFlatTour'), vipChecklist: fullChecklist }, true, []],
    ['a VIP whose greeter is not named', { type: 'vip', steps: done('businessCard', 'waterBarDrink', 'showFlatTour'), vipChecklist: { ...fullChecklist, greeterName: ' ' } }, false, ['vipChecklist']],
    ['optional steps do not matter', { steps: done('businessCard', 'waterBarDrink', 'umbrella', 'electricCart') }, true, []],
  ];
  for (const [name, over, complete, missing] of cases) {
    it(name, () => {
      const a = accompaniment(visit(over));
      expect(a.complete).toBe(complete);
      expect(a.missing).toEqual(missing);
    });
  }

  it('visits that never took place are not applicable and never complete', () => {
    for (const status of ['expected', 'noShow', 'cancelled'] as const) {
      const a = accompaniment(visit({ status }));
      expect([a.applicable, a.complete]).toEqual([false, false]);
    }
    expect(accompaniment(visit({ status: 'waiting' })).applicable).toBe(true);
  });
});
