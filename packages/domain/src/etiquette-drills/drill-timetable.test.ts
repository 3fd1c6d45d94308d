import { describe, expect, it } from 'vitest';
import {
  DRILL_KINDS,
  drillRotationProblem,
  drillSlotStatus,
  drillTimetable,
  missedDrills,
  peakPeriodCovers,
  peakPeriodProblem,
  type DrillKind,
  type DrillRecord,
  type DrillSlot,
  type DrillSlotStatus,
  type PeakPeriodProblem,
  type PeakSalesPeriod,
} from './drill-timetable.js';

const G: DrillKind = 'guardDrill';
const R: DrillKind = 'receptionEtiquette';
const B: DrillKind = 'butlerSimulation';

// May Day holiday peak, then weekend peaks in the morning and the afternoon; a second sales center.
const labourDay: PeakSalesPeriod = { salesCenterId: 'sc1', startDate: '2026-05-01', endDate: '2026-05-05', startTime: '10:00', endTime: '17:00' };
const weekendMorning: PeakSalesPeriod = { salesCenterId: 'sc1', startDate: '2026-05-06', endDate: '2026-05-31', startTime: '10:00', endTime: '12:00', weekdays: [6, 7] };
const weekendAfternoon: PeakSalesPeriod = { ...weekendMorning, startTime: '14:00', endTime: '16:30' };
const otherCenter: PeakSalesPeriod = { salesCenterId: 'sc2', startDate: '2026-05-01', endDate: '2026-05-01', startTime: '09:30', endTime: '11:30' };
const periods = [labourDay, weekendMorning, weekendAfternoon, otherCenter];

const board = (slots: DrillSlot[]) => slots.map((s) => `${s.salesCenterId} ${s.start}-${s.end} ${s.kind}`);

describe('peakPeriodProblem', () => {
  it.each([
    [labourDay, null],
    [weekendMorning, null],
    [{ ...labourDay, startTime: '10:00', endTime: '11:00' }, null],
    [{ ...labourDay, endTime: '24:00' }, null],
    [{ ...labourDay, startDate: '2026-02-30' }, { field: 'startDate', reason: 'format' }],
    [{ ...labourDay, endDate: '2026/05/05' }, { field: 'endDate', reason: 'format' }],
    [{ ...labourDay, endDate: '2026-04-30' }, { field: 'endDate', reason: 'beforeStart' }],
    [{ ...labourDay, startTime: '9:00' }, { field: 'startTime', reason: 'format' }],
    [{ ...labourDay, startTime: '24:00' }, { field: 'startTime', reason: 'format' }],
    [{ ...labourDay, endTime: '25:00' }, { field: 'endTime', reason: 'format' }],
    [{ ...labourDay, endTime: '10:59' }, { field: 'endTime', reason: 'lessThanAnHour' }],
    [{ ...labourDay, endTime: '09:00' }, { field: 'endTime', reason: 'lessThanAnHour' }],
    [{ ...labourDay, weekdays: [0] }, { field: 'weekdays', reason: 'format' }],
    [{ ...labourDay, weekdays: [8] }, { field: 'weekdays', reason: 'format' }],
    [{ ...labourDay, weekdays: [1.5] }, { field: 'weekdays', reason: 'format' }],
  ] as Array<[PeakSalesPeriod, PeakPeriodProblem | null]>)('%o → %o', (period, problem) => {
    expect(peakPeriodProblem(period)).toEqual(problem);
  });
});

describe('drillRotationProblem', () => {
  it.each([
    [[...DRILL_KINDS], null],
    [[B, B, G], null],
    [[], 'empty'],
    [[G, 'fireDrill'], 'unknownKind'],
  ] as Array<[string[], string | null]>)('%o → %o', (rotation, problem) => {
    expect(drillRotationProblem(rotation)).toBe(problem);
  });
});

