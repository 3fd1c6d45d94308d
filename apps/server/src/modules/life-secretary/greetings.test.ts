import { emptyProfile, type ProfileContent } from '@guanjia/domain/service-profiles/index';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { EXPAND_BROADCAST } from '../messaging/expand-broadcast.js';
import { runQueuedJobs } from '../messaging/messaging-test-kit.js';
import { sendGreetings } from './send-greetings.js';

// 2026-09-20, 10:00 in Shanghai; 中秋 (农历八月十五) is 2026-09-25.
const NOW = new Date('2026-09-20T02:00:00Z');
const MID_AUTUMN_0900 = new Date('2026-09-25T01:00:00Z');

let t: TestApp;
let p1: string;
let ownerId: string;
const profile = (patch: Partial<ProfileContent>): string => JSON.stringify({ ...emptyProfile(), ...patch });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
  // The butler recorded grandmother's lunar birthday; the owner's questionnaire gave the daughter's (solar 9/26).
  await t.ctx.db
    .updateTable('service_profiles')
    .set({
      recorded: profile({ members: [{ name: '吴奶奶', relation: 'grandparent', birthday: { calendar: 'lunar', year: 1948, month: 8, day: 15 } }] }),
      answered: profile({ members: [{ name: '吴小妹', relation: 'child', birthday: { calendar: 'solar', month: 9, day: 26 } }] }),
      answered_owner_id: ownerId,
    })
    .where('household_id', '=', t.demo.ownerHouseholdId)
    .execute();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const greetingMessages = (topic: string) => t.ctx.db.selectFrom('messages').select(['owner_id', 'status', 'last_error', 'body', 'channel', 'broadcast_id']).where('topic', '=', topic).where('project_id', '=', p1).where('created_at', '>=', NOW.toISOString()).execute();
const sends = () => t.ctx.db.selectFrom('greeting_sends').selectAll().orderBy('id').execute();

