import { hhmmToMinutes } from './wall-clock.js';

/** Business dates are Asia/Shanghai calendar dates; instants are stored in UTC. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const fmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai date (YYYY-MM-DD) of an instant. 2026-02-13T17:30Z → 2026-02-14. */
export function businessDate(instant: Date | string | number): string {
  return fmt.format(new Date(instant));
}

/** YYYYMMDD form used in human-readable numbers. */
export function compactBusinessDate(instant: Date | string | number): string {
  return businessDate(instant).replaceAll('-', '');
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Minutes since Shanghai midnight of an instant. 2026-02-13T17:30Z → 90 (01:30). */
export function businessMinuteOfDay(instant: Date | string | number): number {
  const parts = clock.formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

/** The UTC instant of a Shanghai date and wall-clock time (Shanghai is UTC+8 all year); "24:00" is the next midnight. */
export function shanghaiInstant(date: string, hhmm: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 0, hhmmToMinutes(hhmm) - 8 * 60));
}
