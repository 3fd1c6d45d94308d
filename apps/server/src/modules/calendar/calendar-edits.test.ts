import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';
import { getWorkingCalendar, invalidateWorkingCalendar } from './working-calendar-cache.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.as('admin').post('/api/users', { username: 'coadmin', password: TEST_PASSWORD, name: '公司管理员 李', roles: ['companyAdmin'], projectIds: [] });
  if (res.statusCode !== 201) throw new Error(res.body);
});
afterAll(async () => t.close());

const yearOf = async (year: number) => (await t.as(null).get(`/api/calendar/days?year=${year}`)).json();
const earliest = async (requestedAt: string, n: number) =>
  (await t.as(null).get(`/api/calendar/earliest-service-date?requestedAt=${requestedAt}&leadWorkingDays=${n}`)).json();
const auditActions = async (entityId: string) =>
  (await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', entityId).orderBy('at').execute()).map((a) => a.action);

describe('hand edits: PUT and DELETE /api/calendar/days/:date', () => {
  it('only the system administrator edits (companyAdmin included in the 403s)', async () => {
    for (const who of ['coadmin', 'regional', 'manager', 'butler', 'technician', 'owner']) {
      expect((await t.as(who).put('/api/calendar/days/2028-10-02', { kind: 'off', name: '国庆节' })).statusCode, who).toBe(403);
      expect((await t.as(who).delete('/api/calendar/days/2026-10-01')).statusCode, who).toBe(403);
      expect((await t.as(who).post('/api/calendar/years/2028/complete')).statusCode, who).toBe(403);
      expect((await t.as(who).delete('/api/calendar/years/2026/complete')).statusCode, who).toBe(403);
    }
    expect((await t.as(null).put('/api/calendar/days/2028-10-02', { kind: 'off', name: '国庆节' })).statusCode).toBe(401);
  });

  it('a day entered in a year without data counts, but the year stays incomplete', async () => {
    const res = await t.as('admin').put('/api/calendar/days/2028-10-02', { kind: 'off', name: '国庆节' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ date: '2028-10-02', kind: 'off', name: '国庆节' });
    expect(await yearOf(2028)).toMatchObject({ complete: false, source: null, days: [{ date: '2028-10-02', kind: 'off', name: '国庆节' }] });
    // Monday 2 October 2028 is now a day off: Friday 29 September + N = 2 skips to Tuesday.
    expect(await earliest('2028-09-29T02:00:00Z', 2)).toEqual({ date: '2028-10-04', calendarComplete: false });
    expect(await auditActions('2028-10-02')).toEqual(['create']);
  });

  it('marking the year complete makes the answer official; clearing it undoes that but keeps the rows', async () => {
    const marked = await t.as('admin').post('/api/calendar/years/2028/complete');
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ year: 2028, complete: true, source: 'manual' });
    expect(await earliest('2028-09-29T02:00:00Z', 2)).toEqual({ date: '2028-10-04', calendarComplete: true });
    expect((await t.as('admin').post('/api/calendar/years/2028/complete')).json().complete).toBe(true);

    expect((await t.as('admin').delete('/api/calendar/years/2028/complete')).statusCode).toBe(204);
    expect(await yearOf(2028)).toMatchObject({ complete: false, days: [{ date: '2028-10-02' }] });
    expect(await earliest('2028-09-29T02:00:00Z', 2)).toEqual({ date: '2028-10-04', calendarComplete: false });
    expect((await t.as('admin').delete('/api/calendar/years/2028/complete')).statusCode).toBe(404);
    expect(await auditActions('2028')).toEqual(['markComplete', 'clearComplete']);
  });

  it('an edit in a seeded year makes its source manual and keeps it complete', async () => {
    const res = await t.as('admin').put('/api/calendar/days/2026-10-10', { kind: 'off', name: '国庆节' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await yearOf(2026)).toMatchObject({ complete: true, source: 'manual' });
    expect((await yearOf(2026)).days).toContainEqual({ date: '2026-10-10', kind: 'off', name: '国庆节' });
    expect(await auditActions('2026-10-10')).toEqual(['update']);
  });

  it('removing a day returns it to Monday–Friday; removing it again is 404', async () => {
    expect((await t.as('admin').delete('/api/calendar/days/2026-10-10')).statusCode).toBe(204);
    // Saturday 10 October 2026 is an ordinary weekend day now.
    expect(await earliest('2026-10-09T02:00:00Z', 2)).toEqual({ date: '2026-10-13', calendarComplete: true });
    const again = await t.as('admin').delete('/api/calendar/days/2026-10-10');
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe('日历日期不存在或您无权查看');
  });

  it.each([
    ['kind', '2026-03-04', { kind: 'work', name: '调休' }], // a Wednesday is a workday already
    ['date', '2026-02-30', { kind: 'off', name: '春节' }],
    ['date', '1999-10-01', { kind: 'off', name: '国庆节' }],
    ['date', '2026-1-01', { kind: 'off', name: '元旦' }],
    ['kind', '2026-03-07', { kind: 'holiday', name: '元旦' }],
    ['name', '2026-03-07', { kind: 'off', name: '' }],
  ])('a bad %s is 400 naming it, nothing written', async (field, date, body) => {
    const res = await t.as('admin').put(`/api/calendar/days/${date}`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual([field]);
    expect(await t.ctx.db.selectFrom('calendar_days').select('date').where('date', '=', date).executeTakeFirst()).toBeUndefined();
  });

  it('a make-up workday on a weekend is accepted, in English too when refused', async () => {
    expect((await t.as('admin').put('/api/calendar/days/2028-10-07', { kind: 'work', name: '国庆节' })).statusCode).toBe(200);
    const res = await t.as('admin').put('/api/calendar/days/2028-10-09', { kind: 'work', name: '国庆节' }, { 'accept-language': 'en' });
    expect(res.json().error.fields.kind).toBe('A make-up workday must fall on a Saturday or Sunday');
  });
});

describe('the cached calendar', () => {
  it('is shared between calls and sees another process’s edit within a minute', async () => {
    invalidateWorkingCalendar();
    const first = await getWorkingCalendar(t.ctx.db);
    expect(await getWorkingCalendar(t.ctx.db)).toBe(first);
    expect(first.isWorkingDay('2030-05-06')).toBe(true);

    // A write that does not pass through this process, as the worker or another server would make it.
    const now = new Date().toISOString();
    await t.ctx.db.insertInto('calendar_days').values({ date: '2030-05-06', year: 2030, kind: 'off', name: '劳动节', created_at: now, updated_at: now }).execute();
    expect((await getWorkingCalendar(t.ctx.db)).isWorkingDay('2030-05-06')).toBe(true);

    const later = Date.now() + 61_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    try {
      const fresh = await getWorkingCalendar(t.ctx.db);
      expect(fresh.isWorkingDay('2030-05-06')).toBe(false);
      // Unchanged tables after the next minute: the same calendar is kept.
      vi.spyOn(Date, 'now').mockReturnValue(later + 61_000);
      expect(await getWorkingCalendar(t.ctx.db)).toBe(fresh);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('a transaction reads the same cached calendar as the database', async () => {
    const outside = await getWorkingCalendar(t.ctx.db);
    const inside = await t.ctx.db.transaction().execute((trx) => getWorkingCalendar(trx));
    expect(inside).toBe(outside);
  });
});
