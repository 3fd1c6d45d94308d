import { describe, expect, it } from 'vitest';
import type { DrillSlot, PeakSalesPeriod } from './drill-timetable.js';
import { drillRecordProblem, periodHoldsSlot, slotPlannedInTime, type DrillRecordProblem } from './drill-rules.js';

// 10:00–11:00 Shanghai = 02:00Z–03:00Z.
const slot: DrillSlot = { salesCenterId: 'sc1', date: '2026-05-01', start: '10:00', end: '11:00', kind: 'guardDrill' };
const period: PeakSalesPeriod = { salesCenterId: 'sc1', startDate: '2026-05-01', endDate: '2026-05-05', startTime: '09:00', endTime: '17:00' };

describe('drillRecordProblem', () => {
  it.each([
    ['the day before', '2026-04-30T02:00:00Z', 'tooEarly'],
    ['16 minutes early', '2026-05-01T01:44:00Z', 'tooEarly'],
    ['15 minutes early', '2026-05-01T01:45:00Z', null],
    ['during the hour', '2026-05-01T02:30:00Z', null],
    ['last moment of the hour', '2026-05-01T02:59:59.999Z', null],
    ['the hour has ended', '2026-05-01T03:00:00Z', 'ended'],
    ['the next day', '2026-05-02T03:00:00Z', 'ended'],
  ] as Array<[string, string, DrillRecordProblem | null]>)('%s → %s', (_label, now, problem) => {
    expect(drillRecordProblem(slot, now)).toBe(problem);
  });
});

describe('periodHoldsSlot', () => {
  it.each([
    [period, true],
    [{ ...period, startTime: '09:30' }, false], // off its hour grid
    [{ ...period, startTime: '10:00', endTime: '10:59' }, false], // invalid period
    [{ ...period, endTime: '10:30' }, false], // the hour would end after the period
    [{ ...period, startDate: '2026-05-02' }, false], // another date
    [{ ...period, salesCenterId: 'sc2' }, false],
    [{ ...period, weekdays: [5] }, true], // 2026-05-01 is a Friday
    [{ ...period, weekdays: [6, 7] }, false],
  ] as Array<[PeakSalesPeriod, boolean]>)('%o → %s', (p, holds) => {
    expect(periodHoldsSlot(p, slot)).toBe(holds);
  });
});

describe('slotPlannedInTime', () => {
  it.each([
    ['set up the week before', [{ ...period, createdAt: '2026-04-24T02:00:00Z' }], true],
    ['set up during the hour', [{ ...period, createdAt: '2026-05-01T02:59:00Z' }], true],
    ['set up after the hour ended', [{ ...period, createdAt: '2026-05-01T03:00:00Z' }], false],
    ['a late period beside one set up in time', [{ ...period, createdAt: '2026-05-01T06:00:00Z' }, { ...period, startTime: '10:00', endTime: '12:00', createdAt: '2026-04-01T00:00:00Z' }], true],
    ['an early period not holding the slot', [{ ...period, startTime: '14:00', createdAt: '2026-04-01T00:00:00Z' }], false],
  ] as Array<[string, Array<PeakSalesPeriod & { createdAt: string }>, boolean]>)('%s → %s', (_label, periods, planned) => {
    expect(slotPlannedInTime(periods, slot)).toBe(planned);
  });
});
