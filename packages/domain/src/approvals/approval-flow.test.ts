import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  APPROVAL_ACTIONS,
  APPROVAL_STATUSES,
  applyApprovalAction,
  approvalActionsFor,
  approvalRefusal,
  type ApprovalAction,
  type ApprovalParticipant,
  type ApprovalPosition,
  type ApprovalStatus,
} from './approval-flow.js';

// Every (status, action) pair: the resulting status, or null when the transition is forbidden.
const expected: Record<ApprovalStatus, Record<ApprovalAction, ApprovalStatus | null>> = {
  pending: { approve: 'approved', reject: 'rejected', cancel: 'cancelled', resubmit: null },
  rejected: { approve: null, reject: null, cancel: null, resubmit: 'pending' },
  approved: { approve: null, reject: null, cancel: null, resubmit: null },
  cancelled: { approve: null, reject: null, cancel: null, resubmit: null },
};

describe('approval transitions (single-step chain)', () => {
  for (const status of APPROVAL_STATUSES) {
    for (const action of APPROVAL_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        const from: ApprovalPosition = { status, step: 1, stepCount: 1 };
        if (to) expect(applyApprovalAction(from, action).status).toBe(to);
        else expect(() => applyApprovalAction(from, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }
});

describe('approval steps', () => {
  const cases: Array<[string, ApprovalPosition, ApprovalAction, ApprovalPosition, number?]> = [
    ['approve at step 1 of 2 advances', { status: 'pending', step: 1, stepCount: 2 }, 'approve', { status: 'pending', step: 2, stepCount: 2 }],
    ['approve at the last step approves', { status: 'pending', step: 2, stepCount: 2 }, 'approve', { status: 'approved', step: 2, stepCount: 2 }],
    ['reject at step 2 stops there', { status: 'pending', step: 2, stepCount: 3 }, 'reject', { status: 'rejected', step: 2, stepCount: 3 }],
    ['cancel keeps the step', { status: 'pending', step: 2, stepCount: 2 }, 'cancel', { status: 'cancelled', step: 2, stepCount: 2 }],
    ['resubmit restarts at step 1 of the current chain', { status: 'rejected', step: 2, stepCount: 2 }, 'resubmit', { status: 'pending', step: 1, stepCount: 3 }, 3],
  ];
  for (const [name, from, action, to, resubmitCount] of cases) {
    it(name, () => expect(applyApprovalAction(from, action, resubmitCount)).toEqual(to));
  }
});

describe('who may act', () => {
  const pending = { status: 'pending' as const, currentRole: 'regionalHead' as const, submittedBy: 'manager' };
  const regional: ApprovalParticipant = { userId: 'regional', roles: ['regionalHead'] };
  const manager: ApprovalParticipant = { userId: 'manager', roles: ['serviceCenterManager'] };
  const butler: ApprovalParticipant = { userId: 'butler', roles: ['butler'] };
  const selfApprover: ApprovalParticipant = { userId: 'manager', roles: ['regionalHead'] };

  const cases: Array<[string, ApprovalParticipant, ApprovalAction, ReturnType<typeof approvalRefusal>]> = [
    ['the current approver may approve', regional, 'approve', null],
    ['the current approver may reject', regional, 'reject', null],
    ['a non-approver may not approve', butler, 'approve', 'notApprover'],
    ['the submitter may not approve own request even holding the role', selfApprover, 'approve', 'ownRequest'],
    ['the submitter may cancel', manager, 'cancel', null],
    ['the approver may not cancel', regional, 'cancel', 'notSubmitter'],
    ['another user may not resubmit', butler, 'resubmit', 'notSubmitter'],
  ];
  for (const [name, who, action, refusal] of cases) {
    it(name, () => expect(approvalRefusal(pending, who, action)).toBe(refusal));
  }

  it('allowed actions combine state and role', () => {
    expect(approvalActionsFor(pending, regional)).toEqual(['approve', 'reject']);
    expect(approvalActionsFor(pending, manager)).toEqual(['cancel']);
    expect(approvalActionsFor(pending, butler)).toEqual([]);
    const rejected = { ...pending, status: 'rejected' as const, currentRole: null };
    expect(approvalActionsFor(rejected, manager)).toEqual(['resubmit']);
    expect(approvalActionsFor(rejected, regional)).toEqual([]);
    expect(approvalActionsFor({ ...pending, status: 'approved', currentRole: null }, manager)).toEqual([]);
  });
});
