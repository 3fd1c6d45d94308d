import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { anonymisedOwnerName, eraseFromProfile, erasureBlockers, type ErasureFacts } from './erasure.js';
import {
  PERSONAL_DATA_REQUEST_ACTIONS,
  PERSONAL_DATA_REQUEST_STATES,
  personalDataRequestActionsFor,
  personalDataRequestNextState,
  type PersonalDataRequestAction,
  type PersonalDataRequestState,
} from './request-flow.js';

// from, action, to (null: refused with ForbiddenTransitionError)
const table: [PersonalDataRequestState, PersonalDataRequestAction, PersonalDataRequestState | null][] = [
  ['requested', 'approve', 'approved'],
  ['requested', 'refuse', 'refused'],
  ['requested', 'complete', null],
  ['approved', 'complete', 'done'],
  ['approved', 'approve', null],
  ['approved', 'refuse', null],
  ['done', 'approve', null],
  ['done', 'refuse', null],
  ['done', 'complete', null],
  ['refused', 'approve', null],
  ['refused', 'refuse', null],
  ['refused', 'complete', null],
];

describe('personal-data request state machine', () => {
  it('covers every state × action', () => {
    expect(table.length).toBe(PERSONAL_DATA_REQUEST_STATES.length * PERSONAL_DATA_REQUEST_ACTIONS.length);
  });

  it.each(table)('%s --%s--> %s', (from, action, to) => {
    if (to) expect(personalDataRequestNextState(from, action)).toBe(to);
    else expect(() => personalDataRequestNextState(from, action)).toThrow(ForbiddenTransitionError);
  });

  it.each([
    ['requested', ['serviceCenterManager'], ['approve', 'refuse']],
    ['requested', ['companyAdmin'], ['approve', 'refuse']],
    ['requested', ['butler'], []],
    ['requested', ['regionalHead'], []],
    ['approved', ['companyAdmin'], []],
    ['done', ['companyAdmin'], []],
    ['refused', ['serviceCenterManager'], []],
  ] as const)('offered actions: %s for %j → %j', (state, roles, expected) => {
    expect(personalDataRequestActionsFor(state, roles)).toEqual(expected);
  });
});

describe('erasure', () => {
  it.each([
    [{ openWorkOrders: 0, soleOwnerHouseholdsUnderDeal: 0 }, []],
    [{ openWorkOrders: 2, soleOwnerHouseholdsUnderDeal: 0 }, ['openWorkOrders']],
    [{ openWorkOrders: 0, soleOwnerHouseholdsUnderDeal: 1 }, ['soleOwnerUnderDeal']],
    [{ openWorkOrders: 1, soleOwnerHouseholdsUnderDeal: 1 }, ['openWorkOrders', 'soleOwnerUnderDeal']],
  ] as [ErasureFacts, string[]][])('blockers of %j → %j', (facts, expected) => {
    expect(erasureBlockers(facts)).toEqual(expected);
  });

  it('the anonymised name keeps the random tail of the id, so two erased owners differ', () => {
    expect(anonymisedOwnerName('0195f3a2-7c41-7b2e-9d10-4a5b6c7d8e9f')).toBe('已注销业主7D8E9F');
    expect(anonymisedOwnerName('0195f3a2-7c41-7b2e-9d10-4a5b6c000001')).not.toBe(anonymisedOwnerName('0195f3a2-7c41-7b2e-9d10-4a5b6c000002'));
  });
});

describe('eraseFromProfile', () => {
  const layer = { members: [{ name: '吴先生', relation: 'self' }, { name: '吴老太', relation: 'parent' }], notes: '门口放鞋套', needs: ['代购'] };
  it('others remain in the household: only the erased owner goes, the rest is untouched', () => {
    expect(eraseFromProfile(layer, '吴先生', false)).toEqual({ ...layer, members: [{ name: '吴老太', relation: 'parent' }] });
  });
  it('the last member: every member and the notes go, the household needs stay', () => {
    expect(eraseFromProfile(layer, '吴先生', true)).toEqual({ members: [], notes: null, needs: ['代购'] });
  });
});