describe('peakPeriodCovers', () => {
  it.each([
    [labourDay, '2026-04-30', false],
    [labourDay, '2026-05-01', true],
    [labourDay, '2026-05-05', true],
    [labourDay, '2026-05-06', false],
    [weekendMorning, '2026-05-09', true], // Saturday
    [weekendMorning, '2026-05-10', true], // Sunday
    [weekendMorning, '2026-05-11', false], // Monday
    [weekendMorning, '2026-05-31', true], // last day, a Sunday
    [weekendMorning, '2026-06-06', false], // a Saturday after the period
    [{ ...weekendMorning, weekdays: [] }, '2026-05-11', true], // no weekdays: every day
    [labourDay, 'not-a-date', false],
  ] as Array<[PeakSalesPeriod, string, boolean]>)('%o on %s → %s', (period, date, covers) => {
    expect(peakPeriodCovers(period, date)).toBe(covers);
  });
});

describe('drillTimetable', () => {
  it.each([
    ['2026-04-30', []], // the day before the first peak
    ['2026-05-01', ['sc1 10:00-11:00 guardDrill', 'sc1 11:00-12:00 receptionEtiquette', 'sc1 12:00-13:00 butlerSimulation', 'sc1 13:00-14:00 guardDrill', 'sc1 14:00-15:00 receptionEtiquette', 'sc1 15:00-16:00 butlerSimulation', 'sc1 16:00-17:00 guardDrill']],
    ['2026-05-05', ['sc1 10:00-11:00 guardDrill', 'sc1 11:00-12:00 receptionEtiquette', 'sc1 12:00-13:00 butlerSimulation', 'sc1 13:00-14:00 guardDrill', 'sc1 14:00-15:00 receptionEtiquette', 'sc1 15:00-16:00 butlerSimulation', 'sc1 16:00-17:00 guardDrill']], // last day of the holiday peak, inclusive
    ['2026-05-06', []], // Wednesday in the weekend-only period
    ['2026-05-09', ['sc1 10:00-11:00 guardDrill', 'sc1 11:00-12:00 receptionEtiquette', 'sc1 14:00-15:00 butlerSimulation', 'sc1 15:00-16:00 guardDrill']], // morning and afternoon; 16:00 would end after 16:30
    ['2026-06-01', []],
  ] as Array<[string, string[]]>)('sc1 on %s', (date, expected) => {
    expect(board(drillTimetable(periods, date, { salesCenterId: 'sc1' }))).toEqual(expected);
  });

  it('gives each sales center its own timetable and rotation', () => {
    const slots = drillTimetable(periods, '2026-05-01');
    expect(board(slots.filter((s) => s.salesCenterId === 'sc2'))).toEqual(['sc2 09:30-10:30 guardDrill', 'sc2 10:30-11:30 receptionEtiquette']);
    expect(slots).toHaveLength(9);
    expect(slots.every((s) => s.date === '2026-05-01')).toBe(true);
  });

  it('restarts the rotation each day', () => {
    const first = (date: string) => drillTimetable(periods, date, { salesCenterId: 'sc1' })[0]!.kind;
    expect([first('2026-05-01'), first('2026-05-02'), first('2026-05-09'), first('2026-05-10')]).toEqual([G, G, G, G]);
  });

  it.each([
    [[B], [B, B, B, B, B, B, B]],
    [[R, G], [R, G, R, G, R, G, R]],
    [[G, R, G, B], [G, R, G, B, G, R, G]],
    [[], [G, R, B, G, R, B, G]], // empty: the default order
  ] as Array<[DrillKind[], DrillKind[]]>)('follows a configured rotation %o', (rotation, kinds) => {
    expect(drillTimetable([labourDay], '2026-05-02', { rotation }).map((s) => s.kind)).toEqual(kinds);
  });

  it('takes a rotation per sales center', () => {
    const slots = drillTimetable(periods, '2026-05-01', { rotation: { sc2: [B] } });
    expect(slots.filter((s) => s.salesCenterId === 'sc2').map((s) => s.kind)).toEqual([B, B]);
    expect(slots.filter((s) => s.salesCenterId === 'sc1').map((s) => s.kind).slice(0, 3)).toEqual([G, R, B]);
  });

  it('merges overlapping periods of a day into one slot per start time', () => {
    const early: PeakSalesPeriod = { ...labourDay, startDate: '2026-05-01', endDate: '2026-05-01', startTime: '09:00', endTime: '11:00' };
    expect(drillTimetable([labourDay, early], '2026-05-01').map((s) => s.start)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
  });

  it('keeps slots on the hour grid of each period', () => {
    const offGrid: PeakSalesPeriod = { ...labourDay, startTime: '10:15', endTime: '12:30' };
    expect(drillTimetable([offGrid], '2026-05-01').map((s) => `${s.start}-${s.end}`)).toEqual(['10:15-11:15', '11:15-12:15']);
  });

  it('ignores an invalid period', () => {
    expect(drillTimetable([{ ...labourDay, endTime: '10:30' }], '2026-05-01')).toEqual([]);
  });
});

describe('drill slot status and missed drills (10:00 Shanghai = 02:00Z)', () => {
  const slot: DrillSlot = { salesCenterId: 'sc1', date: '2026-05-01', start: '10:00', end: '11:00', kind: G };
  const rec = (recordedAt: string, patch: Partial<DrillRecord> = {}): DrillRecord => ({ salesCenterId: 'sc1', date: '2026-05-01', start: '10:00', recordedAt, ...patch });

  it.each([
    ['before the hour', [], '2026-05-01T01:59:59.999Z', 'upcoming'],
    ['the hour starts', [], '2026-05-01T02:00:00.000Z', 'due'],
    ['last moment of the hour', [], '2026-05-01T02:59:59.999Z', 'due'],
    ['the hour has passed', [], '2026-05-01T03:00:00.000Z', 'missed'],
    ['the next day', [], '2026-05-02T03:00:00.000Z', 'missed'],
    ['recorded on time', [rec('2026-05-01T02:05:00Z')], '2026-05-01T03:00:00Z', 'done'],
    ['recorded late within the hour', [rec('2026-05-01T02:59:59.999Z')], '2026-05-01T03:30:00Z', 'done'],
    ['recorded at the end of the hour', [rec('2026-05-01T03:00:00.000Z')], '2026-05-01T03:30:00Z', 'missed'],
    ['recorded during the hour, seen during it', [rec('2026-05-01T02:20:00Z')], '2026-05-01T02:30:00Z', 'done'],
    ['record not yet made at now', [rec('2026-05-01T02:40:00Z')], '2026-05-01T02:30:00Z', 'due'],
    ['record of another slot', [rec('2026-05-01T02:10:00Z', { start: '11:00' })], '2026-05-01T03:00:00Z', 'missed'],
    ['record of another sales center', [rec('2026-05-01T02:10:00Z', { salesCenterId: 'sc2' })], '2026-05-01T03:00:00Z', 'missed'],
    ['record of another date', [rec('2026-05-01T02:10:00Z', { date: '2026-05-02' })], '2026-05-01T03:00:00Z', 'missed'],
  ] as Array<[string, DrillRecord[], string, DrillSlotStatus]>)('%s → %s', (_label, records, now, status) => {
    expect(drillSlotStatus(slot, records, now)).toBe(status);
  });

  it('flags the slots whose hour passed without a record, at 13:00 Shanghai', () => {
    const day = drillTimetable([labourDay], '2026-05-01');
    const records = [
      rec('2026-05-01T02:10:00Z'), // 10:00 done
      rec('2026-05-01T04:30:00Z', { start: '11:00' }), // 11:00 recorded at 12:30: too late
      rec('2026-05-01T04:59:00Z', { start: '12:00' }), // 12:00 recorded at 12:59
    ];
    expect(missedDrills(day, records, '2026-05-01T05:00:00Z').map((s) => s.start)).toEqual(['11:00']);
    expect(missedDrills(day, records, new Date('2026-05-01T04:59:59Z')).map((s) => s.start)).toEqual(['11:00']);
    expect(missedDrills(day, [], '2026-05-01T09:00:00Z')).toHaveLength(7); // after 17:00
    expect(missedDrills(day, [], '2026-05-01T01:00:00Z')).toEqual([]);
  });
});
