import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '../../platform/http/notifier.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { RAISE_HANDOFF_ALERT, receptionJobHandlers } from './jobs.js';
import { boardKey } from './publish-board.js';
import { later, NOW, receptionKit, type ReceptionKit } from './reception-test-kit.js';

let k: ReceptionKit;
beforeAll(async () => {
  k = await receptionKit();
});
afterAll(async () => k.close());

/** Runs the alert job's handler as the worker would, with the clock at `at`. */
async function runAlertJob(visitId: string, notifiedAt: string, at: Date) {
  const handler = receptionJobHandlers({ notifier: k.t.ctx.notifier })[RAISE_HANDOFF_ALERT]!;
  const ctx: JobContext = {
    db: k.t.ctx.db,
    dialect: k.t.ctx.dialect,
    job: { id: 'test', type: RAISE_HANDOFF_ALERT, attempt: 1, maxAttempts: 10, companyId: null, projectId: null },
    workerId: 'test',
    now: () => at,
  };
  await handler({ visitId, notifiedAt }, ctx);
}
const alertsOf = (visitId: string) => k.t.ctx.db.selectFrom('reception_handoff_alerts').selectAll().where('visit_id', '=', visitId).orderBy('id').execute();
const board = async (who = 'butler') => (await k.t.as(who).get(`/api/reception/board?salesCenterId=${k.center}`)).json();
const receivedBoardEvents: LiveEvent[] = [];

