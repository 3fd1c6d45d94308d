import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { dealActionsFor, dealNextState } from './deal-flow.js';
import { onboardingItemMove, onboardingProgress } from './onboarding-checklist.js';
import { dealWebhookTimestampFresh, parseDealWebhookSignature } from './webhook-signature.js';

describe('deal state machine', () => {
  it.each([
    ['recorded', 'update', 'recorded'],
    ['recorded', 'cancel', 'cancelled'],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(dealNextState(from, action)).toBe(to));

  it('a cancelled deal can be neither updated nor cancelled again', () => {
    expect(() => dealNextState('cancelled', 'update')).toThrow(ForbiddenTransitionError);
    expect(() => dealNextState('cancelled', 'cancel')).toThrow(ForbiddenTransitionError);
  });

  it('actions per role: sales manager cancels, consultant only records, butler works the checklist', () => {
    expect(dealActionsFor('recorded', ['salesManager'])).toEqual(['edit', 'cancel']);
    expect(dealActionsFor('recorded', ['salesConsultant'])).toEqual([]);
    expect(dealActionsFor('recorded', ['butler'])).toEqual(['edit', 'cancel', 'assignButler', 'tickOnboarding']);
    expect(dealActionsFor('cancelled', ['butler'])).toEqual([]);
  });
});

describe('onboarding checklist', () => {
  it.each([
    ['todo', 'done', 'complete'],
    ['todo', 'notApplicable', 'skip'],
    ['done', 'todo', 'reopen'],
    ['notApplicable', 'todo', 'reopen'],
    ['notApplicable', 'done', 'complete'],
  ] as const)('%s → %s is %s', (from, to, action) => expect(onboardingItemMove(from, to)).toBe(action));

  it('moving an item to the status it has is refused', () => {
    expect(() => onboardingItemMove('done', 'done')).toThrow(ForbiddenTransitionError);
    expect(() => onboardingItemMove('todo', 'todo')).toThrow(ForbiddenTransitionError);
  });

  it('progress counts done and not-applicable items; complete when nothing is left to do', () => {
    expect(onboardingProgress([{ status: 'done' }, { status: 'notApplicable' }, { status: 'todo' }])).toEqual({ done: 1, notApplicable: 1, todo: 1, total: 3, complete: false });
    expect(onboardingProgress([{ status: 'done' }, { status: 'notApplicable' }]).complete).toBe(true);
    expect(onboardingProgress([]).complete).toBe(false);
  });
});

describe('webhook signature rule', () => {
  it('parses sha256=<hex> only', () => {
    expect(parseDealWebhookSignature(`sha256=${'A'.repeat(64)}`)).toBe('a'.repeat(64));
    expect(parseDealWebhookSignature('sha256=abc')).toBeNull();
    expect(parseDealWebhookSignature('md5=' + 'a'.repeat(64))).toBeNull();
    expect(parseDealWebhookSignature(undefined)).toBeNull();
  });

  it('a timestamp is fresh within ±300 s', () => {
    const now = 1_772_416_800_000;
    expect(dealWebhookTimestampFresh(String(now / 1000 - 300), now)).toBe(true);
    expect(dealWebhookTimestampFresh(String(now / 1000 + 301), now)).toBe(false);
    expect(dealWebhookTimestampFresh('12.5', now)).toBe(false);
    expect(dealWebhookTimestampFresh(null, now)).toBe(false);
  });
});
