import { uuidv7 } from '@guanjia/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newRowStamp } from '../../platform/db/transaction.js';
import { raiseHandoffAlert } from '../reception/raise-handoff-alert.js';
import { dashboardKit, expectStatus, NOW, sh, type DashboardKit } from './sales-dashboard-test-kit.js';

let k: DashboardKit;
const ACCOUNTS = ['butler', 'manager', 'admin', 'regional', 'salesmgr', 'butler2'];

/** Each step at its own Shanghai time, through the API as the butler. */
async function post(when: Date, url: string, body: Record<string, unknown> = {}, who = 'butler') {
  vi.setSystemTime(when);
  const res = await k.t.as(who).post(url, body);
  expect([200, 201], `${url}: ${res.body}`).toContain(res.statusCode);
  return res.json();
}
const checkIn = (when: Date, body: Record<string, unknown>) =>
  post(when, '/api/reception/check-in', { type: 'walkIn', salesCenterId: k.center, visitorName: '来访客户', consentRecorded: true, ...body });
const receive = (when: Date, id: string) => post(when, `/api/reception/visits/${id}/receive`);
const step = (when: Date, id: string, name: string) => post(when, `/api/reception/visits/${id}/steps`, { step: name });
const farewell = (when: Date, id: string, closingQuestionAsked: boolean) => post(when, `/api/reception/visits/${id}/farewell`, { closingQuestionAsked });
async function alert(visit: { id: string; notifiedAt: string }, when: Date) {
  const outcome = await raiseHandoffAlert(k.t.ctx.db, { visitId: visit.id, notifiedAt: visit.notifiedAt }, when);
  expect(outcome.raised).not.toBeNull();
  return outcome.raised!.id;
}
const demoAppointment = async (name: string) => (await k.t.ctx.db.selectFrom('reception_visits').select('id').where('visitor_name', '=', name).executeTakeFirstOrThrow()).id;

/** A visitor's complaint, question or suggestion at project 1's sales center, recorded by the butler at `when`. */
const workOrder = (when: Date, body: Record<string, unknown> = {}) =>
  post(when, '/api/work-orders', {
    projectId: k.t.demo.projectIds[0],
    kind: 'complaint',
    channel: 'visit',
    title: '等候时间过长',
    requesterName: '来访客户 钱女士',
    salesCenterId: k.center,
    ...body,
  });
const reply = (when: Date, id: string) => post(when, `/api/work-orders/${id}/reply`, { note: '已电话答复客户' });

const complaints: Record<string, string> = {};

