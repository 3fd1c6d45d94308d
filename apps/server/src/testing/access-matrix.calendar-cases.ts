import { ACCOUNTS, type AccessCase, type MatrixContext } from './access-matrix.cases.js';

/** A March 2099 date of this account's own, so rows never touch each other's days. */
const ownDate = (c: MatrixContext) => `2099-03-${String(ACCOUNTS.indexOf(c.account) + 1).padStart(2, '0')}`;

async function ensured(res: Promise<{ statusCode: number; body: string }>): Promise<void> {
  const r = await res;
  if (r.statusCode !== 200) throw new Error(`calendar fixture not written: ${r.statusCode} ${r.body}`);
}

/**
 * The national calendar: anyone reads it (no login needed), only a system administrator writes it —
 * company administrators without that role are refused too (calendar.test.ts covers them).
 */
export const calendarCases: AccessCase[] = [
  {
    name: 'GET /api/calendar/earliest-service-date',
    method: 'GET',
    path: () => '/api/calendar/earliest-service-date?requestedAt=2026-02-13T17:30:00Z&leadWorkingDays=1',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 200 },
  },
  {
    name: 'GET /api/calendar/days?year=2026',
    method: 'GET',
    path: () => '/api/calendar/days?year=2026',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 200 },
  },
  {
    name: 'POST /api/calendar/years/:year/import (holiday-cn JSON for 2099)',
    method: 'POST',
    path: () => '/api/calendar/years/2099/import',
    body: () => ({ year: 2099, days: [{ name: '元旦', date: '2099-01-01', isOffDay: true }] }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PUT /api/calendar/days/:date (a day of 2099)',
    method: 'PUT',
    path: (c) => `/api/calendar/days/${ownDate(c)}`,
    body: () => ({ kind: 'off', name: '矩阵假日' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'DELETE /api/calendar/days/:date (an existing day of 2099)',
    method: 'DELETE',
    path: async (c) => {
      await ensured(c.as('admin').put(`/api/calendar/days/${ownDate(c)}`, { kind: 'off', name: '矩阵假日' }));
      return `/api/calendar/days/${ownDate(c)}`;
    },
    expect: { admin: 204, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/calendar/years/:year/complete (2098)',
    method: 'POST',
    path: () => '/api/calendar/years/2098/complete',
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'DELETE /api/calendar/years/:year/complete (2097, marked complete first)',
    method: 'DELETE',
    path: async (c) => {
      await ensured(c.as('admin').post('/api/calendar/years/2097/complete'));
      return '/api/calendar/years/2097/complete';
    },
    expect: { admin: 204, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
];