describe('节日问候 and 生日祝贺', () => {
  it('manager: settings with bad wording are refused; saved with a version', async () => {
    const settings = (await t.as('butler').get(`/api/life-secretary/settings?projectId=${p1}`)).json();
    expect(settings).toMatchObject({ greetingsEnabled: true, channel: 'sms', isDefault: false });
    const body = { ...settings, projectId: p1, festivals: ['midAutumn', 'nationalDay'] };
    delete body.isDefault;
    delete body.festivalChoices;
    expect(settings.festivalChoices.map((f: { name: { 'zh-CN': string } }) => f.name['zh-CN'])).toEqual(['元旦', '春节', '元宵节', '清明节', '劳动节', '端午节', '中秋节', '重阳节', '国庆节']);
    const bad = await t.as('manager').put('/api/life-secretary/settings', { ...body, birthdayText: '${name}，${festival}' });
    expect([bad.statusCode, Object.keys(bad.json().error.fields)]).toEqual([400, ['birthdayText']]);
    const ok = await t.as('manager').put('/api/life-secretary/settings', body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ festivals: ['midAutumn', 'nationalDay'], version: settings.version + 1 });
    expect((await t.as('manager').put('/api/life-secretary/settings', body)).statusCode).toBe(409);
    expect((await t.as('butler').put('/api/life-secretary/settings', { ...body, version: ok.json().version })).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/life-secretary/settings?projectId=${p1}`)).statusCode).toBe(404);
  });

  it('the 30-day preview: 中秋 and 吴奶奶’s lunar birthday on 9/25, 吴小妹 on 9/26, 国庆 on 10/1; festivals not chosen are left out', async () => {
    const res = await t.as('butler').get(`/api/life-secretary/greetings/preview?projectId=${p1}`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items.map((g: { date: string; festival: { name: string } | null; member: { name: string; birthday: string } | null }) => [g.date, g.festival?.name ?? `${g.member!.name} ${g.member!.birthday}`]);
    expect(items).toEqual([
      ['2026-09-25', '中秋节'],
      ['2026-09-25', '吴奶奶 农历1948年八月十五'],
      ['2026-09-26', '吴小妹 9月26日'],
      ['2026-10-01', '国庆节'],
    ]);
    expect(res.json()).toMatchObject({ enabled: true, from: '2026-09-20', days: 30 });
  });

  it('system: 中秋 at 09:00 greets every household through a broadcast and 吴奶奶’s birthday to her household; run twice, sent once; an opt-out is kept', async () => {
    await t.as('owner').put('/api/messaging/my-preferences', { optOuts: [{ topic: 'birthdayGreeting', channel: 'sms' }] });
    const first = await sendGreetings(t.ctx.db, MID_AUTUMN_0900);
    expect(first).toEqual({ festivals: 1, birthdays: 1, messages: 0, failures: [] });
    const second = await sendGreetings(t.ctx.db, MID_AUTUMN_0900);
    expect(second).toEqual({ festivals: 0, birthdays: 0, messages: 0, failures: [] });
    expect((await sends()).map((s) => [s.date, s.kind, s.festival_key ?? s.member_name])).toEqual([
      ['2026-09-25', 'festival', 'midAutumn'],
      ['2026-09-25', 'birthday', '吴奶奶'],
    ]);
    expect(await t.ctx.db.selectFrom('broadcasts').select('id').where('topic', '=', 'festivalGreeting').execute()).toHaveLength(1);

    // The broadcast is expanded by its job, chunk by chunk; each owner's own name is in the text.
    expect(await runQueuedJobs(t.ctx.db, t.ctx.dialect, EXPAND_BROADCAST)).toBe(1);
    const festival = await greetingMessages('festivalGreeting');
    const wu = festival.find((m) => m.owner_id === ownerId)!;
    expect(wu).toMatchObject({ status: 'queued', channel: 'sms', body: '吴先生您好，中秋节快乐！物业服务中心全体管家祝您阖家幸福。' });
    expect(festival.every((m) => m.broadcast_id && !m.body.includes('${'))).toBe(true);
    expect(await greetingMessages('birthdayGreeting')).toEqual([
      { owner_id: ownerId, status: 'suppressed', last_error: 'optedOut', body: '吴先生您好，今天是吴奶奶的生日，物业服务中心全体管家祝吴奶奶生日快乐！', channel: 'sms', broadcast_id: null },
    ]);
    await sendGreetings(t.ctx.db, MID_AUTUMN_0900);
    expect(await runQueuedJobs(t.ctx.db, t.ctx.dialect, EXPAND_BROADCAST)).toBe(0);
    expect(await greetingMessages('festivalGreeting')).toHaveLength(festival.length);

    const log = (await t.as('manager').get(`/api/life-secretary/greetings/sent?projectId=${p1}`)).json();
    expect(log.items.map((s: { kind: string; messageCount: number }) => [s.kind, s.messageCount])).toEqual([
      ['birthday', 0],
      ['festival', festival.filter((m) => m.status === 'queued').length],
    ]);
    await t.as('owner').put('/api/messaging/my-preferences', { optOuts: [] });
  });

  it('a questionnaire birthday needs the respondent’s consent: withdrawn, 吴小妹 is neither previewed nor greeted on 9/26', async () => {
    const withdrawn = await t.as('butler').post(`/api/owners/${ownerId}/consents`, { purpose: 'serviceProfile', granted: false, method: 'verbal' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    const preview = (await t.as('butler').get(`/api/life-secretary/greetings/preview?projectId=${p1}`)).json();
    expect(preview.items.some((g: { member: { name: string } | null }) => g.member?.name === '吴小妹')).toBe(false);
    expect(await sendGreetings(t.ctx.db, new Date('2026-09-26T01:00:00Z'))).toEqual({ festivals: 0, birthdays: 0, messages: 0, failures: [] });
    await t.as('butler').post(`/api/owners/${ownerId}/consents`, { purpose: 'serviceProfile', granted: true, method: 'verbal' });
    expect(await sendGreetings(t.ctx.db, new Date('2026-09-26T01:00:00Z'))).toEqual({ festivals: 0, birthdays: 1, messages: 1, failures: [] });
  });

  it('visibility of the preview and the log: other project 404, sales 403', async () => {
    expect((await t.as('butler2').get(`/api/life-secretary/greetings/preview?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('sales').get(`/api/life-secretary/greetings/sent?projectId=${p1}`)).statusCode).toBe(403);
    expect((await t.as('owner').get(`/api/life-secretary/greetings/preview?projectId=${p1}`)).statusCode).toBe(403);
  });
});
