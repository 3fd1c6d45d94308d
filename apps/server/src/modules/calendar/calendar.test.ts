import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';
import { multipartFile } from '../../testing/multipart.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // A company administrator without the system role: the national calendar is not theirs to edit.
  const res = await t.as('admin').post('/api/users', { username: 'coadmin', password: TEST_PASSWORD, name: '公司管理员 李', roles: ['companyAdmin'], projectIds: [] });
  if (res.statusCode !== 201) throw new Error(res.body);
});
afterAll(async () => t.close());

const earliest = (requestedAt: string, n: number | string, who: string | null = null) =>
  t.as(who).get(`/api/calendar/earliest-service-date?requestedAt=${encodeURIComponent(requestedAt)}&leadWorkingDays=${n}`);
const yearOf = async (year: number) => (await t.as(null).get(`/api/calendar/days?year=${year}`)).json();
const auditOf = (entityId: string) =>
  t.ctx.db.selectFrom('audit_log').select(['action', 'entity_type', 'actor_id']).where('entity_id', '=', entityId).orderBy('at').execute();

/** A plausible notice for 2027 in holiday-cn form (the official one is not published yet). */
const notice2027 = {
  $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
  year: 2027,
  papers: ['https://www.gov.cn/'],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: false },
    ...['02-07', '02-08', '02-09', '02-10', '02-11', '02-12', '02-13'].map((md) => ({ name: '春节', date: `2027-${md}`, isOffDay: true })),
    { name: '春节', date: '2027-02-20', isOffDay: false },
  ],
};

