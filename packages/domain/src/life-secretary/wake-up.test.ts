import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import { nextWakeUpOccurrence, validWakeUpTime, wakeUpActions, wakeUpMessageKey, wakeUpMissed, wakeUpNextState } from './wake-up.js';

const at = (iso: string) => new Date(iso);

describe('the next wake-up occurrence (Asia/Shanghai)', () => {
  it.each([
    // [rule, after, expected]
    ['daily 06:30, asked at 05:00 Shanghai → today', { time: '06:30', repeat: 'daily' }, '2026-03-02T21:00:00Z', '2026-03-02T22:30:00.000Z'],
    ['daily 06:30, asked at 23:00 Shanghai → tomorrow', { time: '06:30', repeat: 'daily' }, '2026-03-02T15:00:00Z', '2026-03-02T22:30:00.000Z'],
    ['daily 06:30, asked at 01:00 Shanghai (still 3/2 in UTC) → that Shanghai morning', { time: '06:30', repeat: 'daily' }, '2026-03-02T17:00:00Z', '2026-03-02T22:30:00.000Z'],
    ['daily 06:30, exactly at 06:30 → the next day', { time: '06:30', repeat: 'daily' }, '2026-03-02T22:30:00Z', '2026-03-03T22:30:00.000Z'],
    ['daily 00:10 across midnight', { time: '00:10', repeat: 'daily' }, '2026-03-02T15:50:00Z', '2026-03-02T16:10:00.000Z'],
    ['daily across a month end', { time: '07:00', repeat: 'daily' }, '2026-02-28T12:00:00Z', '2026-02-28T23:00:00.000Z'],
    ['once on a date ahead', { time: '06:30', repeat: 'once', date: '2026-03-05' }, '2026-03-02T06:00:00Z', '2026-03-04T22:30:00.000Z'],
  ] as const)('%s', (_label, rule, after, expected) => {
    expect(nextWakeUpOccurrence(rule, at(after))?.toISOString()).toBe(expected);
  });

  it('a one-off call in the past, or without a date, has no occurrence; a bad time has none', () => {
    expect(nextWakeUpOccurrence({ time: '06:30', repeat: 'once', date: '2026-03-02' }, at('2026-03-02T00:00:00Z'))).toBeNull();
    expect(nextWakeUpOccurrence({ time: '06:30', repeat: 'once' }, at('2026-03-02T00:00:00Z'))).toBeNull();
    expect(nextWakeUpOccurrence({ time: '24:00', repeat: 'daily' }, at('2026-03-02T00:00:00Z'))).toBeNull();
    expect([validWakeUpTime('00:00'), validWakeUpTime('23:59'), validWakeUpTime('24:00'), validWakeUpTime('7:00')]).toEqual([true, true, false, false]);
  });

  it('three days of a daily call advance one day each', () => {
    const rule = { time: '06:30', repeat: 'daily' as const };
    const first = nextWakeUpOccurrence(rule, at('2026-03-02T06:00:00Z'))!;
    const second = nextWakeUpOccurrence(rule, first)!;
    const third = nextWakeUpOccurrence(rule, second)!;
    expect([first, second, third].map((d) => d.toISOString())).toEqual(['2026-03-02T22:30:00.000Z', '2026-03-03T22:30:00.000Z', '2026-03-04T22:30:00.000Z']);
  });

  it('missed after half an hour; one key per call and occurrence', () => {
    expect(wakeUpMissed(at('2026-03-02T22:30:00Z'), at('2026-03-02T22:59:00Z'))).toBe(false);
    expect(wakeUpMissed(at('2026-03-02T22:30:00Z'), at('2026-03-02T23:01:00Z'))).toBe(true);
    expect(wakeUpMessageKey('w1', at('2026-03-02T22:30:00Z'))).toBe('wakeUp:w1:2026-03-02T22:30:00.000Z');
  });
});

describe('the wake-up call state machine', () => {
  it.each([
    ['active', 'cancel', 'cancelled'],
    ['active', 'finish', 'done'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(wakeUpNextState(from, action)).toBe(to);
  });
  it('a cancelled or finished call cannot be cancelled; staff are offered only cancel', () => {
    expect(() => wakeUpNextState('cancelled', 'cancel')).toThrow(ForbiddenTransitionError);
    expect(() => wakeUpNextState('done', 'cancel')).toThrow(ForbiddenTransitionError);
    expect([wakeUpActions('active'), wakeUpActions('done')]).toEqual([['cancel'], []]);
  });
});
