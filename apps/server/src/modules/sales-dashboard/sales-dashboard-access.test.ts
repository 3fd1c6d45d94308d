import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_PASSWORD } from '../../testing/test-app.js';
import { dashboardKit, expectStatus, NOW, type DashboardKit } from './sales-dashboard-test-kit.js';

let k: DashboardKit;
let url: string;

beforeAll(async () => {
  k = await dashboardKit();
  url = `salesCenterId=${k.center}`;
  const frontline = await k.t.as('admin').post('/api/users', { username: 'waterbar', password: TEST_PASSWORD, name: '水吧 小林', roles: ['frontline'], projectIds: [k.t.demo.projectIds[0]] });
  expectStatus(frontline, 201);
  const walkIn = await k.t.as('butler').post('/api/reception/check-in', { type: 'walkIn', salesCenterId: k.center, visitorName: '张先生', consentRecorded: true, consultantId: k.user('sales') });
  expectStatus(walkIn, 201);
  vi.setSystemTime(new Date(NOW.getTime() + 40_000));
  expectStatus(await k.t.as('sales').post(`/api/reception/visits/${walkIn.json().id}/receive`, {}), 200);
  const complaint = await k.t.as('butler').post('/api/work-orders', {
    projectId: k.t.demo.projectIds[0],
    kind: 'complaint',
    channel: 'visit',
    title: '样板房地面湿滑',
    requesterName: '来访客户 钱女士',
    requesterPhone: '13911112222',
    salesCenterId: k.center,
    replyBy: '2026-03-03',
  });
  expectStatus(complaint, 201);
});
afterAll(async () => k.close());

describe('who sees the sales-site dashboard', () => {
  it('company-wide roles, the service-center manager and the butler: every block, with the complaints listed', async () => {
    for (const who of ['admin', 'regional', 'manager', 'butler']) {
      const res = await k.dashboard(url, who);
      expectStatus(res, 200);
      const body = res.json();
      expect(body.totals, who).toMatchObject({ visitors: 1, received: 1, averageWaitSeconds: 40 });
      expect(body.complaints, who).toMatchObject({ open: 1, items: [{ title: '样板房地面湿滑', replyBy: '2026-03-03', accountable: { name: '管家 刘芳' } }] });
      expect(body.dailyCheck, who).toMatchObject({ state: 'inProgress' });
      expect(body.liaisonForms, who).toEqual({ overdue: 1 });
    }
  });

  it('front line: visitors and the complaints (they take them at the desk too), but not the opening check or the liaison forms', async () => {
    const body = (await k.dashboard(url, 'waterbar')).json();
    expect(body.totals).toMatchObject({ visitors: 1, averageWaitSeconds: 40 });
    expect(body.complaints).toMatchObject({ open: 1, overdue: 0, answeredOnTime: 0, answeredLate: 0, settledOnSpot: 0, items: [{ title: '样板房地面湿滑' }] });
    expect([body.dailyCheck, body.liaisonForms]).toEqual([null, null]);
  });

  it('sales manager: visitor counts, waits and consultants, complaint counts without the complaints, and the liaison forms', async () => {
    const res = await k.dashboard(url, 'salesmgr');
    expectStatus(res, 200);
    const body = res.json();
    expect(body.totals).toMatchObject({ visitors: 1, received: 1, averageWaitSeconds: 40 });
    // The demo roster's other two were on duty without a visitor.
    expect(body.consultants.map((c: { consultant: { name: string }; visitors: number; averageWaitSeconds: number | null; daysOnDuty: number }) => [c.consultant.name, c.visitors, c.averageWaitSeconds, c.daysOnDuty])).toEqual([
      ['销售顾问 孙丽', 1, 40, 1],
      ['销售顾问 何静', 0, null, 1],
      ['销售顾问 马超', 0, null, 1],
    ]);
    expect(body.complaints).toMatchObject({ open: 1, items: null });
    expect(res.body).not.toContain('样板房地面湿滑');
    expect(body.dailyCheck).toBeNull();
    expect(body.liaisonForms).toEqual({ overdue: 1 });
  });

  it('consultants, marketing, technicians and owners: 403, before the query is looked at; anonymous: 401', async () => {
    for (const who of ['sales', 'marketing', 'technician', 'owner']) {
      expect((await k.dashboard(url, who)).statusCode, who).toBe(403);
      expect((await k.dashboard('from=nonsense', who)).statusCode, who).toBe(403);
    }
    expect((await k.t.as(null).get(`/api/sales-dashboard?${url}`)).statusCode).toBe(401);
  });

  it('butler2: project 1’s sales center is not found; an unknown one neither', async () => {
    const res = await k.dashboard(url, 'butler2');
    expectStatus(res, 404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expectStatus(await k.dashboard(`salesCenterId=${k.center2}`, 'butler2'), 200);
    expectStatus(await k.dashboard('salesCenterId=no-such-center', 'admin'), 404);
  });
});

describe('the date range', () => {
  const fields = async (query: string, headers: Record<string, string> = {}) => {
    const res = await k.t.as('manager').get(`/api/sales-dashboard?${query}`, headers);
    expectStatus(res, 400);
    return res.json().error.fields as Record<string, string>;
  };

  it('manager: an end before the start is refused on `to`; a start after today with no end on `from`', async () => {
    expect(await fields(`${url}&from=2026-02-10&to=2026-02-09`)).toEqual({ to: '结束日期不能早于开始日期' });
    expect(await fields(`${url}&from=2026-03-03`)).toEqual({ from: '结束日期不能早于开始日期' });
  });

  it('manager: at most 92 days, said in the caller’s language; 92 days are answered day by day', async () => {
    expect(await fields(`${url}&from=2025-11-30&to=2026-03-02`)).toEqual({ from: '一次最多查看 92 天，请缩短日期范围' });
    expect(await fields(`${url}&from=2025-11-30&to=2026-03-02`, { 'accept-language': 'en' })).toEqual({ from: 'At most 92 days at a time; choose a shorter range' });
    expect(await fields(`${url}&to=2026-12-31&from=2025-01-01`)).toHaveProperty('from');
    const res = await k.dashboard(`${url}&from=2025-12-01&to=2026-03-02`, 'manager');
    expectStatus(res, 200);
    const { days } = res.json();
    expect([days.length, days[0].date, days.at(-1).date]).toEqual([92, '2025-12-01', '2026-03-02']);
  });

  it('manager: impossible dates and a missing sales center are field errors', async () => {
    expect(Object.keys(await fields(`${url}&from=2026-02-30`))).toEqual(['from']);
    expect(Object.keys(await fields(`${url}&to=20260301`))).toEqual(['to']);
    expect(Object.keys(await fields('from=2026-02-01'))).toEqual(['salesCenterId']);
  });

  it('butler: a range in the future is answered with empty days', async () => {
    const body = (await k.dashboard(`${url}&from=2026-03-09&to=2026-03-10`)).json();
    expect(body.days.map((d: { visitors: number; averageWaitSeconds: null }) => [d.visitors, d.averageWaitSeconds])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(body.today).toBe('2026-03-02');
  });
});
