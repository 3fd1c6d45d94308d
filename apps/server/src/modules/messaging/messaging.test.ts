import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { expandBroadcast, expandBroadcastChunk, EXPAND_BROADCAST } from './expand-broadcast.js';
import { DELIVER_MESSAGES } from './message-events.js';
import { generateHouseholds, runQueuedJobs } from './messaging-test-kit.js';

// Monday 2026-03-02, 14:00 in Shanghai.
const NOW = new Date('2026-03-02T06:00:00Z');

let t: TestApp;
let p1: string;
let ownerId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

/** The worker's part of a broadcast: write its messages. */
const expandQueued = () => runQueuedJobs(t.ctx.db, t.ctx.dialect, EXPAND_BROADCAST);
const broadcastView = async (id: string) => (await t.as('manager').get(`/api/messaging/broadcasts/${id}`)).json();
const list = async (who: string, query = '') => t.as(who).get(`/api/messaging/messages?projectId=${p1}${query}`);
const countMessages = async (where: { broadcastId?: string } = {}) =>
  Number((await t.ctx.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).$if(Boolean(where.broadcastId), (q) => q.where('broadcast_id', '=', where.broadcastId!)).executeTakeFirstOrThrow()).n);

describe('the outbox', () => {
  it('demo: project 1 shows a sent SMS, a sent relay, a failed SMS with its reason and a suppressed e-mail', async () => {
    const page = (await list('butler')).json();
    const byTopic = Object.fromEntries(page.items.map((m: { topic: string }) => [m.topic, m]));
    // Staff see SMS and e-mail addresses masked, the managing roles too: the outbox offers no reveal.
    expect(byTopic.weather).toMatchObject({ channel: 'sms', status: 'sent', address: '138****5678', owner: { name: '吴先生' }, providerMessageId: expect.any(String) });
    expect(JSON.stringify((await list('admin')).json())).not.toContain('13812345678');
    expect(byTopic.messageRelay).toMatchObject({ channel: 'inApp', status: 'sent', body: '管家 刘芳给您留言：您的快递已放在前台，请下班后来取。' });
    expect(byTopic.communityNews).toMatchObject({ status: 'failed', lastError: 'smsNotConfigured', allowedActions: ['resend'] });
    expect(byTopic.festivalGreeting).toMatchObject({ channel: 'email', status: 'suppressed', lastErrorText: '无电子邮箱' });
    const en = (await t.as('butler').get(`/api/messaging/messages?projectId=${p1}&status=failed`, { 'accept-language': 'en' })).json();
    expect(en.items.map((m: { lastErrorText: string }) => m.lastErrorText)).toContain('SMS is not configured (set GUANJIA_SMS_ACCESS_KEY_ID / SECRET / SIGN_NAME)');
    expect((await list('butler', '&channel=inApp')).json().items.every((m: { channel: string }) => m.channel === 'inApp')).toBe(true);
    expect((await list('butler', `&ownerId=${ownerId}&topic=weather`)).json().total).toBe(1);
  });

  it('butler: resends a failed message once (history and audit written); a second resend is 409', async () => {
    const failed = (await list('butler', '&status=failed')).json().items[0];
    const res = await t.as('butler').post(`/api/messaging/messages/${failed.id}/resend`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'queued', attempts: 0, allowedActions: [] });
    expect(res.json().events.map((e: { action: string }) => e.action)).toEqual(['fail', 'resend']);
    expect(res.json().events[1].actor.name).toBe('管家 刘芳');
    const again = await t.as('butler').post(`/api/messaging/messages/${failed.id}/resend`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'FORBIDDEN_TRANSITION']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', failed.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['resend']);
    expect((await t.as('regional').post(`/api/messaging/messages/${failed.id}/resend`)).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/messaging/messages/${failed.id}`)).statusCode).toBe(404);
  });

  it('butler: books a wake-up call for 06:30 tomorrow (goes then despite quiet hours) and relays a message in-app', async () => {
    const wake = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'wakeUpCall', sendAt: '2026-03-03T06:30:00+08:00', idempotencyKey: 'wake-2026-03-03' });
    expect(wake.statusCode, wake.body).toBe(201);
    expect(wake.json()).toMatchObject({ channel: 'sms', status: 'queued', requestedTime: true, notBefore: '2026-03-02T22:30:00.000Z', deferred: true, body: '吴先生您好，现在是06:30，这是您预约的叫醒提醒。' });
    const repeat = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'wakeUpCall', sendAt: '2026-03-03T06:30:00+08:00', idempotencyKey: 'wake-2026-03-03' });
    expect(repeat.json().id).toBe(wake.json().id);
    const past = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'wakeUpCall', sendAt: '2026-03-01T06:30:00+08:00' });
    expect([past.statusCode, past.json().error.fields]).toEqual([400, { sendAt: '发送时间不能早于现在' }]);
    const noText = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'messageRelay' });
    expect(noText.json().error.fields).toEqual({ text: '请填写消息内容' });
    expect((await t.as('butler2').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'messageRelay', text: 'x' })).statusCode).toBe(404);
  });
});

describe('broadcasts', () => {
  let buildingIds: string[];
  let ownerIds: string[];
  beforeAll(async () => {
    // 3,000 households in two new buildings; every 50th owner has no phone; ten turned weather SMS off.
    ({ buildingIds, ownerIds } = await generateHouseholds(t.ctx.db, t.demo, { buildings: 2, perBuilding: 1500, withPhone: (i) => i % 50 !== 0 }));
    await t.ctx.db
      .insertInto('message_opt_outs')
      .values(ownerIds.slice(1, 11).map((o, i) => ({ id: `oo-${i}`, company_id: t.demo.companyId, project_id: p1, owner_id: o, topic: 'weather', channel: 'sms' as const, created_by: null, created_at: NOW.toISOString() })))
      .execute();
  });

  const body = (extra: Record<string, unknown> = {}) => ({ projectId: p1, buildingIds, topic: 'weather', channel: 'sms', text: '今晚至明日有暴雨。', idempotencyKey: 'storm-2026-03-02', ...extra });

  it('manager: the audience preview counts owners, opted-out and unreachable ones', async () => {
    const res = await t.as('manager').get(`/api/messaging/audience?projectId=${p1}&buildingIds=${buildingIds.join(',')}&topic=weather&channel=sms`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ audience: 3000, optedOut: 10, unreachable: 60, reachable: 2930 });
    const one = (await t.as('manager').get(`/api/messaging/audience?projectId=${p1}&buildingIds=${buildingIds[0]}&topic=emergency&channel=sms`)).json();
    expect(one).toEqual({ audience: 1500, optedOut: 0, unreachable: 30, reachable: 1470 });
  });

  it('butler: a weather SMS to 3,000 households: every household exactly one message, queued or suppressed with the reason; a re-post with the same key adds none', async () => {
    const before = await countMessages();
    const started = performance.now();
    const res = await t.as('butler').post('/api/messaging/broadcasts', body());
    const ms = performance.now() - started;
    expect(res.statusCode, res.body).toBe(201);
    expect(ms).toBeLessThan(10_000);
    // The request only writes the broadcast and queues its expansion.
    expect(res.json()).toMatchObject({ status: 'expanding', audienceCount: 0, expansion: { done: 0, total: null }, progress: { queued: 0, suppressed: 0 } });
    expect(await countMessages()).toBe(before);
    expect(await expandQueued()).toBe(1);
    const b = await broadcastView(res.json().id);
    expect(b).toMatchObject({ status: 'queued', expansion: { done: 3000, total: 3000 }, topic: 'weather', channel: 'sms', audienceCount: 3000, queuedCount: 2930, optedOutCount: 10, unreachableCount: 60, progress: { queued: 2930, suppressed: 70, sent: 0 }, createdBy: { name: '管家 刘芳' } });
    expect(b.body).toBe('【恶劣天气提醒】今晚至明日有暴雨。请关好门窗，注意出行安全。');
    expect(await countMessages()).toBe(before + 3000);
    const delivery = await t.ctx.db.selectFrom('jobs').select('run_at').where('type', '=', DELIVER_MESSAGES).where('run_at', '=', new Date(Math.floor(NOW.getTime() / 1000) * 1000).toISOString()).execute();
    expect(delivery).toHaveLength(1);

    const rows = await t.ctx.db.selectFrom('messages').select(['id', 'owner_id', 'address', 'status', 'last_error', 'template_code']).where('broadcast_id', '=', b.id).execute();
    expect(rows.map((r) => r.owner_id).sort()).toEqual([...ownerIds].sort());
    expect(new Set(rows.map((r) => r.id)).size).toBe(3000);
    const byOwner = new Map(rows.map((r) => [r.owner_id, r]));
    ownerIds.forEach((o, i) => {
      const r = byOwner.get(o)!;
      const expected = i % 50 === 0 ? ['suppressed', 'noPhone'] : i >= 1 && i <= 10 ? ['suppressed', 'optedOut'] : ['queued', null];
      expect([r.status, r.last_error], `owner ${i}`).toEqual(expected);
    });
    expect(rows.filter((r) => r.status === 'queued').every((r) => r.template_code === 'SMS_468120001' && /^139\d{8}$/.test(r.address!))).toBe(true);
    expect(rows.every((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-\d{12}$/.test(r.id))).toBe(true);

    const again = await t.as('butler').post('/api/messaging/broadcasts', body({ text: '改了内容' }));
    expect([again.statusCode, again.json().id]).toEqual([200, b.id]);
    expect(await expandQueued()).toBe(0);
    expect(await countMessages({ broadcastId: b.id })).toBe(3000);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', b.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['broadcast']);

    const progress = (await t.as('regional').get(`/api/messaging/broadcasts/${b.id}`)).json().progress;
    expect(progress).toEqual({ queued: 2930, sending: 0, sent: 0, failed: 0, suppressed: 70 });
    expect((await t.as('manager').get(`/api/messaging/broadcasts?projectId=${p1}`)).json().items[0].id).toBe(b.id);
    expect((await list('butler', `&broadcastId=${b.id}&status=suppressed&pageSize=5`)).json().total).toBe(70);
  });

  it('manager: at 22:00 a community-news SMS waits for 08:00; an emergency at 22:00 goes at once', async () => {
    vi.setSystemTime(new Date('2026-03-02T14:00:00Z'));
    try {
      const news = (await t.as('manager').post('/api/messaging/broadcasts', body({ topic: 'communityNews', idempotencyKey: 'news-night', buildingIds: [buildingIds[0]] }))).json();
      const urgent = (await t.as('manager').post('/api/messaging/broadcasts', body({ topic: 'emergency', text: '3号楼燃气泄漏，请勿使用明火。', idempotencyKey: 'gas-night', buildingIds: [buildingIds[1]] }))).json();
      expect(await expandQueued()).toBe(2);
      expect(await broadcastView(news.id)).toMatchObject({ notBefore: '2026-03-03T00:00:00.000Z', queuedCount: 1470 });
      expect(await broadcastView(urgent.id)).toMatchObject({ notBefore: '2026-03-02T14:00:00.000Z', urgent: true, queuedCount: 1470, optedOutCount: 0 });
      // Delivery wakes at 08:00 for the news, at once for the emergency.
      const wakes = (await t.ctx.db.selectFrom('jobs').select('run_at').where('type', '=', DELIVER_MESSAGES).execute()).map((j) => j.run_at);
      expect(wakes).toEqual(expect.arrayContaining(['2026-03-03T00:00:00.000Z', '2026-03-02T14:00:00.000Z']));
    } finally {
      vi.setSystemTime(NOW);
    }
  });

  it('bad broadcasts: another project’s building, no text, a topic not for broadcasts, SMS without a template code; nothing queued', async () => {
    const before = await countMessages();
    const otherBuilding = (await t.ctx.db.selectFrom('buildings').select('id').where('project_id', '=', t.demo.projectIds[1]).executeTakeFirstOrThrow()).id;
    const bad = async (extra: Record<string, unknown>) => (await t.as('butler').post('/api/messaging/broadcasts', body({ idempotencyKey: undefined, ...extra }))).json().error;
    expect((await bad({ buildingIds: [otherBuilding] })).fields).toEqual({ buildingIds: '所选楼栋不属于本项目' });
    expect((await bad({ text: undefined })).fields).toEqual({ text: '请填写消息内容' });
    expect((await bad({ topic: 'birthdayGreeting' })).fields).toEqual({ topic: '该主题不能群发' });
    expect(await bad({ topic: 'lifeInfo' })).toMatchObject({ code: 'SMS_TEMPLATE_MISSING', message: '“生活信息”尚未配置短信模板编号，请先在模板中填写' });
    expect((await bad({ channel: 'fax', extra: 1 })).fields).toMatchObject({ channel: expect.any(String), extra: '不允许的字段' });
    expect(await countMessages()).toBe(before);
    expect(await expandQueued()).toBe(0);
    for (const who of ['regional', 'technician', 'sales', 'marketing', 'owner']) expect((await t.as(who).post('/api/messaging/broadcasts', body())).statusCode, who).toBe(403);
    expect((await t.as('butler2').post('/api/messaging/broadcasts', body())).statusCode).toBe(404);
  });

  it('in-app broadcast: only owners with an account are reached', async () => {
    const res = await t.as('butler').post('/api/messaging/broadcasts', { projectId: p1, topic: 'communityNews', channel: 'inApp', text: '本周六会所亲子活动。', idempotencyKey: 'inapp-news-1' });
    expect(res.statusCode, res.body).toBe(201);
    await expandQueued();
    const b = await broadcastView(res.json().id);
    const accounts = await t.ctx.db.selectFrom('users').select('owner_id').where('kind', '=', 'owner').where('company_id', '=', t.demo.companyId).execute();
    expect(b.queuedCount).toBeGreaterThanOrEqual(1);
    expect(b.queuedCount).toBeLessThanOrEqual(accounts.length);
    expect(b.unreachableCount).toBeGreaterThanOrEqual(3000);
  });

  it('system: expansion goes in chunks (progress x / y between them, the server answers meanwhile); two workers at once or a rewound cursor never double a message', async () => {
    const res = await t.as('butler').post('/api/messaging/broadcasts', body({ idempotencyKey: 'storm-chunks', text: '分批测试。' }));
    const id = res.json().id as string;
    const count = () => countMessages({ broadcastId: id });

    // First chunk only: the page shows how far it got.
    const { finished } = await expandBroadcast(t.ctx.db, id, {
      chunkSize: 1000,
      pause: async () => {
        throw new Error('stop after one chunk');
      },
    }).catch(() => ({ finished: false }));
    expect(finished).toBe(false);
    expect(await broadcastView(id)).toMatchObject({ status: 'expanding', audienceCount: 1000, expansion: { done: 1000, total: 3000 } });

    // The rest by two "workers" at once, with requests in between: each chunk commits on its own.
    const answered: number[] = [];
    let chunksDone = 0;
    const pause = async () => {
      chunksDone++;
      await new Promise<void>((r) => setImmediate(r));
    };
    const during = t.as('butler').get('/api/me').then((r) => answered.push(chunksDone, r.statusCode));
    await Promise.all([expandBroadcast(t.ctx.db, id, { chunkSize: 500, pause }), expandBroadcast(t.ctx.db, id, { chunkSize: 500, pause }), during]);
    expect(answered[1]).toBe(200);
    expect(answered[0]).toBeLessThan(chunksDone);
    expect(await count()).toBe(3000);
    const view = await broadcastView(id);
    expect(view).toMatchObject({ status: 'queued', audienceCount: 3000, queuedCount: 2930, optedOutCount: 10, unreachableCount: 60, expansion: { done: 3000, total: 3000 } });

    // A chunk run again from an old cursor inserts nothing and counts nothing twice.
    await t.ctx.db.updateTable('broadcasts').set({ status: 'expanding', expansion_cursor: null }).where('id', '=', id).execute();
    expect(await expandBroadcastChunk(t.ctx.db, id, 5000, new Date())).toBe('done');
    expect(await count()).toBe(3000);
    expect(await broadcastView(id)).toMatchObject({ status: 'queued', audienceCount: 3000, queuedCount: 2930 });
    // The job queued by the post finds nothing left to do.
    expect(await expandQueued()).toBe(1);
    expect(await count()).toBe(3000);
  });

  it('system: an audience behind other owners is reached slice by slice; a slice without any only moves the cursor', async () => {
    const res = await t.as('butler').post('/api/messaging/broadcasts', body({ buildingIds: [buildingIds[1]], idempotencyKey: 'second-building', text: '停水通知。' }));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const state = () => t.ctx.db.selectFrom('broadcasts').select(['status', 'audience_count', 'expansion_cursor']).where('id', '=', id).executeTakeFirstOrThrow();
    // The project's first 1,000 owners are the demo's and the first building's: nothing to write, the cursor moves past them.
    expect(await expandBroadcastChunk(t.ctx.db, id, 500, new Date(), 1000)).toBe('more');
    const first = await state();
    expect([first.status, first.audience_count]).toEqual(['expanding', 0]);
    expect(first.expansion_cursor! >= ownerIds[0]).toBe(true);
    let chunks = 1;
    while ((await expandBroadcastChunk(t.ctx.db, id, 500, new Date(), 1000)) === 'more') chunks++;
    const written = await t.ctx.db.selectFrom('messages').select('owner_id').where('broadcast_id', '=', id).execute();
    expect(new Set(written.map((m) => m.owner_id))).toEqual(new Set(ownerIds.slice(1500)));
    expect(written.length).toBe(1500);
    expect(await state()).toMatchObject({ status: 'queued', audience_count: 1500 });
    // At least the empty slice, then 1,500 owners at 500 a chunk.
    expect(chunks).toBeGreaterThanOrEqual(4);
  });
});

describe('preferences, templates, quiet hours, channels', () => {
  it('owner: reads and sets their own opt-outs and e-mail; emergencies cannot be turned off', async () => {
    const mine = await t.as('owner').get('/api/messaging/my-preferences');
    expect(mine.json()).toEqual({ owner: { id: ownerId, name: '吴先生' }, email: null, optOuts: [] });
    const put = await t.as('owner').put('/api/messaging/my-preferences', { email: 'wu@example.com', optOuts: [{ topic: 'festivalGreeting', channel: 'sms' }, { topic: 'communityNews', channel: 'sms' }] });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ email: 'wu@example.com', optOuts: [{ topic: 'communityNews', channel: 'sms' }, { topic: 'festivalGreeting', channel: 'sms' }] });
    const no = await t.as('owner').put('/api/messaging/my-preferences', { optOuts: [{ topic: 'emergency', channel: 'sms' }] });
    expect([no.statusCode, no.json().error.fields]).toEqual([400, { 'optOuts.0.topic': '紧急通知不能退订' }]);
    // Staff read the owner's e-mail masked; the owner reads their own in full.
    expect((await t.as('butler').get(`/api/messaging/owners/${ownerId}/preferences`)).json()).toMatchObject({ email: 'w***@example.com', optOuts: { length: 2 } });
    expect((await t.as('owner').get('/api/messaging/my-preferences')).json().email).toBe('wu@example.com');
    expect((await t.as('butler2').get(`/api/messaging/owners/${ownerId}/preferences`)).statusCode).toBe(404);
    expect((await t.as('butler').get('/api/messaging/my-preferences')).statusCode).toBe(403);
    const mail = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'festivalGreeting', channel: 'email', variables: { festival: '清明' }, text: '' });
    expect(mail.statusCode).toBe(400);
    const mail2 = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'festivalGreeting', channel: 'email', variables: { festival: '清明' }, text: '踏青注意安全。' });
    expect(mail2.json()).toMatchObject({ status: 'queued', address: 'w***@example.com' });
    expect(await t.ctx.db.selectFrom('messages').select('address').where('id', '=', mail2.json().id).executeTakeFirstOrThrow()).toEqual({ address: 'wu@example.com' });
    const sms = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'festivalGreeting', variables: { festival: '清明' }, text: '踏青注意安全。' });
    expect(sms.json()).toMatchObject({ status: 'suppressed', lastErrorText: '业主已退订该主题' });
    // Back to none for the other tests.
    await t.as('butler').put(`/api/messaging/owners/${ownerId}/preferences`, { optOuts: [] });
  });

  it('manager: edits a template (admin and manager only, stale version 409); the text drives in-app and e-mail', async () => {
    const templates = (await t.as('butler').get('/api/messaging/templates')).json().items;
    const life = templates.find((x: { topic: string }) => x.topic === 'lifeInfo');
    expect(life).toMatchObject({ custom: false, smsTemplateCode: null, variables: ['content'], version: 0 });
    const res = await t.as('manager').put('/api/messaging/templates/lifeInfo', { title: '生活信息', text: '【生活信息】${content}', smsTemplateCode: 'SMS_468120010' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.find((x: { topic: string }) => x.topic === 'lifeInfo')).toMatchObject({ custom: true, smsTemplateCode: 'SMS_468120010', version: 1 });
    const stale = await t.as('admin').put('/api/messaging/templates/lifeInfo', { title: '生活信息', text: '${content}', version: 5 });
    expect(stale.statusCode).toBe(409);
    const badCode = await t.as('admin').put('/api/messaging/templates/lifeInfo', { title: '生活信息', text: '${content}', smsTemplateCode: 'abc' });
    expect(badCode.json().error.fields).toEqual({ smsTemplateCode: '格式不正确' });
    expect((await t.as('butler').put('/api/messaging/templates/lifeInfo', { title: 'x', text: 'y' })).statusCode).toBe(403);
  });

  it('manager: sets quiet hours 22:30–07:00 for the project; an SMS at 22:00 then goes at once', async () => {
    const res = await t.as('manager').put('/api/messaging/settings', { projectId: p1, quietStart: '22:30', quietEnd: '07:00' });
    expect(res.json()).toEqual({ projectId: p1, quietStart: '22:30', quietEnd: '07:00', isDefault: false });
    vi.setSystemTime(new Date('2026-03-02T14:00:00Z'));
    try {
      const m = await t.as('butler').post('/api/messaging/messages', { projectId: p1, ownerId, topic: 'communityNews', text: '今晚 10 点停水。' });
      expect(m.json()).toMatchObject({ notBefore: '2026-03-02T14:00:00.000Z', deferred: false });
    } finally {
      vi.setSystemTime(NOW);
    }
    expect((await t.as('butler').put('/api/messaging/settings', { projectId: p1, quietStart: '22:30', quietEnd: '07:00' })).statusCode).toBe(403);
    expect((await t.as('manager').put('/api/messaging/settings', { projectId: p1, quietStart: '25:00', quietEnd: '07:00' })).statusCode).toBe(400);
    await t.as('manager').put('/api/messaging/settings', { projectId: p1, quietStart: '21:00', quietEnd: '08:00' });
  });

  it('reader: channel status says SMS and e-mail are not configured here', async () => {
    const res = await t.as('regional').get('/api/messaging/channels');
    expect(res.json()).toEqual({
      inApp: { configured: true },
      sms: { configured: false, provider: 'aliyun', signName: null, endpoint: 'https://dysmsapi.aliyuncs.com/', ratePerSecond: 50 },
      email: { configured: false, from: null, ratePerSecond: 10 },
    });
    for (const who of ['technician', 'sales', 'owner']) expect((await t.as(who).get('/api/messaging/channels')).statusCode, who).toBe(403);
  });
});
