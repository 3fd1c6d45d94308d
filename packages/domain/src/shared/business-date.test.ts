import { describe, expect, it } from 'vitest';
import { businessDate, businessMinuteOfDay, compactBusinessDate } from './business-date.js';

describe('businessDate (Asia/Shanghai)', () => {
  it.each([
    ['2026-02-13T17:30:00Z', '2026-02-14'],
    ['2026-02-13T15:59:59Z', '2026-02-13'],
    ['2026-02-13T16:00:00Z', '2026-02-14'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
  ])('%s is %s in Shanghai', (instant, date) => {
    expect(businessDate(instant)).toBe(date);
  });

  it('compact form for numbers', () => {
    expect(compactBusinessDate('2026-11-27T03:00:00Z')).toBe('20261127');
  });

  it.each([
    ['2026-02-13T17:30:00Z', 90],
    ['2026-02-13T16:00:00Z', 0],
    ['2026-02-13T15:59:00Z', 1439],
  ])('%s is %d minutes past Shanghai midnight', (instant, minutes) => {
    expect(businessMinuteOfDay(instant)).toBe(minutes);
  });
});