describe('the one-minute hand-off alert', () => {
  it('system: no alert at 59 s; at 60 s the board shows one, logged in the visit’s history, and open streams are told', async () => {
    k.t.ctx.notifier.subscribe(boardKey(k.center), (e) => receivedBoardEvents.push(e));
    const w = await k.walkIn({ visitorName: '等很久的客户' });
    expect(w.consultant.id).toBe(k.user('sales'));
    await runAlertJob(w.id, NOW.toISOString(), later(59));
    expect(await alertsOf(w.id)).toEqual([]);
    // Re-queued for when it falls due, so an early run never loses the alert.
    const requeued = await k.t.ctx.db.selectFrom('jobs').select('run_at').where('type', '=', RAISE_HANDOFF_ALERT).where('payload', 'like', `%${w.id}%`).execute();
    expect(requeued.map((j) => j.run_at)).toEqual([later(60).toISOString(), later(60).toISOString()]);

    receivedBoardEvents.length = 0;
    await runAlertJob(w.id, NOW.toISOString(), later(60));
    const [alert] = await alertsOf(w.id);
    expect(alert).toMatchObject({ consultant_id: k.user('sales'), notified_at: NOW.toISOString(), raised_at: later(60).toISOString(), handled_at: null });
    expect(receivedBoardEvents).toEqual([{ type: 'reception.board', data: { salesCenterId: k.center, reason: 'alert' } }]);
    vi.setSystemTime(later(65));
    const b = await board();
    expect(b.alerts).toEqual([expect.objectContaining({ id: alert!.id, visitId: w.id, visitorName: '等很久的客户', consultant: { id: k.user('sales'), name: '销售顾问 孙丽' }, handledAt: null })]);
    expect(b.onSite.find((v: { id: string }) => v.id === w.id).secondsWaited).toBe(65);
    const detail = (await k.t.as('butler').get(`/api/reception/visits/${w.id}`)).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['checkIn', 'handOff', 'alert']);
    expect(detail.events[2].data).toMatchObject({ consultantId: k.user('sales'), thresholdSeconds: 60 });

    // Delivery is at least once: the job running again raises nothing more.
    await runAlertJob(w.id, NOW.toISOString(), later(70));
    expect(await alertsOf(w.id)).toHaveLength(1);
  });

  it('butler: records that they engaged the visitor; a second handling is 409; consultants may not handle it', async () => {
    const [alert] = (await board()).alerts;
    const url = `/api/reception/alerts/${alert.id}/handle`;
    expect((await k.t.as('sales').post(url, { how: 'engaged' })).statusCode).toBe(403);
    expect((await k.t.as('butler2').post(url, { how: 'engaged' })).statusCode).toBe(404);
    expect(Object.keys((await k.t.as('butler').post(url, { how: 'waved' })).json().error.fields)).toEqual(['how']);
    const res = await k.t.as('butler').post(url, { how: 'engaged', note: '介绍了项目沙盘' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ handledHow: 'engaged', handledBy: { name: '管家 刘芳' }, note: '介绍了项目沙盘' });
    const again = await k.t.as('manager').post(url, { how: 'calledConsultant' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'ALERT_ALREADY_HANDLED']);
    expect((await board()).alerts).toEqual([]);
    const detail = (await k.t.as('butler').get(`/api/reception/visits/${alert.visitId}`)).json();
    expect(detail.alerts[0]).toMatchObject({ handledHow: 'engaged' });
    expect(detail.events.at(-1)).toMatchObject({ action: 'alertHandled', actor: { name: '管家 刘芳' }, data: { how: 'engaged', note: '介绍了项目沙盘' } });
    const audit = await k.t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', alert.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['handoffAlert.raise', 'handoffAlert.handle']);
  });

  it('a consultant who comes out in time: the job finds the visitor received and raises nothing', async () => {
    vi.setSystemTime(later(100));
    const w = await k.walkIn({ visitorName: '准时接待' });
    vi.setSystemTime(later(130));
    await k.t.as(w.consultant.id === k.user('sales2') ? 'sales2' : 'sales3').post(`/api/reception/visits/${w.id}/receive`, {});
    await runAlertJob(w.id, later(100).toISOString(), later(160));
    expect(await alertsOf(w.id)).toEqual([]);
  });

  it('an alert still open when the consultant comes out closes itself, logged', async () => {
    vi.setSystemTime(later(200));
    const w = await k.walkIn({ visitorName: '迟到出迎', consultantId: k.user('salesmgr') });
    await runAlertJob(w.id, later(200).toISOString(), later(260));
    expect(await alertsOf(w.id)).toHaveLength(1);
    vi.setSystemTime(later(275));
    await k.t.as('salesmgr').post(`/api/reception/visits/${w.id}/receive`, {});
    const [alert] = await alertsOf(w.id);
    expect(alert).toMatchObject({ handled_how: 'consultantArrived', handled_at: later(275).toISOString(), handled_by: null });
  });

  it('sales manager reassigns a waiting visitor: the old consultant’s alert job is void, the new consultant gets their own minute', async () => {
    vi.setSystemTime(later(300));
    const w = await k.walkIn({ visitorName: '改派客户', consultantId: k.user('sales3') });
    vi.setSystemTime(later(330));
    const res = await k.t.as('salesmgr').post(`/api/reception/visits/${w.id}/reassign`, { consultantId: k.user('sales2'), reason: '马超在签约' });
    expect(res.statusCode, res.body).toBe(200);
    await runAlertJob(w.id, later(300).toISOString(), later(360));
    expect(await alertsOf(w.id)).toEqual([]);
    await runAlertJob(w.id, later(330).toISOString(), later(389));
    expect(await alertsOf(w.id)).toEqual([]);
    await runAlertJob(w.id, later(330).toISOString(), later(390));
    expect((await alertsOf(w.id)).map((a) => a.consultant_id)).toEqual([k.user('sales2')]);
  });

  it('manager: a threshold of 90 s moves the alert; bad thresholds name the field; only the service center sets it', async () => {
    const put = (who: string, body: Record<string, unknown>) => k.t.as(who).put('/api/reception/settings', { salesCenterId: k.center, ...body });
    expect((await put('butler', { alertThresholdSeconds: 90 })).statusCode).toBe(403);
    expect((await put('salesmgr', { alertThresholdSeconds: 90 })).statusCode).toBe(403);
    expect(Object.keys((await put('manager', { alertThresholdSeconds: 5 })).json().error.fields)).toEqual(['alertThresholdSeconds']);
    const saved = await put('manager', { alertThresholdSeconds: 90, version: 1 });
    expect(saved.json()).toEqual({ salesCenterId: k.center, alertThresholdSeconds: 90, version: 2 });
    expect((await put('manager', { alertThresholdSeconds: 75, version: 1 })).json().error.code).toBe('STALE_UPDATE');
    vi.setSystemTime(later(400));
    const w = await k.walkIn({ visitorName: '慢一点', consultantId: k.user('sales') });
    const job = await k.t.ctx.db.selectFrom('jobs').select('run_at').where('type', '=', RAISE_HANDOFF_ALERT).where('payload', 'like', `%${w.id}%`).executeTakeFirstOrThrow();
    expect(job.run_at).toBe(later(490).toISOString());
    await runAlertJob(w.id, later(400).toISOString(), later(460));
    expect(await alertsOf(w.id)).toEqual([]);
    await runAlertJob(w.id, later(400).toISOString(), later(490));
    expect(await alertsOf(w.id)).toHaveLength(1);
    expect((await board()).alertThresholdSeconds).toBe(90);
  });
});
