import { describe, expect, it } from 'vitest';
import { shanghaiInstant, slotWithinServiceHours, venueHoursProblem, venueSlotAt, venueSlotGrid, venueSlotStatus } from './venue-slots.js';

describe('venueHoursProblem', () => {
  it.each([
    [{ openTime: '09:00', closeTime: '21:00', slotMinutes: 60 }, null],
    [{ openTime: '08:30', closeTime: '22:00', slotMinutes: 90 }, null],
    [{ openTime: '00:00', closeTime: '24:00', slotMinutes: 480 }, null],
    [{ openTime: '9:00', closeTime: '21:00', slotMinutes: 60 }, { field: 'openTime', reason: 'format' }],
    [{ openTime: '24:00', closeTime: '24:00', slotMinutes: 60 }, { field: 'openTime', reason: 'format' }],
    [{ openTime: '09:00', closeTime: '25:00', slotMinutes: 60 }, { field: 'closeTime', reason: 'format' }],
    [{ openTime: '09:00', closeTime: '24:30', slotMinutes: 30 }, { field: 'closeTime', reason: 'format' }],
    [{ openTime: '21:00', closeTime: '09:00', slotMinutes: 60 }, { field: 'closeTime', reason: 'notAfterOpen' }],
    [{ openTime: '09:00', closeTime: '09:00', slotMinutes: 60 }, { field: 'closeTime', reason: 'notAfterOpen' }],
    [{ openTime: '09:00', closeTime: '21:00', slotMinutes: 10 }, { field: 'slotMinutes', reason: 'range' }],
    [{ openTime: '09:00', closeTime: '21:00', slotMinutes: 481 }, { field: 'slotMinutes', reason: 'range' }],
    [{ openTime: '09:00', closeTime: '21:00', slotMinutes: 45.5 }, { field: 'slotMinutes', reason: 'range' }],
    [{ openTime: '09:00', closeTime: '21:00', slotMinutes: 50 }, { field: 'slotMinutes', reason: 'notDividing' }],
  ])('%o → %o', (hours, expected) => {
    expect(venueHoursProblem(hours)).toEqual(expected);
  });
});

describe('venue slot grid', () => {
  const hours = { openTime: '09:00', closeTime: '12:00', slotMinutes: 90 };

  it('lays slots from the opening time to the closing time', () => {
    expect(venueSlotGrid(hours)).toEqual([
      { start: '09:00', end: '10:30' },
      { start: '10:30', end: '12:00' },
    ]);
  });

  it.each([
    ['09:00', { start: '09:00', end: '10:30' }],
    ['10:30', { start: '10:30', end: '12:00' }],
    ['10:00', null],
    ['08:30', null],
    ['12:00', null],
    ['xx', null],
  ])('slot at %s → %o', (start, expected) => {
    expect(venueSlotAt(hours, start)).toEqual(expected);
  });
});

describe('venueSlotStatus', () => {
  const slot = { start: '09:00', end: '10:00' };
  // 2026-03-02 09:00 in Shanghai is 01:00 UTC.
  it('converts Shanghai wall clock to UTC', () => {
    expect(shanghaiInstant('2026-03-02', '09:00').toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(shanghaiInstant('2026-03-02', '24:00').toISOString()).toBe('2026-03-02T16:00:00.000Z');
  });

  it.each([
    ['booked even when past', { booked: true, served: true, now: '2026-03-03T00:00:00Z', earliestDate: '2026-03-01' }, 'booked'],
    ['past once begun', { booked: false, served: true, now: '2026-03-02T01:00:00Z', earliestDate: '2026-03-01' }, 'past'],
    ['closed outside the service hours', { booked: false, served: false, now: '2026-03-01T00:00:00Z', earliestDate: '2026-03-03' }, 'closed'],
    ['too early before the earliest date', { booked: false, served: true, now: '2026-03-01T00:00:00Z', earliestDate: '2026-03-03' }, 'tooEarly'],
    ['free on the earliest date', { booked: false, served: true, now: '2026-03-01T00:00:00Z', earliestDate: '2026-03-02' }, 'free'],
  ])('%s', (_name, input, expected) => {
    expect(venueSlotStatus({ date: '2026-03-02', slot, ...input, now: new Date(input.now) })).toBe(expected);
  });

  const hours = { start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5] };
  it.each([
    ['2026-03-02', { start: '08:00', end: '09:00' }, true],
    ['2026-03-02', { start: '19:00', end: '20:00' }, true],
    ['2026-03-02', { start: '19:30', end: '20:30' }, false],
    ['2026-03-02', { start: '07:00', end: '08:00' }, false],
    // 2026-03-08 is a Sunday.
    ['2026-03-08', { start: '09:00', end: '10:00' }, false],
  ])('served on %s %o → %s', (date, s, expected) => {
    expect(slotWithinServiceHours(date, s, hours)).toBe(expected);
  });
});
