import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { attendanceProblems, trainingSessionActionsFor, trainingSessionNextState, trainingSessionRefusal } from './training-session-flow.js';
import { coursesNotYetTaken } from './training-record.js';

describe('the training session state machine', () => {
  it.each([
    ['scheduled', 'hold', 'held'],
    ['scheduled', 'cancel', 'cancelled'],
    ['held', 'record', 'recorded'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(trainingSessionNextState(from, action)).toBe(to);
  });

  it.each([
    ['scheduled', 'record'],
    ['held', 'cancel'],
    ['held', 'hold'],
    ['recorded', 'cancel'],
    ['cancelled', 'hold'],
  ] as const)('%s cannot %s', (from, action) => {
    expect(() => trainingSessionNextState(from, action)).toThrow(ForbiddenTransitionError);
  });

  it.each([
    [['butler'], 'hold', false, null],
    [['salesConsultant'], 'hold', false, 'notOrganiser'],
    [['frontline'], 'hold', true, null],
    [['butler'], 'record', false, 'notRecorder'],
    [['butler'], 'record', true, null],
    [['serviceCenterManager'], 'record', false, null],
    [['regionalHead'], 'cancel', false, 'notOrganiser'],
  ] as const)('%j %s (trainer: %s): %s', (roles, action, isTrainer, refusal) => {
    expect(trainingSessionRefusal(roles, action, isTrainer)).toBe(refusal);
  });

  it('the buttons follow the state and the caller', () => {
    expect(trainingSessionActionsFor('scheduled', ['butler'], false)).toEqual(['hold', 'cancel']);
    expect(trainingSessionActionsFor('held', ['butler'], false)).toEqual([]);
    expect(trainingSessionActionsFor('held', ['serviceCenterManager'], false)).toEqual(['record']);
  });
});

describe('attendance of a session', () => {
  it('every invited trainee once; an absence needs a note; strangers are refused', () => {
    expect(attendanceProblems(['a', 'b'], [{ userId: 'a', status: 'present' }, { userId: 'b', status: 'late' }])).toEqual([]);
    expect(
      attendanceProblems(['a', 'b', 'c'], [
        { userId: 'a', status: 'absent', note: ' ' },
        { userId: 'a', status: 'present' },
        { userId: 'x', status: 'present' },
      ]),
    ).toEqual([
      { userId: 'a', problem: 'absentNeedsNote' },
      { userId: 'a', problem: 'duplicate' },
      { userId: 'x', problem: 'notInvited' },
      { userId: 'b', problem: 'missing' },
      { userId: 'c', problem: 'missing' },
    ]);
  });
});

describe('courses not yet taken', () => {
  const courses = [
    { id: 'c1', audience: 'propertyStaff' as const, required: true, active: true },
    { id: 'c2', audience: 'salesStaff' as const, required: true, active: true },
    { id: 'c3', audience: 'explainers' as const, required: true, active: true },
    { id: 'c4', audience: 'propertyStaff' as const, required: false, active: true },
    { id: 'c5', audience: 'propertyStaff' as const, required: true, active: false },
  ];
  it.each([
    [['butler'], [], ['c1', 'c3']],
    [['butler'], [{ courseId: 'c1', status: 'late' as const }], ['c3']],
    [['butler'], [{ courseId: 'c1', status: 'absent' as const }], ['c1', 'c3']],
    [['salesConsultant'], [], ['c2']],
    [['salesConsultant'], [{ courseId: 'c2', status: 'present' as const }], []],
    [['regionalHead'], [], []],
  ] as const)('%j having attended %j still owes %j', (roles, attendance, expected) => {
    expect(coursesNotYetTaken(roles, courses, attendance).map((c) => c.id)).toEqual(expected);
  });
});
