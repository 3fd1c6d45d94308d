import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  canEditMeetingIssue,
  isCarriedInto,
  isMeetingIssueOverdue,
  MEETING_ISSUE_ACTIONS,
  MEETING_ISSUE_STATUSES,
  meetingIssueActionsFor,
  meetingIssueNextState,
  meetingIssueRefusal,
  type MeetingIssueAction,
  type MeetingIssueStatus,
} from './meeting-issue-flow.js';

const expected: Record<MeetingIssueStatus, Record<MeetingIssueAction, MeetingIssueStatus | null>> = {
  open: { start: 'inProgress', resolve: 'resolved', drop: 'dropped' },
  inProgress: { start: null, resolve: 'resolved', drop: 'dropped' },
  resolved: { start: null, resolve: null, drop: null },
  dropped: { start: null, resolve: null, drop: null },
};

describe('meeting issue transitions', () => {
  for (const status of MEETING_ISSUE_STATUSES) {
    for (const action of MEETING_ISSUE_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(meetingIssueNextState(status, action)).toBe(to);
        else expect(() => meetingIssueNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }
});

describe('who moves an issue', () => {
  const cases: Array<[string, Role[], boolean, MeetingIssueAction, string | null]> = [
    ['the butler starts any issue', ['butler'], false, 'start', null],
    ['the butler drops one', ['butler'], false, 'drop', null],
    ['its owner on the sales side resolves it', ['salesManager'], true, 'resolve', null],
    ['its owner starts it', ['marketingLead'], true, 'start', null],
    ['its owner may not drop it', ['salesManager'], true, 'drop', 'notRecorder'],
    ['someone else on the sales side may not resolve it', ['salesManager'], false, 'resolve', 'notRecorderOrOwner'],
    ['the regional head only reads', ['regionalHead'], false, 'start', 'notRecorderOrOwner'],
  ];
  for (const [name, roles, isOwner, action, refusal] of cases) it(name, () => expect(meetingIssueRefusal({ roles, isOwner }, action)).toBe(refusal));

  it('offers the allowed actions of the state only', () => {
    expect(meetingIssueActionsFor('open', { roles: ['butler'], isOwner: false })).toEqual(['start', 'resolve', 'drop']);
    expect(meetingIssueActionsFor('inProgress', { roles: ['salesManager'], isOwner: true })).toEqual(['resolve']);
    expect(meetingIssueActionsFor('resolved', { roles: ['butler'], isOwner: false })).toEqual([]);
  });

  it('edits are for recorders while the issue is open', () => {
    expect(canEditMeetingIssue('open', ['butler'])).toBe(true);
    expect(canEditMeetingIssue('inProgress', ['serviceCenterManager'])).toBe(true);
    expect(canEditMeetingIssue('resolved', ['butler'])).toBe(false);
    expect(canEditMeetingIssue('open', ['salesManager'])).toBe(false);
  });
});

describe('carried into later meetings', () => {
  const cases: Array<[string, { raisedOn: string; closedOn: string | null }, string, boolean]> = [
    ['still open', { raisedOn: '2026-03-02', closedOn: null }, '2026-03-09', true],
    ['closed after the later meeting', { raisedOn: '2026-03-02', closedOn: '2026-03-10' }, '2026-03-09', true],
    ['closed on the later meeting’s day', { raisedOn: '2026-03-02', closedOn: '2026-03-09' }, '2026-03-09', true],
    ['closed before the later meeting', { raisedOn: '2026-03-02', closedOn: '2026-03-05' }, '2026-03-09', false],
    ['raised at this very meeting', { raisedOn: '2026-03-09', closedOn: null }, '2026-03-09', false],
    ['raised later', { raisedOn: '2026-03-16', closedOn: null }, '2026-03-09', false],
  ];
  for (const [name, issue, meetingDate, carried] of cases) it(name, () => expect(isCarriedInto(issue, meetingDate)).toBe(carried));

  it('overdue: open past its due date', () => {
    expect(isMeetingIssueOverdue({ status: 'open', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isMeetingIssueOverdue({ status: 'inProgress', dueDate: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isMeetingIssueOverdue({ status: 'resolved', dueDate: '2026-03-01' }, '2026-03-02')).toBe(false);
  });
});
