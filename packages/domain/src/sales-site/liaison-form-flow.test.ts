import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  isLiaisonFormOverdue,
  isLiaisonFormVisibleToDeveloper,
  LIAISON_FORM_ACTIONS,
  LIAISON_FORM_STATUSES,
  liaisonFormActionsFor,
  liaisonFormNextState,
  liaisonFormRefusal,
  liaisonReminderKind,
  liaisonReminderRecipients,
  nextDate,
  type LiaisonFormAction,
  type LiaisonFormStatus,
} from './liaison-form-flow.js';

// Every (status, action) pair: the resulting status, or null when the transition is forbidden.
const expected: Record<LiaisonFormStatus, Record<LiaisonFormAction, LiaisonFormStatus | null>> = {
  draft: { issue: 'issued', acknowledge: null, reply: null, return: null, cancel: 'cancelled' },
  issued: { issue: null, acknowledge: 'acknowledged', reply: null, return: null, cancel: 'cancelled' },
  acknowledged: { issue: null, acknowledge: null, reply: 'replied', return: null, cancel: 'cancelled' },
  replied: { issue: null, acknowledge: null, reply: null, return: 'returned', cancel: null },
  returned: { issue: null, acknowledge: null, reply: null, return: null, cancel: null },
  cancelled: { issue: null, acknowledge: null, reply: null, return: null, cancel: null },
};

describe('liaison form transitions', () => {
  for (const status of LIAISON_FORM_STATUSES) {
    for (const action of LIAISON_FORM_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(liaisonFormNextState(status, action)).toBe(to);
        else expect(() => liaisonFormNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }
});

describe('who acts', () => {
  const cases: Array<[Role[], LiaisonFormAction, string | null]> = [
    [['butler'], 'issue', null],
    [['serviceCenterManager'], 'return', null],
    [['butler'], 'acknowledge', 'notDeveloperSide'],
    [['butler'], 'reply', 'notDeveloperSide'],
    [['marketingLead'], 'acknowledge', null],
    [['salesManager'], 'reply', null],
    [['marketingLead'], 'issue', 'notPropertySide'],
    [['salesManager'], 'cancel', 'notPropertySide'],
    [['regionalHead'], 'issue', 'notPropertySide'],
    [['regionalHead'], 'reply', 'notDeveloperSide'],
    [['salesConsultant'], 'reply', 'notDeveloperSide'],
  ];
  for (const [roles, action, refusal] of cases) it(`${roles.join('+')} ${action} → ${refusal ?? 'allowed'}`, () => expect(liaisonFormRefusal(roles, action)).toBe(refusal));

  it('offers each side exactly its next steps', () => {
    expect(liaisonFormActionsFor('draft', ['butler'])).toEqual(['issue', 'cancel']);
    expect(liaisonFormActionsFor('issued', ['butler'])).toEqual(['cancel']);
    expect(liaisonFormActionsFor('issued', ['marketingLead'])).toEqual(['acknowledge']);
    expect(liaisonFormActionsFor('acknowledged', ['salesManager'])).toEqual(['reply']);
    expect(liaisonFormActionsFor('replied', ['butler'])).toEqual(['return']);
    expect(liaisonFormActionsFor('replied', ['marketingLead'])).toEqual([]);
    expect(liaisonFormActionsFor('issued', ['regionalHead'])).toEqual([]);
  });

  it('the developer side never sees a form before it was issued', () => {
    expect(isLiaisonFormVisibleToDeveloper({ issuedAt: null })).toBe(false);
    expect(isLiaisonFormVisibleToDeveloper({ issuedAt: '2026-03-02T02:00:00.000Z' })).toBe(true);
  });
});

describe('due dates', () => {
  const today = '2026-03-02';
  const cases: Array<[LiaisonFormStatus, string, boolean, string | null]> = [
    ['issued', '2026-03-01', true, 'overdue'],
    ['acknowledged', '2026-02-20', true, 'overdue'],
    ['replied', '2026-03-01', true, 'overdue'],
    ['issued', '2026-03-02', false, null],
    ['issued', '2026-03-03', false, 'dueTomorrow'],
    ['issued', '2026-03-04', false, null],
    ['draft', '2026-03-01', false, null],
    ['returned', '2026-03-01', false, null],
    ['cancelled', '2026-03-01', false, null],
  ];
  for (const [status, dueDate, overdue, reminder] of cases) {
    it(`${status} due ${dueDate}: overdue ${overdue}, reminder ${reminder}`, () => {
      expect(isLiaisonFormOverdue({ status, dueDate }, today)).toBe(overdue);
      expect(liaisonReminderKind({ status, dueDate }, today)).toBe(reminder);
    });
  }

  it('tomorrow crosses months and leap days', () => {
    expect(nextDate('2026-02-28')).toBe('2026-03-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });

  it('reminds the developer side only while the next step is theirs', () => {
    expect(liaisonReminderRecipients('issued')).toEqual({ issuer: true, developer: true });
    expect(liaisonReminderRecipients('acknowledged')).toEqual({ issuer: true, developer: true });
    expect(liaisonReminderRecipients('replied')).toEqual({ issuer: true, developer: false });
    expect(liaisonReminderRecipients('returned')).toEqual({ issuer: false, developer: false });
  });
});
