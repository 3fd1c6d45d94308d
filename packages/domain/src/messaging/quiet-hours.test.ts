import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS, deliveryTime, inQuietHours, quietHoursEnd, validQuietHours, type DeliveryTimeInput } from './quiet-hours.js';

const sms = (at: string, extra: Partial<DeliveryTimeInput> = {}): DeliveryTimeInput => ({ channel: 'sms', at: new Date(at), urgent: false, requestedTime: false, quiet: DEFAULT_QUIET_HOURS, ...extra });

describe('quiet hours 21:00–08:00 Shanghai', () => {
  it.each([
    // [instant UTC, Shanghai wall clock, quiet?]
    ['2026-03-02T12:59:00Z', '20:59', false],
    ['2026-03-02T13:00:00Z', '21:00', true],
    ['2026-03-02T15:59:00Z', '23:59', true],
    ['2026-03-02T16:00:00Z', '00:00 next day', true],
    ['2026-03-02T17:30:00Z', '01:30 next day (17:30Z is already tomorrow in Shanghai)', true],
    ['2026-03-02T23:59:00Z', '07:59', true],
    ['2026-03-03T00:00:00Z', '08:00', false],
    ['2026-03-03T04:00:00Z', '12:00', false],
  ])('%s (%s) quiet: %s', (at, _wall, quiet) => {
    expect(inQuietHours(new Date(at), DEFAULT_QUIET_HOURS)).toBe(quiet);
  });

  it('a period that does not wrap midnight, and an empty one', () => {
    const noon = { start: '12:00', end: '14:00' };
    expect(inQuietHours(new Date('2026-03-02T04:30:00Z'), noon)).toBe(true);
    expect(inQuietHours(new Date('2026-03-02T06:00:00Z'), noon)).toBe(false);
    expect(quietHoursEnd(new Date('2026-03-02T04:30:00Z'), noon).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    expect(inQuietHours(new Date('2026-03-02T17:30:00Z'), { start: '00:00', end: '00:00' })).toBe(false);
  });

  it('validates HH:MM pairs', () => {
    expect(validQuietHours({ start: '22:00', end: '07:30' })).toBe(true);
    expect(validQuietHours({ start: '25:00', end: '07:30' })).toBe(false);
    expect(validQuietHours({ start: '22:00', end: '7' })).toBe(false);
  });
});

describe('deliveryTime', () => {
  it.each([
    // [case, input, notBefore, deferred, reason]
    ['SMS in the afternoon goes now', sms('2026-03-02T06:00:00Z'), '2026-03-02T06:00:00.000Z', false, 'outsideQuietHours'],
    ['SMS at 22:00 waits for 08:00 tomorrow', sms('2026-03-02T14:00:00Z'), '2026-03-03T00:00:00.000Z', true, 'quietHours'],
    ['SMS at 17:30Z (01:30 Shanghai) waits for 08:00 that same Shanghai day', sms('2026-03-02T17:30:00Z'), '2026-03-03T00:00:00.000Z', true, 'quietHours'],
    ['SMS at 23:59 across midnight waits for 08:00', sms('2026-03-02T15:59:00Z'), '2026-03-03T00:00:00.000Z', true, 'quietHours'],
    ['SMS at 07:59 waits one minute', sms('2026-03-02T23:59:00Z'), '2026-03-03T00:00:00.000Z', true, 'quietHours'],
    ['emergency SMS at 02:00 goes now', sms('2026-03-02T18:00:00Z', { urgent: true }), '2026-03-02T18:00:00.000Z', false, 'urgent'],
    ['wake-up call the owner asked for at 06:00 goes at 06:00', sms('2026-03-02T22:00:00Z', { requestedTime: true }), '2026-03-02T22:00:00.000Z', false, 'requestedTime'],
    ['in-app at 02:00 is never held back', sms('2026-03-02T18:00:00Z', { channel: 'inApp' }), '2026-03-02T18:00:00.000Z', false, 'notSms'],
    ['e-mail at 02:00 is not held back', sms('2026-03-02T18:00:00Z', { channel: 'email' }), '2026-03-02T18:00:00.000Z', false, 'notSms'],
    ['a project with 22:30–07:00: SMS at 22:00 goes now', sms('2026-03-02T14:00:00Z', { quiet: { start: '22:30', end: '07:00' } }), '2026-03-02T14:00:00.000Z', false, 'outsideQuietHours'],
    ['a project with 22:30–07:00: SMS at 23:00 waits for 07:00', sms('2026-03-02T15:00:00Z', { quiet: { start: '22:30', end: '07:00' } }), '2026-03-02T23:00:00.000Z', true, 'quietHours'],
  ] as const)('%s', (_name, input, notBefore, deferred, reason) => {
    const r = deliveryTime(input);
    expect([r.notBefore.toISOString(), r.deferred, r.reason]).toEqual([notBefore, deferred, reason]);
  });
});
