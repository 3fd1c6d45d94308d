import { api, request } from '../../ui/api';

export type DayKind = 'off' | 'work';

export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string;
}

export interface CalendarYear {
  year: number;
  complete: boolean;
  source: 'seed' | 'import' | 'manual' | null;
  updatedAt: string | null;
  days: CalendarDay[];
}

/** The State Council notice in holiday-cn form; isOffDay false marks a make-up workday. */
export interface HolidayFile {
  year: number;
  days: { name: string; date: string; isOffDay: boolean }[];
}

/** GET /api/calendar/earliest-service-date: the first date a booking made now may name. */
export interface EarliestServiceDate {
  date: string;
  calendarComplete: boolean;
}

export const calendarKey = (year: number) => ['calendar', year] as const;

export const calendarApi = {
  year: (year: number, signal?: AbortSignal) => api.get<CalendarYear>('/api/calendar/days', { year }, signal),
  importYear: (file: HolidayFile) => api.post<CalendarYear>(`/api/calendar/years/${file.year}/import`, file),
  putDay: (day: CalendarDay) => api.put<CalendarDay>(`/api/calendar/days/${day.date}`, { kind: day.kind, name: day.name }),
  removeDay: (date: string) => request<void>('DELETE', `/api/calendar/days/${date}`),
  markComplete: (year: number) => api.post<CalendarYear>(`/api/calendar/years/${year}/complete`),
  clearComplete: (year: number) => request<void>('DELETE', `/api/calendar/years/${year}/complete`),
};

/**
 * Reads a holiday-cn file in the browser so the counts can be shown before anything is sent;
 * the server checks every entry again.
 */
export function parseHolidayFile(text: string): HolidayFile | null {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { year, days } = value as { year?: unknown; days?: unknown };
  if (typeof year !== 'number' || !Array.isArray(days)) return null;
  const entries = days.filter(
    (d): d is HolidayFile['days'][number] =>
      typeof d === 'object' && d !== null && typeof d.date === 'string' && typeof d.name === 'string' && typeof d.isOffDay === 'boolean',
  );
  if (entries.length !== days.length) return null;
  return { year, days: entries.map((d) => ({ name: d.name, date: d.date, isOffDay: d.isOffDay })) };
}