beforeAll(async () => {
  k = await dashboardKit();
  // Sessions start now, so they are valid on every day the steps below travel to.
  for (const who of ACCOUNTS) await k.t.cookieOf(who);

  // Today (Monday 03-02), through the reception API.
  const day = '2026-03-02';
  const w1 = await checkIn(sh(day, '10:00:00'), { consultantId: k.user('sales') });
  await receive(sh(day, '10:00:45'), w1.id);
  await step(sh(day, '10:01:00'), w1.id, 'businessCard');
  await step(sh(day, '10:02:00'), w1.id, 'waterBarDrink');
  await farewell(sh(day, '10:40:00'), w1.id, true);

  const w2 = await checkIn(sh(day, '10:05:00'), { consultantId: k.user('sales2'), partySize: 3 });
  const w2Alert = await alert(w2, sh(day, '10:06:01'));
  await post(sh(day, '10:06:10'), `/api/reception/alerts/${w2Alert}/handle`, { how: 'engaged' });
  await receive(sh(day, '10:06:30'), w2.id);
  await step(sh(day, '10:07:00'), w2.id, 'businessCard');
  await step(sh(day, '10:08:00'), w2.id, 'waterBarDrink');
  await farewell(sh(day, '10:50:00'), w2.id, false);

  const wang = await post(sh(day, '10:30:00'), '/api/reception/check-in', { type: 'appointment', appointmentId: await demoAppointment('王先生'), consentRecorded: true });
  await receive(sh(day, '10:30:30'), wang.id);

  const group = await checkIn(sh(day, '11:00:00'), { type: 'viewingGroup', visitorName: '看房团 A', partySize: 12, shuttleBus: true, consultantId: k.user('sales3') });
  await alert(group, sh(day, '11:01:00'));
  // The consultant comes out: the alert closes by itself and is not counted as handled.
  await receive(sh(day, '11:01:15'), group.id);

  const w3 = await checkIn(sh(day, '11:30:00'), { consultantId: k.user('sales') });
  await post(sh(day, '11:35:00'), `/api/reception/visits/${w3.id}/cancel`, { reason: '客户有事先走' });
  await post(sh(day, '12:00:00'), `/api/reception/appointments/${await demoAppointment('李女士')}/no-show`);

  // Earlier days, written to the tables.
  await k.insertVisit({ visit_date: '2026-02-27', consultant_id: k.user('sales2'), received_at: sh('2026-02-27', '10:01:40').toISOString(), accompaniment_complete: 1 });
  const v2 = await k.insertVisit({
    visit_date: '2026-02-27',
    consultant_id: k.user('sales2'),
    party_size: 2,
    checked_in_at: '2026-02-27T06:00:00.500Z',
    notified_at: '2026-02-27T06:00:00.500Z',
    // 199.75 s: the rule counts whole seconds.
    received_at: '2026-02-27T06:03:20.250Z',
  });
  await k.insertVisit({ visit_date: '2026-02-27', type: 'appointment', status: 'noShow', checked_in_at: null, notified_at: null, appointment_at: sh('2026-02-27', '15:00:00').toISOString() });
  await k.t.ctx.db
    .insertInto('reception_handoff_alerts')
    .values({
      id: uuidv7(),
      company_id: v2.company_id,
      project_id: v2.project_id,
      sales_center_id: k.center,
      visit_id: v2.id,
      consultant_id: k.user('sales2'),
      notified_at: v2.notified_at!,
      raised_at: '2026-02-27T06:01:00.500Z',
      handled_at: '2026-02-27T06:01:30.000Z',
      handled_by: k.user('butler'),
      handled_how: 'calledConsultant',
      note: null,
      ...newRowStamp(),
    })
    .execute();
  for (const [consultant, onDuty] of [['sales2', 1], ['sales3', 0]] as const) {
    await k.t.ctx.db
      .insertInto('reception_duty_rosters')
      .values({ id: uuidv7(), company_id: v2.company_id, project_id: v2.project_id, sales_center_id: k.center, duty_date: '2026-02-27', consultant_id: k.user(consultant), position: 1, on_duty: onDuty, turn_credit: 0, ...newRowStamp() })
      .execute();
  }
  await k.insertVisit({ visit_date: '2026-02-28', type: 'vip', received_at: sh('2026-02-28', '10:00:20').toISOString(), accompaniment_complete: 1 });
  await k.insertVisit({ visit_date: '2026-02-23', received_at: sh('2026-02-23', '10:00:30').toISOString(), accompaniment_complete: 1 });
  await k.insertVisit({ visit_date: '2026-02-27', sales_center_id: k.center2, received_at: sh('2026-02-27', '10:00:10').toISOString() });

  // Complaints, questions and suggestions, created and answered through the work-order API.
  complaints.c7 = (await workOrder(sh('2026-02-20'), { title: '停车指引不清', replyBy: '2026-02-21' })).id;
  await reply(sh('2026-02-21', '11:00:00'), complaints.c7);
  complaints.c2 = (await workOrder(sh('2026-02-25'), { kind: 'inquiry', title: '车位何时开售', replyBy: '2026-02-27' })).id;
  complaints.c3 = (await workOrder(sh('2026-02-25'), { title: '样板房空调不制冷', replyBy: '2026-02-26' })).id;
  complaints.c8 = (await workOrder(sh('2026-02-25'), { title: '水吧饮品种类少', replyBy: '2026-02-26' })).id;
  // The last millisecond of the agreed day is on time; the first of the next is late.
  await reply(new Date('2026-02-26T15:59:59.999Z'), complaints.c8);
  await reply(new Date('2026-02-26T16:00:00.000Z'), complaints.c3);
  complaints.c1 = (await workOrder(NOW, { title: '宣传资料与样板房不符', replyBy: '2026-03-04' })).id;
  complaints.c4 = (await workOrder(NOW, { title: '洗手间缺纸' })).id;
  await post(NOW, `/api/work-orders/${complaints.c4}/resolve`, { note: '已补充并致歉' });
  complaints.c5 = (await workOrder(NOW, { kind: 'suggestion', title: '建议增加儿童游乐区', replyBy: '2026-03-03' })).id;
  await reply(NOW, complaints.c5);
  await workOrder(NOW, { title: '不在销售中心的投诉', salesCenterId: undefined });
  const cancelled = await workOrder(NOW, { title: '重复登记' });
  await post(NOW, `/api/work-orders/${cancelled.id}/cancel`, { reason: '重复登记' });

  vi.setSystemTime(sh('2026-03-02', '15:00:00'));
}, 60_000);
afterAll(async () => k.close());

