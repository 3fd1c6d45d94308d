import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  actionItemActionsFor,
  actionItemNextState,
  awaitsAcknowledgement,
  channelAcknowledgeRefusal,
  channelPostRefusal,
  channelSidesOf,
  CHANNEL_ITEM_KINDS,
  CHANNEL_ITEM_KIND_RULES,
  DUTY_AREAS,
  finaliseRefusal,
  isActionItemOverdue,
  isPeriodValid,
  isSuggestionOverdue,
  jointMeetingNextState,
  kindsOfSide,
  nextJointMeetingDue,
  SEED_DUTIES,
  speakingSide,
  SUGGESTION_ACTIONS,
  SUGGESTION_STATUSES,
  suggestionActionsFor,
  suggestionNextState,
  suggestionRefusal,
  suggestionReminderKind,
  type SuggestionAction,
  type SuggestionStatus,
} from './index.js';

const butler: Role[] = ['butler'];
const consultant: Role[] = ['salesConsultant'];
const both: Role[] = ['serviceCenterManager', 'salesManager'];

describe('sides', () => {
  it.each<[Role[], string[]]>([
    [['systemAdmin'], ['property']],
    [['regionalHead'], ['property']],
    [['marketingLead'], ['sales']],
    [['technician'], []],
    [['owner'], []],
    [both, ['property', 'sales']],
  ])('%j is on %j', (roles, sides) => expect(channelSidesOf(roles)).toEqual(sides));

  it('an account of both sides names the side it speaks for; others speak for their only side', () => {
    expect(speakingSide(butler)).toBe('property');
    expect(speakingSide(consultant, 'sales')).toBe('sales');
    expect(speakingSide(consultant, 'property')).toBe('notYourSide');
    expect(speakingSide(both)).toBe('ambiguous');
    expect(speakingSide(both, 'sales')).toBe('sales');
    expect(speakingSide(['technician'])).toBe('none');
  });
});

describe('shared items', () => {
  it('sales posts plans, policies, commitments and deal summaries; the property side operations and feedback', () => {
    expect(kindsOfSide('sales')).toEqual(['salesPlan', 'salesPolicy', 'serviceCommitment', 'dealSummary']);
    expect(kindsOfSide('property')).toEqual(['operationsStatus', 'customerFeedback']);
    for (const kind of CHANNEL_ITEM_KINDS) {
      const owner = CHANNEL_ITEM_KIND_RULES[kind].side === 'sales' ? consultant : butler;
      const other = owner === butler ? consultant : butler;
      expect(channelPostRefusal(owner, kind)).toBeNull();
      expect(channelPostRefusal(other, kind)).toBe('notOwningSide');
      expect(channelAcknowledgeRefusal(other, kind)).toBeNull();
      expect(channelAcknowledgeRefusal(owner, kind)).toBe('notOtherSide');
    }
  });

  it('only a service commitment waits for the property side to acknowledge its current version', () => {
    expect(awaitsAcknowledgement('serviceCommitment', 0)).toBe(true);
    expect(awaitsAcknowledgement('serviceCommitment', 1)).toBe(false);
    expect(awaitsAcknowledgement('salesPolicy', 0)).toBe(false);
  });

  it('effective dates: end not before start', () => {
    expect(isPeriodValid('2026-03-01', '2026-03-01')).toBe(true);
    expect(isPeriodValid('2026-03-02', '2026-03-01')).toBe(false);
    expect(isPeriodValid(null, '2026-03-01')).toBe(true);
  });
});

describe('duties', () => {
  it('the seed list covers the five sections and gives every side something', () => {
    expect(new Set(SEED_DUTIES.map((d) => d.area))).toEqual(new Set(DUTY_AREAS));
    expect(new Set(SEED_DUTIES.map((d) => d.assignedTo))).toEqual(new Set(['property', 'sales', 'joint']));
  });
});

const expected: Record<SuggestionStatus, Partial<Record<SuggestionAction, SuggestionStatus>>> = {
  open: { answer: 'answered', withdraw: 'withdrawn' },
  answered: { accept: 'accepted', sendBack: 'returned' },
  returned: { answer: 'answered', withdraw: 'withdrawn' },
  accepted: {},
  withdrawn: {},
};

