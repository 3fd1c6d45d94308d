import { WorkingCalendar, type CalendarData } from './working-calendar.js';

/**
 * For tests: the State Council notice for 2026 — days off, and the make-up workdays (a Sunday and
 * Saturdays: 01-04, 02-14, 02-28, 05-09, 09-20, 10-10). Mid-Autumn 09-25..27, National Day 10-01..07.
 */
const OFF_2026: [string, string][] = [
  ['01-01', '01-03'],
  ['02-15', '02-23'],
  ['04-04', '04-06'],
  ['05-01', '05-05'],
  ['06-19', '06-21'],
  ['09-25', '09-27'],
  ['10-01', '10-07'],
];
const WORK_2026 = ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'];

export function data2026(): CalendarData {
  const days: CalendarData['days'] = [];
  for (const [from, to] of OFF_2026) {
    for (let d = Date.parse(`2026-${from}`); d <= Date.parse(`2026-${to}`); d += 86_400_000) {
      days.push({ date: new Date(d).toISOString().slice(0, 10), kind: 'off' });
    }
  }
  for (const md of WORK_2026) days.push({ date: `2026-${md}`, kind: 'work' });
  return { days, completeYears: [2026] };
}

export function calendar2026(): WorkingCalendar {
  return new WorkingCalendar(data2026());
}