describe('seeded national calendar', () => {
  it('covers 2004–2026 as complete years from the bundled data', async () => {
    const years = await t.ctx.db.selectFrom('calendar_years').select(['year', 'source']).orderBy('year').execute();
    expect(years.map((y) => Number(y.year))).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(new Set(years.map((y) => y.source))).toEqual(new Set(['seed']));
  });

  it('anyone, even without logging in, reads 2026 with Chinese names', async () => {
    const body = await yearOf(2026);
    expect(body).toMatchObject({ year: 2026, complete: true, source: 'seed' });
    expect(body.days.filter((d: { kind: string }) => d.kind === 'off')).toHaveLength(33);
    expect(body.days.filter((d: { kind: string }) => d.kind === 'work').map((d: { date: string }) => d.date)).toEqual([
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
    ]);
    expect(body.days).toContainEqual({ date: '2026-02-15', kind: 'off', name: '春节' });
    expect(body.days).toContainEqual({ date: '2026-10-10', kind: 'work', name: '国庆节' });
  });

  it('a year without data says so and lists nothing', async () => {
    expect(await yearOf(2031)).toEqual({ year: 2031, complete: false, source: null, updatedAt: null, days: [] });
  });

  it('a bad year is 400 naming the field', async () => {
    for (const q of ['year=abc', 'year=1999', 'year=2101', '']) {
      const res = await t.as(null).get(`/api/calendar/days?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['year']);
    }
  });
});

describe('GET /api/calendar/earliest-service-date', () => {
  it.each([
    ['2026-02-13T17:30:00Z', 1, '2026-02-15'], // already the Saturday make-up day in Shanghai
    ['2026-02-13T17:30:00Z', 0, '2026-02-14'],
    ['2026-02-13T09:00:00Z', 3, '2026-02-25'],
    ['2026-09-30T04:00:00+08:00', 2, '2026-10-09'],
  ])('%s with N = %i → %s, without logging in', async (at, n, date) => {
    const res = await earliest(at, n);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ date, calendarComplete: true });
  });

  it('signed-in owners and staff get the same answer', async () => {
    for (const who of ['owner', 'butler']) expect((await earliest('2026-02-13T17:30:00Z', 1, who)).json().date).toBe('2026-02-15');
  });

  it('a year without official data falls back to Monday–Friday and says so', async () => {
    // Thursday 2 October 2031 counts as a working day until the notice is loaded.
    expect((await earliest('2031-10-02T02:00:00Z', 1)).json()).toEqual({ date: '2031-10-03', calendarComplete: false });
    expect((await earliest('2026-12-31T02:00:00Z', 2)).json()).toEqual({ date: '2027-01-02', calendarComplete: false });
  });

  it.each([
    ['requestedAt', 'tomorrow', 1],
    ['requestedAt', '2026-02-30T01:00:00Z', 1],
    ['requestedAt', '2026-02-13T17:30:00', 1],
    ['leadWorkingDays', '2026-02-13T17:30:00Z', 31],
    ['leadWorkingDays', '2026-02-13T17:30:00Z', -1],
    ['leadWorkingDays', '2026-02-13T17:30:00Z', 1.5],
    ['leadWorkingDays', '2026-02-13T17:30:00Z', 'x'],
  ])('bad %s (%s, %s) is 400 naming the field', async (field, at, n) => {
    const res = await earliest(at, n);
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual([field]);
  });

  it('the message is in the caller’s language', async () => {
    const res = await t.as(null).get('/api/calendar/earliest-service-date?requestedAt=2026-02-13T17:30:00Z&leadWorkingDays=31', { 'accept-language': 'en' });
    expect(res.json().error.fields.leadWorkingDays).toBe('Must be at most 30');
    expect((await earliest('2026-02-13T17:30:00Z', 31)).json().error.fields.leadWorkingDays).toBe('不能大于 30');
  });
});

describe('POST /api/calendar/years/:year/import (holiday-cn JSON)', () => {
  it('companyAdmin, manager and butler are 403; anonymous 401; nothing is written', async () => {
    for (const who of ['coadmin', 'regional', 'manager', 'butler', 'owner']) {
      expect((await t.as(who).post('/api/calendar/years/2027/import', notice2027)).statusCode, who).toBe(403);
    }
    expect((await t.as(null).post('/api/calendar/years/2027/import', notice2027)).statusCode).toBe(401);
    expect((await yearOf(2027)).complete).toBe(false);
  });

  it.each([
    ['year', { ...notice2027, year: 2028 }],
    ['days.1.date', { ...notice2027, days: [notice2027.days[0], { name: '元旦', date: '2026-12-31', isOffDay: true }] }],
    ['days.1.date', { ...notice2027, days: [notice2027.days[0], { ...notice2027.days[0] }] }],
    ['days.0.date', { ...notice2027, days: [{ name: '春节', date: '2027-02-30', isOffDay: true }] }],
    ['days.0.isOffDay', { ...notice2027, days: [{ name: '春节', date: '2027-02-05', isOffDay: false }] }],
    ['days', { ...notice2027, days: [] }],
    ['days.0.name', { ...notice2027, days: [{ name: ' ', date: '2027-01-01', isOffDay: true }] }],
  ])('refuses a notice with a bad %s, writing nothing', async (field, body) => {
    const res = await t.as('admin').post('/api/calendar/years/2027/import', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual([field]);
    expect(await yearOf(2027)).toMatchObject({ complete: false, days: [] });
  });

  it('the system administrator imports 2027: complete, source import, audited; the rule follows it', async () => {
    const res = await t.as('admin').post('/api/calendar/years/2027/import', notice2027);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, complete: true, source: 'import' });
    expect(res.json().days).toHaveLength(10);
    expect(await auditOf('2027')).toEqual([{ action: 'import', entity_type: 'calendarYear', actor_id: t.demo.users.admin }]);
    // Friday 5 Feb, then Saturday 6 Feb is a make-up workday, then the holiday until 13 Feb.
    expect((await earliest('2027-02-05T02:00:00Z', 2)).json()).toEqual({ date: '2027-02-07', calendarComplete: true });
    expect((await earliest('2027-02-05T02:00:00Z', 3)).json()).toEqual({ date: '2027-02-16', calendarComplete: true });
  });

  it('a second import replaces the year’s rows', async () => {
    const res = await t.as('admin').post('/api/calendar/years/2027/import', { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });
    expect(res.json().days).toEqual([{ date: '2027-01-01', kind: 'off', name: '元旦' }]);
    expect((await earliest('2027-02-05T02:00:00Z', 2)).json()).toEqual({ date: '2027-02-09', calendarComplete: true });
  });

  it('also takes the notice as an uploaded .json file', async () => {
    const file = multipartFile(Buffer.from(JSON.stringify({ ...notice2027, year: 2029, days: [{ name: '元旦', date: '2029-01-01', isOffDay: true }] })), '2029.json', { type: 'application/json' });
    const res = await t.as('admin').post('/api/calendar/years/2029/import-file', file.payload, file.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: 2029, complete: true, source: 'import', days: [{ date: '2029-01-01', kind: 'off', name: '元旦' }] });

    const broken = multipartFile(Buffer.from('{"year":2029,'), '2029.json');
    expect((await t.as('admin').post('/api/calendar/years/2029/import-file', broken.payload, broken.headers)).json().error.fields).toEqual({
      file: '请上传 holiday-cn 格式的 .json 文件',
    });
    const bad = multipartFile(Buffer.from(JSON.stringify({ year: 2029, days: [{ name: '元旦', date: 'soon', isOffDay: true }] })), '2029.json');
    expect(Object.keys((await t.as('admin').post('/api/calendar/years/2029/import-file', bad.payload, bad.headers)).json().error.fields)).toEqual(['days.0.date']);
    const asCompanyAdmin = await t.as('coadmin').post('/api/calendar/years/2029/import-file', file.payload, file.headers);
    expect(asCompanyAdmin.statusCode).toBe(403);
  });
});