describe('suggestion transitions', () => {
  for (const status of SUGGESTION_STATUSES) {
    for (const action of SUGGESTION_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(suggestionNextState(status, action)).toBe(to);
        else expect(() => suggestionNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }

  const fromSales = { raisedBySide: 'sales', addressedTo: 'property' } as const;
  it('the addressed side answers; the raising side accepts, sends back or withdraws', () => {
    expect(suggestionRefusal(butler, fromSales, 'answer')).toBeNull();
    expect(suggestionRefusal(consultant, fromSales, 'answer')).toBe('notAddressedSide');
    expect(suggestionRefusal(butler, fromSales, 'accept')).toBe('notRaisingSide');
    expect(suggestionActionsFor('open', consultant, fromSales)).toEqual(['withdraw']);
    expect(suggestionActionsFor('open', butler, fromSales)).toEqual(['answer']);
    expect(suggestionActionsFor('answered', consultant, fromSales)).toEqual(['accept', 'sendBack']);
    expect(suggestionActionsFor('accepted', both, fromSales)).toEqual([]);
  });

  it('overdue only while the answer is owed; reminders the day before and after the due date', () => {
    expect(isSuggestionOverdue({ status: 'open', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isSuggestionOverdue({ status: 'returned', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isSuggestionOverdue({ status: 'answered', dueDate: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isSuggestionOverdue({ status: 'open', dueDate: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(suggestionReminderKind({ status: 'open', dueDate: '2026-03-03' }, '2026-03-02')).toBe('dueTomorrow');
    expect(suggestionReminderKind({ status: 'open', dueDate: '2026-03-04' }, '2026-03-02')).toBeNull();
    expect(suggestionReminderKind({ status: 'accepted', dueDate: '2026-02-01' }, '2026-03-02')).toBeNull();
  });
});

describe('joint meetings', () => {
  it('scheduled meetings are finalised or cancelled, and stay so', () => {
    expect(jointMeetingNextState('scheduled', 'finalise')).toBe('finalised');
    expect(jointMeetingNextState('scheduled', 'cancel')).toBe('cancelled');
    expect(() => jointMeetingNextState('finalised', 'cancel')).toThrow(ForbiddenTransitionError);
    expect(() => jointMeetingNextState('cancelled', 'finalise')).toThrow(ForbiddenTransitionError);
  });

  it('finalising needs a held meeting, minutes and attendees of both sides', () => {
    const ok = { meetingDate: '2026-03-02', minutes: '纪要', attendeeSides: ['property', 'sales'] as const };
    expect(finaliseRefusal(ok, '2026-03-02')).toBeNull();
    expect(finaliseRefusal({ ...ok, meetingDate: '2026-03-03' }, '2026-03-02')).toBe('notHeldYet');
    expect(finaliseRefusal({ ...ok, minutes: '  ' }, '2026-03-02')).toBe('minutesMissing');
    expect(finaliseRefusal({ ...ok, attendeeSides: ['property'] }, '2026-03-02')).toBe('bothSidesNeeded');
  });

  it('action items: done and reopened by an editor or their owner; overdue while open past the due date', () => {
    expect(actionItemNextState('open', 'complete')).toBe('done');
    expect(actionItemNextState('done', 'reopen')).toBe('open');
    expect(() => actionItemNextState('open', 'reopen')).toThrow(ForbiddenTransitionError);
    expect(actionItemActionsFor('open', { roles: consultant, isOwner: true })).toEqual(['complete']);
    expect(actionItemActionsFor('open', { roles: consultant, isOwner: false })).toEqual([]);
    expect(actionItemActionsFor('done', { roles: butler, isOwner: false })).toEqual(['reopen']);
    expect(isActionItemOverdue({ status: 'open', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isActionItemOverdue({ status: 'done', dueDate: '2026-03-01' }, '2026-03-02')).toBe(false);
  });

  it('the cadence: the series start, then one interval after the latest meeting', () => {
    const cadence = { everyDays: 14, startsOn: '2026-03-02' };
    expect(nextJointMeetingDue(cadence, null, '2026-02-20')).toEqual({ dueOn: '2026-03-02', overdue: false });
    expect(nextJointMeetingDue(cadence, '2026-02-10', '2026-02-20')).toEqual({ dueOn: '2026-03-02', overdue: false });
    expect(nextJointMeetingDue(cadence, '2026-03-02', '2026-03-10')).toEqual({ dueOn: '2026-03-16', overdue: false });
    expect(nextJointMeetingDue(cadence, '2026-03-02', '2026-03-17')).toEqual({ dueOn: '2026-03-16', overdue: true });
  });
});