const zeroDay = { visitors: 0, people: 0, byType: { appointment: 0, walkIn: 0, viewingGroup: 0, vip: 0 }, walkIns: 0, appointments: 0, noShows: 0, received: 0, averageWaitSeconds: null, alertsRaised: 0, alertsHandled: 0, accompanimentComplete: 0, departed: 0 };

describe('visitors, waits, alerts and accompaniment', () => {
  it('butler: the last 7 days by default, each day counted exactly, days without visitors at zero', async () => {
    const res = await k.dashboard(`salesCenterId=${k.center}`);
    expectStatus(res, 200);
    const body = res.json();
    expect(body).toMatchObject({ salesCenter: { id: k.center, name: '锦华·江湾壹号 销售中心' }, from: '2026-02-24', to: '2026-03-02', today: '2026-03-02' });
    expect(body.days.map((d: { date: string }) => d.date)).toEqual(['2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    const byDate = Object.fromEntries(body.days.map((d: { date: string }) => [d.date, d]));
    for (const quiet of ['2026-02-24', '2026-02-25', '2026-02-26', '2026-03-01']) expect(byDate[quiet]).toEqual({ date: quiet, ...zeroDay });
    expect(byDate['2026-03-02']).toEqual({
      date: '2026-03-02',
      visitors: 5,
      people: 19,
      byType: { appointment: 1, walkIn: 3, viewingGroup: 1, vip: 0 },
      walkIns: 3,
      appointments: 1,
      noShows: 1,
      received: 4,
      // (45 + 90 + 30 + 75) / 4
      averageWaitSeconds: 60,
      alertsRaised: 2,
      alertsHandled: 1,
      accompanimentComplete: 1,
      departed: 2,
    });
    expect(byDate['2026-02-27']).toEqual({
      date: '2026-02-27',
      visitors: 2,
      people: 3,
      byType: { appointment: 0, walkIn: 2, viewingGroup: 0, vip: 0 },
      walkIns: 2,
      appointments: 0,
      noShows: 1,
      received: 2,
      // (100 + 199) / 2 = 149.5
      averageWaitSeconds: 150,
      alertsRaised: 1,
      alertsHandled: 1,
      accompanimentComplete: 1,
      departed: 2,
    });
    expect(byDate['2026-02-28']).toMatchObject({ visitors: 1, byType: { vip: 1 }, received: 1, averageWaitSeconds: 20, departed: 1, accompanimentComplete: 1 });
  });

  it('butler: totals add up the range, the average weighted by visitor (not an average of days)', async () => {
    const { totals } = (await k.dashboard(`salesCenterId=${k.center}`)).json();
    expect(totals).toEqual({
      visitors: 8,
      people: 23,
      byType: { appointment: 1, walkIn: 5, viewingGroup: 1, vip: 1 },
      walkIns: 5,
      appointments: 1,
      noShows: 2,
      received: 7,
      // (240 + 100 + 199 + 20) / 7 = 79.86
      averageWaitSeconds: 80,
      alertsRaised: 3,
      alertsHandled: 2,
      accompanimentComplete: 3,
      departed: 5,
    });
  });

  it('butler: per consultant over the range, busiest first, with days on duty from the roster', async () => {
    const { consultants } = (await k.dashboard(`salesCenterId=${k.center}`)).json();
    expect(consultants).toEqual([
      // W1, 王先生, W3 today and a VIP on 02-28; waits 45, 30, 20.
      { consultant: { id: k.user('sales'), name: '销售顾问 孙丽' }, daysOnDuty: 1, visitors: 4, walkIns: 2, received: 3, averageWaitSeconds: 32, alerts: 0 },
      // W2 today, two walk-ins on 02-27; waits 90, 100, 199.
      { consultant: { id: k.user('sales2'), name: '销售顾问 何静' }, daysOnDuty: 2, visitors: 3, walkIns: 3, received: 3, averageWaitSeconds: 130, alerts: 2 },
      // The viewing group; off duty on 02-27, so one day.
      { consultant: { id: k.user('sales3'), name: '销售顾问 马超' }, daysOnDuty: 1, visitors: 1, walkIns: 0, received: 1, averageWaitSeconds: 75, alerts: 1 },
    ]);
  });

  it('manager: a chosen range counts only its days; another sales center’s visits never count', async () => {
    const one = (await k.dashboard(`salesCenterId=${k.center}&from=2026-02-23&to=2026-02-23`, 'manager')).json();
    expect(one.days).toEqual([{ date: '2026-02-23', ...zeroDay, visitors: 1, people: 1, byType: { ...zeroDay.byType, walkIn: 1 }, walkIns: 1, received: 1, averageWaitSeconds: 30, departed: 1, accompanimentComplete: 1 }]);
    expect(one.consultants).toEqual([expect.objectContaining({ consultant: expect.objectContaining({ id: k.user('sales') }), visitors: 1, daysOnDuty: 0 })]);
    const other = (await k.dashboard(`salesCenterId=${k.center2}&from=2026-02-27&to=2026-02-27`, 'butler2')).json();
    expect(other.totals).toMatchObject({ visitors: 1, received: 1, averageWaitSeconds: 10 });
    // `to` alone ends seven days there.
    const week = (await k.dashboard(`salesCenterId=${k.center}&to=2026-02-28`, 'manager')).json();
    expect([week.from, week.to, week.days.length, week.totals.visitors]).toEqual(['2026-02-22', '2026-02-28', 7, 4]);
  });
});

describe('complaints at the sales center', () => {
  it('butler: open and overdue now; answered on time, late and settled on the spot within the range', async () => {
    const { complaints: c } = (await k.dashboard(`salesCenterId=${k.center}`)).json();
    expect({ ...c, items: undefined }).toEqual({ open: 6, overdue: 1, answeredOnTime: 3, answeredLate: 1, settledOnSpot: 1, items: undefined });
    expect(c.items.map((i: { id: string }) => i.id)).toEqual([complaints.c7, complaints.c3, complaints.c8, complaints.c2, complaints.c5, complaints.c1]);
    expect(c.items.filter((i: { overdue: boolean }) => i.overdue).map((i: { id: string }) => i.id)).toEqual([complaints.c2]);
    expect(c.items[3]).toMatchObject({ kind: 'inquiry', title: '车位何时开售', status: 'accepted', replyBy: '2026-02-27', number: expect.stringMatching(/^GD-20260225-/), accountable: { id: k.user('butler'), name: '管家 刘芳' } });
  });

  it('manager: a shorter range changes what was answered in it, not what is open now', async () => {
    const { complaints: c } = (await k.dashboard(`salesCenterId=${k.center}&from=2026-03-01&to=2026-03-02`, 'manager')).json();
    expect({ ...c, items: c.items.length }).toEqual({ open: 6, overdue: 1, answeredOnTime: 2, answeredLate: 0, settledOnSpot: 1, items: 6 });
  });

  it('butler2: project 2’s sales center has no complaints', async () => {
    const { complaints: c } = (await k.dashboard(`salesCenterId=${k.center2}`, 'butler2')).json();
    expect(c).toEqual({ open: 0, overdue: 0, answeredOnTime: 0, answeredLate: 0, settledOnSpot: 0, items: [] });
  });
});

describe('the day at the sales center', () => {
  it('butler: today’s opening check and the overdue liaison forms, whatever the range', async () => {
    const check = await k.t.ctx.db.selectFrom('daily_checks').select('id').where('sales_center_id', '=', k.center).executeTakeFirstOrThrow();
    const body = (await k.dashboard(`salesCenterId=${k.center}&from=2026-02-01&to=2026-02-02`)).json();
    expect(body.dailyCheck).toEqual({ date: '2026-03-02', state: 'inProgress', checkId: check.id });
    // The demo's form to 营销部 due two days ago is still only acknowledged.
    expect(body.liaisonForms).toEqual({ overdue: 1 });
    const other = (await k.dashboard(`salesCenterId=${k.center2}`, 'butler2')).json();
    expect([other.dailyCheck, other.liaisonForms]).toEqual([{ date: '2026-03-02', state: 'notStarted', checkId: null }, { overdue: 0 }]);
  });

  it('manager: a completed check reads completed; the next morning no check is started yet and more forms are late', async () => {
    await k.t.ctx.db.updateTable('daily_checks').set({ status: 'completed' }).where('sales_center_id', '=', k.center).execute();
    expect((await k.dashboard(`salesCenterId=${k.center}`, 'manager')).json().dailyCheck.state).toBe('completed');
    vi.setSystemTime(sh('2026-03-05', '09:00:00'));
    const body = (await k.dashboard(`salesCenterId=${k.center}`, 'manager')).json();
    expect(body.dailyCheck).toEqual({ date: '2026-03-05', state: 'notStarted', checkId: null });
    // Now also the replied form (due 03-04) is overdue; the issued one is due today.
    expect(body.liaisonForms).toEqual({ overdue: 2 });
    expect(body.complaints).toMatchObject({ open: 6, overdue: 2 });
    vi.setSystemTime(sh('2026-03-02', '15:00:00'));
  });
});
