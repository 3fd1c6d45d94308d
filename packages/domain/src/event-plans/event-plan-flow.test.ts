import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  EVENT_PLAN_ACTIONS,
  EVENT_PLAN_STATUSES,
  canConfirmRehearsal,
  canDraftEventPlan,
  canReadEventPlan,
  eventPlanActionsFor,
  eventPlanNextState,
  eventPlanRefusal,
  reviewRefusal,
  submissionRefusal,
  type EventPlanAction,
  type EventPlanPart,
  type EventPlanRefusal,
  type EventPlanStatus,
  type EventPlanSubmission,
  type EventReview,
  type EventReviewPart,
} from './event-plan-flow.js';

// Every (status, action) pair: the resulting status, or null when the transition is forbidden.
const _ = null;
const expected: Record<EventPlanStatus, Record<EventPlanAction, EventPlanStatus | null>> = {
  draft: { submit: 'submitted', approve: _, reject: _, revise: _, hold: _, review: _, cancel: 'cancelled' },
  submitted: { submit: _, approve: 'approved', reject: 'rejected', revise: _, hold: _, review: _, cancel: 'cancelled' },
  approved: { submit: _, approve: _, reject: _, revise: _, hold: 'held', review: _, cancel: 'cancelled' },
  rejected: { submit: _, approve: _, reject: _, revise: 'draft', hold: _, review: _, cancel: _ },
  held: { submit: _, approve: _, reject: _, revise: _, hold: _, review: 'reviewed', cancel: _ },
  reviewed: { submit: _, approve: _, reject: _, revise: _, hold: _, review: _, cancel: _ },
  cancelled: { submit: _, approve: _, reject: _, revise: _, hold: _, review: _, cancel: _ },
};

describe('event-plan transitions', () => {
  for (const status of EVENT_PLAN_STATUSES) {
    for (const action of EVENT_PLAN_ACTIONS) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'forbidden'}`, () => {
        if (to) expect(eventPlanNextState(status, action)).toBe(to);
        else expect(() => eventPlanNextState(status, action)).toThrow(ForbiddenTransitionError);
      });
    }
  }
});

describe('who may act', () => {
  const cases: Array<[string, Role[], EventPlanAction, EventPlanRefusal | null]> = [
    ['butler submits', ['butler'], 'submit', null],
    ['manager submits', ['serviceCenterManager'], 'submit', null],
    ['butler revises', ['butler'], 'revise', null],
    ['butler records the event as held', ['butler'], 'hold', null],
    ['manager reviews', ['serviceCenterManager'], 'review', null],
    ['manager cancels', ['serviceCenterManager'], 'cancel', null],
    ['regional head cannot submit', ['regionalHead'], 'submit', 'notDrafter'],
    ['marketing lead cannot cancel', ['marketingLead'], 'cancel', 'notDrafter'],
    ['sales consultant cannot review', ['salesConsultant'], 'review', 'notDrafter'],
    ['regional head approves only through the approval engine', ['regionalHead'], 'approve', 'byApprovalOnly'],
    ['a manager cannot reject by hand', ['serviceCenterManager'], 'reject', 'byApprovalOnly'],
  ];
  it.each(cases)('%s', (_name, roles, action, refusal) => {
    expect(eventPlanRefusal(roles, action)).toBe(refusal);
  });

  it.each<[EventPlanStatus, Role[], EventPlanAction[]]>([
    ['draft', ['butler'], ['submit', 'cancel']],
    ['submitted', ['butler'], ['cancel']],
    ['submitted', ['regionalHead'], []],
    ['approved', ['serviceCenterManager'], ['hold', 'cancel']],
    ['rejected', ['butler'], ['revise']],
    ['held', ['butler'], ['review']],
    ['held', ['marketingLead'], []],
    ['reviewed', ['butler'], []],
  ])('buttons in %s for %j: %j', (status, roles, actions) => {
    expect(eventPlanActionsFor(status, roles)).toEqual(actions);
  });

  it.each<[Role[], boolean, boolean, boolean]>([
    [['butler'], true, true, false],
    [['serviceCenterManager'], true, true, false],
    [['regionalHead'], false, true, false],
    [['marketingLead'], false, true, true],
    [['salesConsultant'], false, false, false],
    [['owner'], false, false, false],
  ])('%j: drafts %s, reads %s, confirms the rehearsal %s', (roles, drafts, reads, confirms) => {
    expect(canDraftEventPlan(roles)).toBe(drafts);
    expect(canReadEventPlan(roles)).toBe(reads);
    expect(canConfirmRehearsal(roles)).toBe(confirms);
  });
});

describe('submissionRefusal', () => {
  const complete: EventPlanSubmission = {
    major: true,
    eventLeadGroup: [{ name: '王经理', role: '组长' }],
    assignments: [{ owner: '李管家', duty: '接待与签到' }],
    backwardSchedule: [{ key: 'leadGroup' }],
    orderPlan: '入口分流,停车场专人引导',
    emergencyPlan: '人员拥挤、突发疾病、火情的处置与联络人',
  };
  const ALL: EventPlanPart[] = ['eventLeadGroup', 'assignments', 'backwardSchedule', 'orderPlan', 'emergencyPlan'];
  const empty = { eventLeadGroup: [], assignments: [], backwardSchedule: [], orderPlan: '', emergencyPlan: '' };
  const cases: Array<[string, Partial<EventPlanSubmission>, EventPlanPart[]]> = [
    ['major, all four parts: may submit', {}, []],
    ['major, nothing filled: every part named', empty, ALL],
    ['major, no emergency plan', { emergencyPlan: '' }, ['emergencyPlan']],
    ['major, emergency plan only blanks', { emergencyPlan: '  \n ' }, ['emergencyPlan']],
    ['major, no order plan', { orderPlan: '' }, ['orderPlan']],
    ['major, lead group members without a role', { eventLeadGroup: [{ name: '王经理', role: ' ' }] }, ['eventLeadGroup']],
    ['major, lead group with one member holding a role among others', { eventLeadGroup: [{ name: '张三', role: '' }, { name: '王经理', role: '组长' }] }, []],
    ['major, no lead group', { eventLeadGroup: [] }, ['eventLeadGroup']],
    ['major, no assignments', { assignments: [] }, ['assignments']],
    ['major, an assignment without a duty', { assignments: [{ owner: '李管家', duty: '' }] }, ['assignments']],
    ['major, no schedule', { backwardSchedule: [] }, ['backwardSchedule']],
    ['non-major with a schedule only: may submit', { ...empty, major: false, backwardSchedule: [{}] }, []],
    ['non-major without a schedule', { ...empty, major: false }, ['backwardSchedule']],
  ];
  it.each(cases)('%s', (_name, patch, missing) => {
    expect(submissionRefusal({ ...complete, ...patch })).toEqual(missing);
  });
});

describe('reviewRefusal', () => {
  it.each<[string, EventReview, EventReviewPart[]]>([
    ['complete with photos', { wentWell: '到访量高,接待有序', problems: '停车位紧张', photoIds: ['p1'] }, []],
    ['“无” is an answer, photos optional', { wentWell: '流程顺畅', problems: '无', photoIds: [] }, []],
    ['blank problems', { wentWell: '流程顺畅', problems: ' ', photoIds: [] }, ['problems']],
    ['nothing written', { wentWell: '', problems: '', photoIds: ['p1'] }, ['wentWell', 'problems']],
  ])('%s', (_name, review, missing) => {
    expect(reviewRefusal(review)).toEqual(missing);
  });
});
