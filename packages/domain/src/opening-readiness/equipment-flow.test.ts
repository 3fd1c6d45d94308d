import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  EQUIPMENT_ACTIONS,
  EQUIPMENT_STATUSES,
  equipmentAllowedActions,
  equipmentNextState,
  equipmentProgress,
  equipmentReasonProblem,
  isEquipmentInPlace,
  type EquipmentAction,
  type EquipmentStatus,
} from './equipment-flow.js';

// Every (status, action) pair: the resulting status, or null when the transition is forbidden.
const _ = null;
const expected: Record<EquipmentStatus, Record<EquipmentAction, EquipmentStatus | null>> = {
  requested: { purchase: 'purchased', deliver: _, install: _, check: _, stepBack: _ },
  purchased: { purchase: _, deliver: 'delivered', install: _, check: _, stepBack: 'requested' },
  delivered: { purchase: _, deliver: _, install: 'installed', check: _, stepBack: 'purchased' },
  installed: { purchase: _, deliver: _, install: _, check: 'checked', stepBack: 'delivered' },
  checked: { purchase: _, deliver: _, install: _, check: _, stepBack: 'installed' },
};

describe('equipment item transitions', () => {
  for (const status of EQUIPMENT_STATUSES) {
    for (const action of EQUIPMENT_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(equipmentNextState(status, action)).toBe(to);
        else expect(() => equipmentNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }

  it.each(EQUIPMENT_STATUSES.map((s) => [s]))('allowed actions of %s match the table', (status) => {
    const fromTable = EQUIPMENT_ACTIONS.filter((a) => expected[status][a] !== null);
    expect(equipmentAllowedActions(status).sort()).toEqual([...fromTable].sort());
  });

  it('stepping back goes exactly one step', () => {
    for (let i = 1; i < EQUIPMENT_STATUSES.length; i++) {
      expect(equipmentNextState(EQUIPMENT_STATUSES[i]!, 'stepBack')).toBe(EQUIPMENT_STATUSES[i - 1]);
    }
  });
});

describe('equipmentReasonProblem', () => {
  it.each([
    ['stepBack', 'wrong model delivered', null],
    ['stepBack', '', 'reasonRequired'],
    ['stepBack', '   ', 'reasonRequired'],
    ['stepBack', null, 'reasonRequired'],
    ['stepBack', undefined, 'reasonRequired'],
    ['purchase', null, null],
    ['check', '', null],
  ] as Array<[EquipmentAction, string | null | undefined, 'reasonRequired' | null]>)('%s with %o → %o', (action, reason, problem) => {
    expect(equipmentReasonProblem(action, reason)).toBe(problem);
  });
});

describe('落实到位', () => {
  it.each(EQUIPMENT_STATUSES.map((s) => [s, s === 'checked']))('%s in place: %s', (status, inPlace) => {
    expect(isEquipmentInPlace(status)).toBe(inPlace);
  });

  it('counts a configuration list item by item', () => {
    const p = equipmentProgress([{ status: 'checked' }, { status: 'installed' }, { status: 'checked' }, { status: 'requested' }]);
    expect(p).toEqual({
      total: 4,
      inPlace: 2,
      byStatus: { requested: 1, purchased: 0, delivered: 0, installed: 1, checked: 2 },
      allInPlace: false,
    });
  });

  it.each([
    [[], false],
    [[{ status: 'checked' }], true],
    [[{ status: 'checked' }, { status: 'installed' }], false],
  ] as Array<[Array<{ status: EquipmentStatus }>, boolean]>)('all in place of %o: %s', (items, all) => {
    expect(equipmentProgress(items).allInPlace).toBe(all);
  });
});
