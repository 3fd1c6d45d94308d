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
