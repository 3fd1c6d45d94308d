import { uuidv7 } from '@guanjia/domain';
import { epochDayToDate, parseDateToEpochDay } from '@guanjia/domain/calendar/epoch-day';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRowStamp } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VisitRow } from '../reception/reception-access.js';
import { getSalesDashboard } from './get-sales-dashboard.js';
import { dashboardKit, NOW, sh, type DashboardKit } from './sales-dashboard-test-kit.js';

let k: DashboardKit;
let admin: Actor;
const DAYS = 92;
const PER_DAY = 60;
const FIRST = '2025-12-02';

/** Counts the statements a read sends to the database. */
function counting(): KyselyPlugin & { statements: number } {
  return {
    statements: 0,
    transformQuery(args) {
      this.statements++;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
}

beforeAll(async () => {
  k = await dashboardKit();
  admin = {
    userId: k.user('admin'),
    username: 'admin',
    name: '系统管理员 王敏',
    companyId: k.t.demo.companyId,
    kind: 'staff',
    roles: ['companyAdmin', 'systemAdmin'],
    projectIds: [...k.t.demo.projectIds],
    ownerId: null,
    vendorId: null,
    departmentId: null,
  };
  // A quarter of a busy sales center: 60 visitors a day, each waiting 0–59 s, one alert in three.
  const consultants = ['sales', 'sales2', 'sales3'].map(k.user);
  const first = parseDateToEpochDay(FIRST);
  const visits: VisitRow[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = epochDayToDate(first + d);
    for (let j = 0; j < PER_DAY; j++) {
      const arrived = sh(date, '10:00:00');
      visits.push({
        id: uuidv7(),
        company_id: k.t.demo.companyId,
        project_id: k.t.demo.projectIds[0]!,
        sales_center_id: k.center,
        visit_date: date,
        type: j % 3 === 0 ? 'appointment' : 'walkIn',
        status: 'departed',
        visitor_name: `客户 ${j}`,
        visitor_phone: null,
        party_size: 1,
        consent_recorded: 1,
        consultant_id: consultants[j % 3]!,
        assigned_via: 'requested',
        rotation_turn: null,
        skipped_consultant_id: null,
        override_reason: null,
        overridden_by: null,
        appointment_at: null,
        shuttle_bus: 0,
        vip_checklist: null,
        note: null,
        checked_in_at: arrived.toISOString(),
        checked_in_by: null,
        notified_at: arrived.toISOString(),
        received_at: new Date(arrived.getTime() + j * 1000).toISOString(),
        received_by: null,
        departed_at: null,
        closing_question_asked: 1,
        accompaniment_complete: j % 2,
        cancelled_at: null,
        cancel_reason: null,
        created_by: k.user('butler'),
        ...newRowStamp(arrived.toISOString()),
      });
    }
  }
  for (let i = 0; i < visits.length; i += 400) await k.t.ctx.db.insertInto('reception_visits').values(visits.slice(i, i + 400)).execute();
  const alerts = visits
    .filter((_, i) => i % 3 === 0)
    .map((v) => ({
      id: uuidv7(),
      company_id: v.company_id,
      project_id: v.project_id,
      sales_center_id: v.sales_center_id,
      visit_id: v.id,
      consultant_id: v.consultant_id,
      notified_at: v.notified_at!,
      raised_at: v.received_at!,
      handled_at: null,
      handled_by: null,
      handled_how: null,
      note: null,
      ...newRowStamp(),
    }));
  for (let i = 0; i < alerts.length; i += 400) await k.t.ctx.db.insertInto('reception_handoff_alerts').values(alerts.slice(i, i + 400)).execute();
}, 120_000);
afterAll(async () => k.close());

describe('a quarter of visits', () => {
  it('admin: one day and 92 days take the same number of statements (grouped per block, never per day)', async () => {
    const day = counting();
    await getSalesDashboard(k.t.ctx.db.withPlugin(day), admin, { salesCenterId: k.center, from: FIRST, to: FIRST }, NOW);
    const quarter = counting();
    await getSalesDashboard(k.t.ctx.db.withPlugin(quarter), admin, { salesCenterId: k.center, from: FIRST, to: '2026-03-03' }, NOW);
    expect(quarter.statements).toBe(day.statements);
    expect(day.statements).toBeLessThanOrEqual(12);
  });

  it('admin: every one of 5,520 visits is counted, and the quarter is answered quickly', async () => {
    const started = performance.now();
    const res = await k.dashboard(`salesCenterId=${k.center}&from=${FIRST}&to=2026-03-03`, 'admin');
    const ms = performance.now() - started;
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.days).toHaveLength(DAYS);
    expect(body.days.every((d: { visitors: number; averageWaitSeconds: number }) => d.visitors === PER_DAY && d.averageWaitSeconds === 30)).toBe(true);
    // The demo's appointments of 03-02 have not arrived: they add nothing.
    expect(body.totals).toMatchObject({ visitors: 5520, walkIns: 3680, appointments: 1840, received: 5520, averageWaitSeconds: 30, alertsRaised: 1840, departed: 5520, accompanimentComplete: 2760 });
    // Equally busy consultants in name order (何, 马, 孙); every third visit alerted 孙丽.
    expect(body.consultants.map((c: { consultant: { id: string }; visitors: number; alerts: number }) => [c.consultant.id, c.visitors, c.alerts])).toEqual([
      [k.user('sales2'), 1840, 0],
      [k.user('sales3'), 1840, 0],
      [k.user('sales'), 1840, 1840],
    ]);
    // Generous for a loaded two-core machine; a per-day or per-visit query plan would take seconds.
    expect(ms).toBeLessThan(2000);
  });
});
