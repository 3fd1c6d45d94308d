import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { SendResult } from './channel-sender.js';
import { buildChannelSenders } from './channel-setup.js';
import { deliverMessages, type DeliveryOptions } from './deliver-messages.js';
import { DELIVER_MESSAGES, deliverMessagesSchedule } from './jobs.js';
import { fakeDeliveryClock, recordingSender } from './messaging-test-kit.js';
import { sendMessage, type SendMessageInput } from './send-message.js';
import { createTokenBucket } from './token-bucket.js';

// Monday 2026-03-02 14:00 in Shanghai.
const AFTERNOON = '2026-03-02T06:00:00.000Z';

let t: TestApp;
let ownerId: string;
beforeAll(async () => {
  t = await createTestApp();
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
});
afterAll(() => t.close());
beforeEach(async () => {
  // Each test sees only its own due messages.
  await t.ctx.db.updateTable('messages').set({ status: 'suppressed' }).where('status', 'in', ['queued', 'sending']).execute();
});

const send = (input: Partial<SendMessageInput>, now: Date) =>
  inTransaction(t.ctx.db, (trx) => sendMessage(trx, { companyId: t.demo.companyId, projectId: t.demo.projectIds[0], topic: 'weather', text: '今晚有暴雨。', ...input }, now));
const row = (id: string) => t.ctx.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const events = async (id: string) => (await t.ctx.db.selectFrom('message_events').select(['action', 'status']).where('message_id', '=', id).orderBy('id').execute()).map((e) => `${e.action}:${e.status}`);

function setup(start: string, answer?: Parameters<typeof recordingSender>[1], rate = 50) {
  const clock = fakeDeliveryClock(start);
  const sms = recordingSender(clock, answer);
  const email = recordingSender(clock);
  const opts: DeliveryOptions = { senders: { sms: sms.sender, email: email.sender }, buckets: { sms: createTokenBucket({ ratePerSecond: rate, clock }), email: createTokenBucket({ ratePerSecond: 10, clock }) }, clock, batchSize: 40 };
  return { clock, sms, email, run: () => deliverMessages(t.ctx.db, opts) };
}

