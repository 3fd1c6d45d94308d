import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { answers, newOwnerWithLink } from '../questionnaires/questionnaire-test-kit.js';

const NOW = new Date('2026-03-02T02:00:00Z');

let t: TestApp;
let demoOwnerId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  demoOwnerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const url = (id: string) => `/api/households/${id}/service-profile`;
const profile = (patch: Record<string, unknown> = {}) => ({ members: [], tags: [], personality: [], preferences: [], habits: [], needs: [], usualTimes: [], notes: null, ...patch });

describe('reading a household profile', () => {
  it('butler: the demo household combines the butler record with the answers; derived and chosen tags', async () => {
    const res = await t.as('butler').get(url(t.demo.ownerHouseholdId));
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ access: 'full', allowedActions: ['edit'], householdLabel: expect.stringContaining('1-101') });
    expect(p.detail.answersHidden).toBe(false);
    expect(p.detail.combined.tags).toEqual(['elderly', 'sporty', 'busy', 'children']);
    expect(p.detail.combined.members.map((m: { name: string }) => m.name)).toEqual(['吴先生', '林女士', '吴老先生', '吴小宝']);
    expect(p.detail.combined.needs).toContain('每周五下午家政保洁');
    expect(p.detail.recorded.notes).toBe('吴老先生听力不太好，敲门请稍用力');
  });

  it('technician: reads only the summary (tags, members by name and relation, needs, preferences)', async () => {
    const p = (await t.as('technician').get(url(t.demo.ownerHouseholdId))).json();
    expect(p).toMatchObject({ access: 'summary', detail: null, allowedActions: [] });
    expect(p.summary.members[2]).toEqual({ name: '吴老先生', relation: 'parent' });
    expect(p.summary.tags).toContain('elderly');
  });

  it('owner: reads their own profile in full; another household is 404; the sales side 403; project-2 butler 404', async () => {
    const own = await t.as('owner').get(url(t.demo.ownerHouseholdId));
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ access: 'full', allowedActions: [] });
    const { householdId } = await newOwnerWithLink(t, '冯先生');
    expect((await t.as('owner').get(url(householdId))).statusCode).toBe(404);
    expect((await t.as('sales').get(url(householdId))).statusCode).toBe(403);
    expect((await t.as('butler2').get(url(t.demo.ownerHouseholdId))).statusCode).toBe(404);
    expect((await t.as('owner').put(url(t.demo.ownerHouseholdId), { version: 1, profile: profile() })).statusCode).toBe(403);
  });
});

describe('editing and consent', () => {
  it('butler: creates a profile at version 0, edits it, a stale version is 409; the history names the parts', async () => {
    const { householdId } = await newOwnerWithLink(t, '何先生');
    const empty = (await t.as('butler').get(url(householdId))).json();
    expect(empty).toMatchObject({ version: 0, detail: { answersHidden: false, fromAnswers: null } });
    const first = await t.as('butler').put(url(householdId), { version: 0, profile: profile({ members: [{ name: '何爷爷', relation: 'grandparent', birthday: { calendar: 'lunar', month: 12, day: 30 } }], tags: ['holidayHome'] }) });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(1);
    expect(first.json().detail.combined.tags).toEqual(['holidayHome']);
    const second = await t.as('manager').put(url(householdId), { version: 1, profile: profile({ needs: ['房间通风'] }) });
    expect(second.json().version).toBe(2);
    const stale = await t.as('butler').put(url(householdId), { version: 1, profile: profile() });
    expect(stale.statusCode).toBe(409);
    const again = await t.as('butler').put(url(householdId), { version: 0, profile: profile() });
    expect(again.statusCode).toBe(409);
    const bad = await t.as('butler').put(url(householdId), { version: 2, profile: profile({ members: [{ name: '某', relation: 'self', birthday: { calendar: 'solar', month: 4, day: 31 } }] }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['profile.members.0.birthday']).toBe('生日日期不存在');
    const history = (await t.as('butler').get(`${url(householdId)}/history`)).json().items;
    expect(history.map((h: { fields: string[] }) => h.fields)).toEqual([['members', 'tags', 'needs'], ['members', 'tags']]);
    expect(history[0].actor.name).toBe('服务中心经理 张伟');
  });

  it('butler: answers arriving move the version, so an editor holding the old one gets 409', async () => {
    const { householdId, token } = await newOwnerWithLink(t, '吕先生');
    const first = (await t.as('butler').put(url(householdId), { version: 0, profile: profile({ notes: '先记一笔' }) })).json();
    await t.as(null).post(`/api/public/invitations/${token}/questionnaire/consent`, { granted: true });
    const version = (await t.as(null).get(`/api/public/invitations/${token}/questionnaire`)).json().questionnaire.versionNo;
    expect((await t.as(null).post(`/api/public/invitations/${token}/questionnaire/responses`, { version, answers: answers() })).statusCode).toBe(201);
    expect((await t.as('butler').put(url(householdId), { version: first.version, profile: profile() })).statusCode).toBe(409);
    const now = (await t.as('butler').get(url(householdId))).json();
    expect(now.detail.recorded.notes).toBe('先记一笔');
    expect(now.detail.fromAnswers.tags).toEqual(['elderly', 'holidayHome', 'sporty', 'busy']);
  });

  it('butler: after the owner withdraws, staff see only the butler record and no answers; the owner still sees their own', async () => {
    const withdraw = await t.as('butler').post(`/api/owners/${demoOwnerId}/consents`, { purpose: 'serviceProfile', granted: false, method: 'verbal', note: '电话中要求撤回' });
    expect(withdraw.statusCode, withdraw.body).toBe(201);
    const p = (await t.as('butler').get(url(t.demo.ownerHouseholdId))).json();
    expect(p.detail).toMatchObject({ answersHidden: true, fromAnswers: null });
    expect(p.detail.combined.members).toEqual([]);
    expect(p.detail.combined.needs).toEqual(['每周五下午家政保洁']);
    expect(p.summary.tags).toEqual([]);
    const answersList = (await t.as('butler').get(`/api/households/${t.demo.ownerHouseholdId}/questionnaire-responses`)).json();
    expect(answersList).toEqual({ items: [], hiddenCount: 1 });
    expect((await t.as('owner').get(`/api/households/${t.demo.ownerHouseholdId}/questionnaire-responses`)).json().items).toHaveLength(1);
    expect((await t.as('owner').get(url(t.demo.ownerHouseholdId))).json().detail.answersHidden).toBe(false);
    // Granting again shows them again: nothing was deleted.
    await t.as('butler').post(`/api/owners/${demoOwnerId}/consents`, { purpose: 'serviceProfile', granted: true, method: 'paper' });
    expect((await t.as('butler').get(url(t.demo.ownerHouseholdId))).json().detail.answersHidden).toBe(false);
  });
});
