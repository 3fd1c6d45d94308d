import { describe, expect, it } from 'vitest';
import { allowedActions, ForbiddenTransitionError, nextState } from '../shared/state-machine.js';
import { CARE_PLAN_FLOW, CARE_SUGGESTION_FLOW, shouldResuggest, type CarePlanAction, type CarePlanStatus, type CareSuggestionAction, type CareSuggestionStatus } from './care-flow.js';

describe('care suggestion state machine', () => {
  it.each([
    ['suggested', 'accept', 'accepted'],
    ['suggested', 'adjust', 'adjusted'],
    ['suggested', 'decline', 'declined'],
    ['suggested', 'withdraw', 'withdrawn'],
    ['declined', 'reconsider', 'suggested'],
    ['declined', 'resuggest', 'suggested'],
    ['withdrawn', 'resuggest', 'suggested'],
    ['suggested', 'reconsider', null],
    ['accepted', 'decline', null],
    ['adjusted', 'accept', null],
    ['declined', 'accept', null],
    ['withdrawn', 'reconsider', null],
    ['withdrawn', 'accept', null],
  ] as [CareSuggestionStatus, CareSuggestionAction, CareSuggestionStatus | null][])('%s --%s--> %s', (from, action, to) => {
    if (to) expect(nextState('careSuggestion', CARE_SUGGESTION_FLOW, from, action)).toBe(to);
    else expect(() => nextState('careSuggestion', CARE_SUGGESTION_FLOW, from, action)).toThrow(ForbiddenTransitionError);
  });

  it('accepted and adjusted suggestions are final', () => {
    expect(allowedActions(CARE_SUGGESTION_FLOW, 'accepted')).toEqual([]);
    expect(allowedActions(CARE_SUGGESTION_FLOW, 'adjusted')).toEqual([]);
  });

  it.each([
    ['withdrawn', null, 'b1', true],
    ['declined', 'b1', 'b1', false],
    ['declined', 'b1', 'b2', true],
    ['accepted', 'b1', 'b2', false],
    ['suggested', null, 'b1', false],
  ] as [CareSuggestionStatus, string | null, string, boolean][])('a %s suggestion (declined on %s, now %s) is offered again: %s', (status, declined, current, expected) => {
    expect(shouldResuggest(status, declined, current)).toBe(expected);
  });
});

describe('care plan state machine', () => {
  it.each([
    ['active', 'pause', 'paused'],
    ['active', 'end', 'ended'],
    ['paused', 'resume', 'active'],
    ['paused', 'end', 'ended'],
    ['active', 'resume', null],
    ['ended', 'resume', null],
    ['ended', 'end', null],
  ] as [CarePlanStatus, CarePlanAction, CarePlanStatus | null][])('%s --%s--> %s', (from, action, to) => {
    if (to) expect(nextState('carePlan', CARE_PLAN_FLOW, from, action)).toBe(to);
    else expect(() => nextState('carePlan', CARE_PLAN_FLOW, from, action)).toThrow(ForbiddenTransitionError);
  });
});