describe('delivery job: rate, retries, idempotency', () => {
  it('system: 120 SMS at 50 per second: never more than 50 in any second, paced 2 % under the limit, all sent with the provider id', async () => {
    const ids = [];
    for (let i = 0; i < 120; i++) ids.push((await send({ address: `1390000${String(i).padStart(4, '0')}` }, new Date(AFTERNOON))).id);
    const { sms, run } = setup(AFTERNOON);
    const result = await run();
    expect(result).toMatchObject({ sent: 120, failed: 0, retried: 0, more: false });
    const times = sms.sent.map((s) => s.at);
    const busiestSecond = Math.max(...times.map((from) => times.filter((x) => x >= from && x < from + 1000).length));
    expect(busiestSecond).toBe(50);
    expect(times.at(-1)! - times[0]!).toBeCloseTo(119 * 20.4, 1);
    expect(new Set(sms.sent.map((s) => s.id))).toEqual(new Set(ids));
    const first = await row(ids[0]!);
    expect(first).toMatchObject({ status: 'sent', attempts: 1, template_code: 'SMS_468120001', provider_message_id: expect.stringMatching(/^biz-/), sent_at: AFTERNOON });
    expect(await events(ids[0]!)).toEqual(['deliver:sent']);
  });

  it('system: retryable errors back off 30 s then 60 s and succeed on the third attempt; an illegal number fails at once', async () => {
    const flaky = await send({ address: '13900000009' }, new Date(AFTERNOON));
    const illegal = await send({ address: '1390000' }, new Date(AFTERNOON));
    const { clock, sms, run } = setup(AFTERNOON, (m, attempt): SendResult => {
      if (m.address === '1390000') return { ok: false, retryable: false, error: 'isv.MOBILE_NUMBER_ILLEGAL: 非法手机号' };
      return attempt < 3 ? { ok: false, retryable: true, error: 'isv.BUSINESS_LIMIT_CONTROL: 触发分钟级流控' } : { ok: true, providerMessageId: 'biz-3' };
    });
    expect(await run()).toMatchObject({ sent: 0, retried: 1, failed: 1 });
    expect(await row(illegal.id)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'isv.MOBILE_NUMBER_ILLEGAL: 非法手机号' });
    expect(await row(flaky.id)).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: '2026-03-02T06:00:30.000Z', last_error: 'isv.BUSINESS_LIMIT_CONTROL: 触发分钟级流控' });
    clock.set('2026-03-02T06:00:20.000Z');
    expect(await run()).toMatchObject({ sent: 0, retried: 0 });
    clock.set('2026-03-02T06:00:30.000Z');
    await run();
    expect(await row(flaky.id)).toMatchObject({ status: 'queued', attempts: 2, next_attempt_at: '2026-03-02T06:01:30.000Z' });
    clock.set('2026-03-02T06:01:30.000Z');
    expect(await run()).toMatchObject({ sent: 1 });
    expect(await row(flaky.id)).toMatchObject({ status: 'sent', attempts: 3, provider_message_id: 'biz-3', last_error: null });
    expect(await events(flaky.id)).toEqual(['retryLater:queued', 'retryLater:queued', 'deliver:sent']);
    expect(sms.sent.filter((s) => s.id === illegal.id)).toHaveLength(1);
  });

  it('system: a retryable error that never clears fails after the fifth attempt', async () => {
    const m = await send({ address: '13900000500' }, new Date(AFTERNOON));
    const { clock, run } = setup(AFTERNOON, () => ({ ok: false, retryable: true, error: 'ServiceUnavailable: busy' }));
    for (let i = 0; i < 6; i++) {
      await run();
      clock.advance(3_600_000);
    }
    expect(await row(m.id)).toMatchObject({ status: 'failed', attempts: 5, last_error: 'ServiceUnavailable: busy' });
  });

  it('module: a second send with the same idempotency key returns the first message and nothing is sent twice', async () => {
    const a = await send({ ownerId, idempotencyKey: 'workOrder:GD-1:done' }, new Date(AFTERNOON));
    const b = await send({ ownerId, idempotencyKey: 'workOrder:GD-1:done', text: '另一条' }, new Date(AFTERNOON));
    expect(b.id).toBe(a.id);
    expect(b.body).toBe(a.body);
    const { sms, run } = setup(AFTERNOON);
    await run();
    await run();
    expect(sms.sent.map((s) => s.id)).toEqual([a.id]);
    expect(sms.sent[0]).toMatchObject({ address: '13812345678', body: '【恶劣天气提醒】今晚有暴雨。请关好门窗，注意出行安全。' });
  });

  it('system: a claim lost with its worker is queued again and sent once', async () => {
    const m = await send({ address: '13900001111' }, new Date(AFTERNOON));
    await t.ctx.db.updateTable('messages').set({ status: 'sending', attempts: 1, locked_until: '2026-03-02T05:59:00.000Z' }).where('id', '=', m.id).execute();
    const { sms, run } = setup(AFTERNOON);
    await run();
    expect(sms.sent.map((s) => s.id)).toEqual([m.id]);
    expect(await row(m.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('delivery job: opt-outs, quiet hours, in-app, channels', () => {
  it('owner: opted out of weather SMS → suppressed with the reason, never sent; emergencies still go', async () => {
    await t.ctx.db.insertInto('message_opt_outs').values({ id: 'oo-test', company_id: t.demo.companyId, project_id: t.demo.projectIds[0], owner_id: ownerId, topic: 'weather', channel: 'sms', created_by: null, created_at: AFTERNOON }).execute();
    try {
      const weather = await send({ ownerId }, new Date(AFTERNOON));
      expect(weather).toMatchObject({ status: 'suppressed', last_error: 'optedOut' });
      expect(await events(weather.id)).toEqual(['suppress:suppressed']);
      const inApp = await send({ ownerId, channel: 'inApp' }, new Date(AFTERNOON));
      expect(inApp.status).toBe('queued');
      const emergency = await send({ ownerId, topic: 'emergency', text: '3号楼停水抢修。' }, new Date(AFTERNOON));
      expect(emergency).toMatchObject({ status: 'queued', urgent: 1 });
      const { sms, run } = setup(AFTERNOON);
      await run();
      expect(sms.sent.map((s) => s.id)).toEqual([emergency.id]);
    } finally {
      await t.ctx.db.deleteFrom('message_opt_outs').where('id', '=', 'oo-test').execute();
    }
  });

  it('system: SMS at 22:00 waits for 08:00; an emergency goes at once; a 06:30 wake-up call goes at 06:30; in-app at once', async () => {
    const night = new Date('2026-03-02T14:00:00.000Z');
    const news = await send({ ownerId, topic: 'communityNews', text: '明日停车场清洗。' }, night);
    expect(news).toMatchObject({ status: 'queued', not_before: '2026-03-03T00:00:00.000Z' });
    expect(await events(news.id)).toEqual(['defer:queued']);
    const emergency = await send({ ownerId, topic: 'emergency', text: '燃气泄漏，请勿使用明火。' }, night);
    const wake = await send({ ownerId, topic: 'wakeUpCall', variables: { time: '06:30' }, sendAt: new Date('2026-03-02T22:30:00.000Z') }, night);
    expect(wake).toMatchObject({ requested_time: 1, not_before: '2026-03-02T22:30:00.000Z', body: '吴先生您好，现在是06:30，这是您预约的叫醒提醒。' });
    const relay = await send({ ownerId, topic: 'messageRelay', text: '您的包裹已到。', variables: { from: '管家 刘芳' } }, night);
    expect(relay.channel).toBe('inApp');

    const { clock, sms, run } = setup('2026-03-02T14:00:00.000Z');
    expect(await run()).toMatchObject({ sent: 2 });
    expect(sms.sent.map((s) => s.id)).toEqual([emergency.id]);
    const notes = await t.ctx.db.selectFrom('notifications').select(['title', 'body', 'kind']).where('user_id', '=', t.demo.users.owner!).where('kind', '=', 'messaging.messageRelay').execute();
    expect(notes).toEqual([{ title: '留言转达', body: '管家 刘芳给您留言：您的包裹已到。', kind: 'messaging.messageRelay' }]);
    clock.set('2026-03-02T22:30:00.000Z');
    await run();
    expect(sms.sent.map((s) => s.id)).toEqual([emergency.id, wake.id]);
    clock.set('2026-03-03T00:00:00.000Z');
    await run();
    expect(sms.sent.map((s) => s.id)).toEqual([emergency.id, wake.id, news.id]);
  });

  it('system: an SMS queued at 20:59 but reached at 21:01 (a long broadcast) goes back to wait for 08:00, its attempt not counted', async () => {
    const m = await send({ ownerId, topic: 'communityNews', text: '消息' }, new Date('2026-03-02T12:59:00.000Z'));
    const { clock, sms, run } = setup('2026-03-02T13:01:00.000Z');
    expect(await run()).toMatchObject({ deferred: 1, sent: 0 });
    expect(await row(m.id)).toMatchObject({ status: 'queued', attempts: 0, next_attempt_at: '2026-03-03T00:00:00.000Z', not_before: '2026-03-03T00:00:00.000Z' });
    clock.set('2026-03-03T00:00:00.000Z');
    await run();
    expect(sms.sent.map((s) => s.id)).toEqual([m.id]);
  });

  it('system: in-app for an owner without an account is suppressed (noAccount); staff users get theirs', async () => {
    await t.ctx.db.insertInto('owners').values({ id: 'owner-no-account', company_id: t.demo.companyId, project_id: t.demo.projectIds[0], name: '郑女士', phone: null, id_number: null, created_at: AFTERNOON, updated_at: AFTERNOON, version: 1 }).execute();
    const none = await send({ ownerId: 'owner-no-account', channel: 'inApp' }, new Date(AFTERNOON));
    const toStaff = await send({ userId: t.demo.users.butler, channel: 'inApp', topic: 'workOrderUpdate', variables: { number: 'GD-20260302-0001' }, text: '已派单' }, new Date(AFTERNOON));
    await setup(AFTERNOON).run();
    expect(await row(none.id)).toMatchObject({ status: 'suppressed', last_error: 'noAccount' });
    expect(await send({ ownerId: 'owner-no-account' }, new Date(AFTERNOON))).toMatchObject({ status: 'suppressed', last_error: 'noPhone' });
    expect(await row(toStaff.id)).toMatchObject({ status: 'sent' });
    const note = await t.ctx.db.selectFrom('notifications').select('body').where('user_id', '=', t.demo.users.butler!).where('kind', '=', 'messaging.workOrderUpdate').executeTakeFirstOrThrow();
    expect(note.body).toBe('您的工单GD-20260302-0001：已派单');
  });

  it('system: with no SMS or SMTP settings the messages fail at once with the reason, not silently', async () => {
    const sms = await send({ ownerId }, new Date(AFTERNOON));
    const mail = await send({ address: 'wu@example.com', channel: 'email', topic: 'communityNews' }, new Date(AFTERNOON));
    const clock = fakeDeliveryClock(AFTERNOON);
    await deliverMessages(t.ctx.db, { senders: buildChannelSenders(loadConfig({})), buckets: { sms: createTokenBucket({ ratePerSecond: 50, clock }), email: createTokenBucket({ ratePerSecond: 10, clock }) }, clock });
    expect(await row(sms.id)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'smsNotConfigured' });
    expect(await row(mail.id)).toMatchObject({ status: 'failed', last_error: 'emailNotConfigured' });
    const view = (await t.as('butler').get(`/api/messaging/messages/${sms.id}`)).json();
    expect(view).toMatchObject({ status: 'failed', lastErrorText: '短信通道未配置（需设置 GUANJIA_SMS_ACCESS_KEY_ID / SECRET / SIGN_NAME）', allowedActions: ['resend'] });
  });

  it('registry: messaging.deliver is a job type, scheduled every minute, and a send enqueues it', async () => {
    expect(Object.keys(buildJobHandlers())).toContain(DELIVER_MESSAGES);
    expect(buildJobSchedules()).toContain(deliverMessagesSchedule);
    expect(deliverMessagesSchedule.nextSlot(new Date('2026-03-02T06:00:10Z'))?.toISOString()).toBe('2026-03-02T06:01:00.000Z');
    await send({ ownerId }, new Date('2026-03-02T06:07:08.900Z'));
    const job = await t.ctx.db.selectFrom('jobs').selectAll().where('idempotency_key', '=', 'messaging.deliver:2026-03-02T06:07:08.000Z').executeTakeFirst();
    expect(job).toMatchObject({ type: DELIVER_MESSAGES, status: 'queued' });
  });
});
