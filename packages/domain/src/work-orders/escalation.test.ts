import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  ESCALATION_LADDER,
  escalationDueAt,
  isWorkOrderOverdue,
  nextEscalation,
  runningClocks,
  type SlaClock,
  type SlaSubject,
} from './escalation.js';

// Monday–Friday with no official data: enough for the working-hour periods below (08:30–17:30).
const calendar = new WorkingCalendar({ days: [], completeYears: [] });
const addWorking = (from: string, minutes: number) => calendar.addWorkingMinutes(from, minutes);

describe('the ladder', () => {
  it('is assignee → accountable → service-center manager → regional head, a period apart', () => {
    expect(ESCALATION_LADDER.map((s) => [s.level, s.recipient, s.periodsLate])).toEqual([
      [1, 'assignee', 0],
      [2, 'accountable', 1],
      [3, 'serviceCenterManager', 2],
      [4, 'regionalHead', 3],
    ]);
  });
});

// Monday 2026-03-02 10:00 Shanghai.
const due = '2026-03-02T02:00:00.000Z';
const clock = (slaMinutes: number | null, basis: 'clock' | 'working' = 'clock', dueAt = due): SlaClock => ({ name: 'complete', dueAt, slaMinutes, basis });

describe('escalationDueAt', () => {
  const cases: Array<[string, SlaClock, number, string]> = [
    ['level 1 at the deadline', clock(60), 1, '2026-03-02T02:00:00.000Z'],
    ['level 2 one period later', clock(60), 2, '2026-03-02T03:00:00.000Z'],
    ['level 3 two periods later', clock(60), 3, '2026-03-02T04:00:00.000Z'],
    ['level 4 three periods later', clock(60), 4, '2026-03-02T05:00:00.000Z'],
    ['a 10-minute SLA escalates every 30 minutes', clock(10), 2, '2026-03-02T02:30:00.000Z'],
    ['no SLA (no item) escalates every 30 minutes', clock(null), 4, '2026-03-02T03:30:00.000Z'],
    ['a 24-hour SLA waits a day per level', clock(1440), 3, '2026-03-04T02:00:00.000Z'],
    // Friday 16:00 + 4 working hours: 1.5 h on Friday, 2.5 h from Monday 08:30 → Monday 11:00 Shanghai.
    ['working hours skip the weekend', clock(240, 'working', '2026-03-06T08:00:00.000Z'), 2, '2026-03-09T03:00:00.000Z'],
    ['working hours, level 1 is the deadline itself', clock(240, 'working', '2026-03-06T08:00:00.000Z'), 1, '2026-03-06T08:00:00.000Z'],
  ];
  for (const [name, c, level, expected] of cases) {
    it(name, () => expect(escalationDueAt(c, level, addWorking)).toBe(expected));
  }

  it('a level beyond the ladder is refused', () => {
    expect(() => escalationDueAt(clock(60), 5, addWorking)).toThrow(RangeError);
  });
});

describe('nextEscalation', () => {
  const at = (minutesAfterDue: number) => new Date(Date.parse(due) + minutesAfterDue * 60_000);
  const cases: Array<[string, number, number, number | null]> = [
    // [name, fired level, minutes after the deadline, level expected to fire]
    ['nothing before the deadline', 0, -1, null],
    ['level 1 at the deadline', 0, 0, 1],
    ['level 2 waits a period after level 1', 1, 59, null],
    ['level 2 one period late', 1, 60, 2],
    ['only the next level fires, even long after', 0, 600, 1],
    ['level 4 three periods late', 3, 180, 4],
    ['nothing after level 4', 4, 10_000, null],
  ];
  for (const [name, fired, minutes, expected] of cases) {
    it(name, () => expect(nextEscalation([clock(60)], fired, at(minutes), addWorking)?.level ?? null).toBe(expected));
  }

  it('the clock that reaches the next level first decides', () => {
    const accept: SlaClock = { name: 'accept', dueAt: '2026-03-02T01:00:00.000Z', slaMinutes: 30, basis: 'clock' };
    const complete = clock(60);
    expect(nextEscalation([complete, accept], 0, '2026-03-02T01:10:00Z', addWorking)).toEqual({
      level: 1,
      recipient: 'assignee',
      clock: 'accept',
      dueAt: '2026-03-02T01:00:00.000Z',
    });
    expect(nextEscalation([complete, accept], 1, '2026-03-02T01:30:00Z', addWorking)).toMatchObject({ level: 2, clock: 'accept' });
    expect(nextEscalation([], 0, '2030-01-01T00:00:00Z', addWorking)).toBeNull();
  });
});

describe('clocks and overdue', () => {
  const base: SlaSubject = { status: 'submitted', acceptedAt: null, assignmentAcceptedAt: null, acceptDueAt: '2026-03-02T01:00:00.000Z', completeDueAt: due };
  const sla = { acceptMinutes: 30, completeMinutes: 240, basis: 'clock' as const };
  const cases: Array<[string, SlaSubject, string[], boolean]> = [
    // [name, order, running clocks, overdue at 01:30Z]
    ['a new order runs both clocks; late to accept', base, ['accept', 'complete'], true],
    ['accepted by the desk: only the complete clock', { ...base, status: 'accepted', acceptedAt: '2026-03-02T00:30:00Z' }, ['complete'], false],
    ['assignee accepted: only the complete clock', { ...base, status: 'dispatched', assignmentAcceptedAt: '2026-03-02T00:30:00Z' }, ['complete'], false],
    ['paused orders keep their clocks', { ...base, status: 'paused', acceptedAt: '2026-03-02T00:30:00Z', completeDueAt: '2026-03-02T01:00:00.000Z' }, ['complete'], true],
    ['completed orders run no clock', { ...base, status: 'completed' }, [], false],
    ['closed orders run no clock', { ...base, status: 'closed' }, [], false],
    ['cancelled orders run no clock', { ...base, status: 'cancelled' }, [], false],
    ['no deadlines, no clocks', { ...base, acceptDueAt: null, completeDueAt: null }, [], false],
  ];
  for (const [name, order, clocks, overdue] of cases) {
    it(name, () => {
      expect(runningClocks(order, sla).map((c) => c.name)).toEqual(clocks);
      expect(isWorkOrderOverdue(order, '2026-03-02T01:30:00Z')).toBe(overdue);
    });
  }
});
