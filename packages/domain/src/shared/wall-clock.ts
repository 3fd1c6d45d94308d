/** 'HH:MM' wall-clock times and ISO weekdays of YYYY-MM-DD dates, the same on every device. */

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of 'HH:MM' (00:00 … 24:00), or NaN. */
export function hhmmToMinutes(hhmm: string): number {
  const match = HHMM.exec(hhmm);
  if (!match) return NaN;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 24 * 60 ? NaN : minutes;
}

export function minutesToHhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date, whatever the device's time zone; NaN for no date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
