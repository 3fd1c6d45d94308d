import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  VISIT_ACTIONS,
  VISIT_STATUSES,
  visitActionsFor,
  visitNextState,
  visitRefusal,
  type VisitAction,
  type VisitRefusal,
  type VisitStatus,
} from './visit-flow.js';

// Every (status, action) pair: the resulting status, or null when the transition is forbidden.
const _ = null;
const expected: Record<VisitStatus, Record<VisitAction, VisitStatus | null>> = {
  expected: { checkIn: 'waiting', reschedule: 'expected', cancel: 'cancelled', markNoShow: 'noShow', reassign: _, receive: _, recordStep: _, updateChecklist: 'expected', depart: _ },
  noShow: { checkIn: 'waiting', reschedule: _, cancel: _, markNoShow: _, reassign: _, receive: _, recordStep: _, updateChecklist: _, depart: _ },
  waiting: { checkIn: _, reschedule: _, cancel: 'cancelled', markNoShow: _, reassign: 'waiting', receive: 'received', recordStep: 'waiting', updateChecklist: 'waiting', depart: _ },
  received: { checkIn: _, reschedule: _, cancel: _, markNoShow: _, reassign: _, receive: _, recordStep: 'received', updateChecklist: 'received', depart: 'departed' },
  departed: { checkIn: _, reschedule: _, cancel: _, markNoShow: _, reassign: _, receive: _, recordStep: _, updateChecklist: _, depart: _ },
  cancelled: { checkIn: _, reschedule: _, cancel: _, markNoShow: _, reassign: _, receive: _, recordStep: _, updateChecklist: _, depart: _ },
};

describe('visit transitions', () => {
  for (const status of VISIT_STATUSES) {
    for (const action of VISIT_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(visitNextState(status, action)).toBe(to);
        else expect(() => visitNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }
});

const who = (userId: string, ...roles: Role[]) => ({ userId, roles });
const butler = who('b', 'butler');
const manager = who('m', 'serviceCenterManager');
const frontline = who('f', 'frontline');
const own = who('c1', 'salesConsultant');
const other = who('c2', 'salesConsultant');
const salesManager = who('sm', 'salesManager');
const admin = who('a', 'companyAdmin');

// [actor, action, status of the visit (consultant c1), refusal or null]
const refusals: [string, { userId: string; roles: Role[] }, VisitAction, VisitStatus, VisitRefusal | null][] = [
  ['butler checks in', butler, 'checkIn', 'expected', null],
  ['manager checks in', manager, 'checkIn', 'expected', null],
  ['own consultant cannot check in', own, 'checkIn', 'expected', 'notDesk'],
  ['front line cannot check in', frontline, 'checkIn', 'expected', 'notDesk'],
  ['company admin only reads', admin, 'checkIn', 'expected', 'notDesk'],
  ['own consultant marks received', own, 'receive', 'waiting', null],
  ['butler marks received for the consultant', butler, 'receive', 'waiting', null],
  ['another consultant may not receive', other, 'receive', 'waiting', 'notOwnVisitor'],
  ['sales manager does not receive someone else’s visitor', salesManager, 'receive', 'waiting', 'notOwnVisitor'],
  ['sales manager reassigns', salesManager, 'reassign', 'waiting', null],
  ['butler may not override the rotation', butler, 'reassign', 'waiting', 'notSalesManager'],
  ['consultant may not override the rotation', own, 'reassign', 'waiting', 'notSalesManager'],
  ['front line records a step', frontline, 'recordStep', 'received', null],
  ['own consultant records a step', own, 'recordStep', 'received', null],
  ['another consultant records nothing', other, 'recordStep', 'received', 'notOwnVisitor'],
  ['only the desk sees a visitor off', own, 'depart', 'received', 'notDesk'],
  ['butler sees a visitor off', butler, 'depart', 'received', null],
  ['own consultant cancels their appointment', own, 'cancel', 'expected', null],
  ['sales manager cancels an appointment', salesManager, 'cancel', 'expected', null],
  ['another consultant cannot cancel it', other, 'cancel', 'expected', 'notOwnVisitor'],
  ['a waiting visitor is sent away only by the desk', own, 'cancel', 'waiting', 'notDesk'],
  ['butler cancels a waiting visit', butler, 'cancel', 'waiting', null],
  ['own consultant reschedules', own, 'reschedule', 'expected', null],
  ['another consultant cannot reschedule', other, 'reschedule', 'expected', 'notOwnVisitor'],
  ['only the desk keeps the VIP checklist', salesManager, 'updateChecklist', 'expected', 'notDesk'],
  ['only the desk marks a no-show', own, 'markNoShow', 'expected', 'notDesk'],
];

describe('who may act on a visit', () => {
  for (const [name, actor, action, status, refusal] of refusals) {
    it(`${name} → ${refusal ?? 'allowed'}`, () => {
      expect(visitRefusal({ status, consultantId: 'c1' }, actor, action)).toBe(refusal);
    });
  }

  it('allowed actions are the table’s actions the actor may take', () => {
    expect(visitActionsFor({ status: 'waiting', consultantId: 'c1' }, own)).toEqual(['receive', 'recordStep']);
    expect(visitActionsFor({ status: 'waiting', consultantId: 'c1' }, butler)).toEqual(['receive', 'recordStep', 'updateChecklist', 'cancel']);
    expect(visitActionsFor({ status: 'waiting', consultantId: 'c1' }, salesManager)).toEqual(['reassign']);
    expect(visitActionsFor({ status: 'departed', consultantId: 'c1' }, butler)).toEqual([]);
  });
});
