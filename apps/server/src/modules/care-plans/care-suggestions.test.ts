import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { answers, newOwnerWithLink } from '../questionnaires/questionnaire-test-kit.js';
import { elderlyHousehold, profileOf, grandmother, runCareRefreshJobs, suggestionsOf, type SuggestionView } from './care-test-kit.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');
let t: TestApp;
let p1: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const byKey = (items: SuggestionView[], key: string) => items.find((s) => s.actionKey === key)!;
const profileUrl = (id: string) => `/api/households/${id}/service-profile`;

describe('suggestions follow the household profile', () => {
  it('butler: once the profile marks the household elderly, the worker offers the seed’s three elderly services', async () => {
    const { householdId } = await elderlyHousehold(t, '郑先生');
    expect(await suggestionsOf(t, householdId)).toEqual([]);
    expect(await runCareRefreshJobs(t)).toBeGreaterThanOrEqual(1);
    const open = await suggestionsOf(t, householdId, 'suggested');
    expect(open.map((s) => s.proposal.title).sort()).toEqual(['主动征询物品代购需求', '定时巡查问候', '建立健康档案'].sort());
    expect(byKey(open, 'visits')).toMatchObject({ proposal: { categoryNumber: 5, itemNumber: 1, recurrence: { kind: 'weekly', weekdays: [2, 5] }, timeOfDay: '10:00', itemName: '日常生活安排' }, allowedActions: ['accept', 'adjust', 'decline'] });
    // A second refresh with nothing changed adds nothing.
    await t.as('butler').post('/api/care-suggestions/refresh', { householdId });
    expect(await suggestionsOf(t, householdId)).toHaveLength(3);
    // The butler's queue for the project lists them with the household's name.
    const queue = (await t.as('butler').get(`/api/care-suggestions?projectId=${p1}&status=suggested&pageSize=200`)).json();
    expect(queue.items.filter((s: { householdId: string }) => s.householdId === householdId)).toHaveLength(3);
    expect(queue.items[0].householdLabel).toMatch(/号楼/);
  });

  it('butler: accepting creates an active plan with the next date; adjusting changes item, rhythm and time', async () => {
    const { householdId } = await elderlyHousehold(t, '冯先生');
    await runCareRefreshJobs(t);
    const open = await suggestionsOf(t, householdId);
    const visits = byKey(open, 'visits');
    const accepted = await t.as('butler').post(`/api/care-suggestions/${visits.id}/accept`, { version: visits.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().suggestion).toMatchObject({ status: 'accepted', decidedBy: { id: t.demo.users.butler }, allowedActions: [] });
    // Monday: the next Tuesday/Friday is tomorrow.
    expect(accepted.json().plan).toMatchObject({ status: 'active', title: '定时巡查问候', startOn: '2026-03-02', nextDueOn: '2026-03-03', upcoming: ['2026-03-03', '2026-03-06', '2026-03-10'], accountable: { id: t.demo.users.butler }, allowedActions: ['pause', 'end'] });
    const again = await t.as('butler').post(`/api/care-suggestions/${visits.id}/accept`, { version: visits.version + 1 });
    expect(again.statusCode).toBe(409);

    const purchasing = byKey(open, 'purchasing');
    const badAdjust = await t.as('butler').post(`/api/care-suggestions/${purchasing.id}/adjust`, { version: purchasing.version, categoryNumber: 5, itemNumber: 27, recurrence: { kind: 'monthly' }, timeOfDay: '09:00' });
    expect(badAdjust.statusCode).toBe(400);
    expect(badAdjust.json().error.fields).toEqual({ 'recurrence.dayOfMonth': '每月日期须在 1–31 日之间' });
    const adjusted = await t.as('butler').post(`/api/care-suggestions/${purchasing.id}/adjust`, { version: purchasing.version, title: '每月代购生活用品', categoryNumber: 5, itemNumber: 27, recurrence: { kind: 'monthly', dayOfMonth: 31 }, timeOfDay: '09:00' });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    expect(adjusted.json().suggestion.status).toBe('adjusted');
    expect(adjusted.json().plan).toMatchObject({ title: '每月代购生活用品', itemName: '配送日常生活用品', recurrence: { kind: 'monthly', dayOfMonth: 31 }, timeOfDay: '09:00', nextDueOn: '2026-03-31' });
    const plans = (await t.as('butler').get(`/api/care-plans?householdId=${householdId}`)).json();
    expect(plans.total).toBe(2);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [visits.id, purchasing.id]).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['careSuggestion.accept', 'careSuggestion.adjust', 'careSuggestion.suggest', 'careSuggestion.suggest']);
  });

  it('butler: declining needs a reason; a declined suggestion comes back only when the profile changes or on reconsider', async () => {
    const { householdId } = await elderlyHousehold(t, '褚先生');
    await runCareRefreshJobs(t);
    const health = byKey(await suggestionsOf(t, householdId), 'healthRecord');
    const noReason = await t.as('butler').post(`/api/care-suggestions/${health.id}/decline`, { version: health.version, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual({ reason: '请填写不采纳的原因' });
    const en = await t.as('butler').post(`/api/care-suggestions/${health.id}/decline`, { version: health.version, reason: '' }, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ reason: 'Give the reason for declining' });
    const declined = await t.as('butler').post(`/api/care-suggestions/${health.id}/decline`, { version: health.version, reason: '子女已在医院建档' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: '子女已在医院建档', allowedActions: ['reconsider'] });
    expect((await t.as('butler').post(`/api/care-suggestions/${health.id}/decline`, { version: health.version + 1, reason: '再次' })).statusCode).toBe(409);

    // A note changes nothing the rules read: still declined.
    const v1 = (await t.as('butler').get(profileUrl(householdId))).json().version;
    await t.as('butler').put(profileUrl(householdId), { version: v1, profile: profileOf({ members: [grandmother], notes: '下午午睡' }) });
    await runCareRefreshJobs(t);
    expect(byKey(await suggestionsOf(t, householdId), 'healthRecord').status).toBe('declined');

    // Busy as well: the basis changed, so the declined one is offered again, beside the busy services.
    await t.as('butler').put(profileUrl(householdId), { version: v1 + 1, profile: profileOf({ members: [grandmother], tags: ['busy'] }) });
    await runCareRefreshJobs(t);
    const after = await suggestionsOf(t, householdId);
    expect(byKey(after, 'healthRecord')).toMatchObject({ status: 'suggested', allowedActions: ['accept', 'adjust', 'decline'] });
    expect(after.filter((s) => s.status === 'suggested')).toHaveLength(7);

    // The grandmother moved out and the owner is no longer busy: the open ones are withdrawn.
    await t.as('butler').put(profileUrl(householdId), { version: v1 + 2, profile: profileOf({}) });
    await runCareRefreshJobs(t);
    expect(new Set((await suggestionsOf(t, householdId)).map((s) => s.status))).toEqual(new Set(['withdrawn']));
  });

  it('butler: reconsiders a declined suggestion', async () => {
    const { householdId } = await elderlyHousehold(t, '卫先生');
    await runCareRefreshJobs(t);
    const s = byKey(await suggestionsOf(t, householdId), 'purchasing');
    const declined = (await t.as('butler').post(`/api/care-suggestions/${s.id}/decline`, { version: s.version, reason: '暂不需要' })).json();
    const back = await t.as('butler').post(`/api/care-suggestions/${s.id}/reconsider`, { version: declined.version });
    expect(back.json()).toMatchObject({ status: 'suggested', declineReason: null, decidedBy: null });
    expect((await t.as('butler').post(`/api/care-suggestions/${s.id}/reconsider`, { version: back.json().version })).json().error.code).toBe('FORBIDDEN_TRANSITION');
  });

  it('owner withdraws consent to the answers: suggestions that came from them are withdrawn; granting again brings them back', async () => {
    const { householdId, ownerId, token } = await newOwnerWithLink(t, '邬先生');
    await t.as(null).post(`/api/public/invitations/${token}/questionnaire/consent`, { granted: true });
    const version = (await t.as(null).get(`/api/public/invitations/${token}/questionnaire`)).json().questionnaire.versionNo;
    expect((await t.as(null).post(`/api/public/invitations/${token}/questionnaire/responses`, { version, answers: answers() })).statusCode).toBe(201);
    await runCareRefreshJobs(t);
    const offered = await suggestionsOf(t, householdId, 'suggested');
    expect(offered.length).toBeGreaterThanOrEqual(3);

    const consent = (granted: boolean) => t.as('butler').post(`/api/owners/${ownerId}/consents`, { purpose: 'serviceProfile', granted, method: 'verbal', note: '电话' });
    expect((await consent(false)).statusCode).toBe(201);
    expect(await runCareRefreshJobs(t)).toBe(1);
    expect(await suggestionsOf(t, householdId, 'suggested')).toEqual([]);
    expect((await suggestionsOf(t, householdId, 'withdrawn')).map((s) => s.id).sort()).toEqual(offered.map((s) => s.id).sort());

    expect((await consent(true)).statusCode).toBe(201);
    expect(await runCareRefreshJobs(t)).toBe(1);
    expect(await suggestionsOf(t, householdId, 'suggested')).toHaveLength(offered.length);
  });

  it('visibility: another project’s butler gets 404, field staff, sales and owners 403', async () => {
    const { householdId } = await elderlyHousehold(t, '蒋先生');
    await runCareRefreshJobs(t);
    const s = (await suggestionsOf(t, householdId))[0]!;
    expect((await t.as('butler2').post(`/api/care-suggestions/${s.id}/accept`, { version: s.version })).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/care-suggestions?householdId=${householdId}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/care-suggestions?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post('/api/care-suggestions/refresh', { householdId })).statusCode).toBe(404);
    for (const who of ['technician', 'sales', 'owner']) {
      expect((await t.as(who).get(`/api/care-suggestions?householdId=${householdId}`)).statusCode, who).toBe(403);
      expect((await t.as(who).post(`/api/care-suggestions/${s.id}/decline`, { version: s.version, reason: 'x' })).statusCode, who).toBe(403);
    }
    expect((await t.as(null).get(`/api/care-suggestions?householdId=${householdId}`)).statusCode).toBe(401);
  });

  it('demo: the demo household has open suggestions and one accepted plan', async () => {
    const demo = await suggestionsOf(t, t.demo.ownerHouseholdId);
    expect(demo.filter((s) => s.status === 'suggested').length).toBeGreaterThan(0);
    expect(byKey(demo, 'visits').status).toBe('accepted');
    expect(byKey(demo, 'venue').proposal).toMatchObject({ categoryNumber: 1, itemNumber: 3 });
  });
});
