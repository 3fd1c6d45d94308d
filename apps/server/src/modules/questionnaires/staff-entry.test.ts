import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { answers } from './questionnaire-test-kit.js';

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

describe('the butler’s entry from a deal (录入问卷)', () => {
  it('consent recorded on paper through the consent endpoint, then the answers: entered-by is the butler, the deal’s checklist ticks, a required answer left empty is 400', async () => {
    const unit = await t.ctx.db.selectFrom('units').leftJoin('households', 'households.unit_id', 'units.id').select('units.id').where('units.project_id', '=', p1).where('households.id', 'is', null).orderBy('units.code').executeTakeFirstOrThrow();
    const deal = (await t.as('butler').post(`/api/projects/${p1}/deals`, { unitId: unit.id, buyer: { name: '韩先生', phone: '13911112222' }, signingDate: '2026-03-01' })).json();
    const ownerId = deal.buyer.ownerId as string;
    const q = (await t.as('butler').get(`/api/questionnaires?projectId=${p1}`)).json().items.find((x: { status: string }) => x.status === 'published');
    const body = { ownerId, householdId: deal.householdId, questionnaireId: q.id, method: 'paper' };

    expect((await t.as('butler').post('/api/questionnaires/responses', { ...body, answers: answers() })).json().error.code).toBe('CONSENT_REQUIRED');
    const consent = await t.as('butler').post(`/api/owners/${ownerId}/consents`, { purpose: 'serviceProfile', granted: true, method: 'paper' });
    expect(consent.statusCode, consent.body).toBe(201);

    const missing = await t.as('butler').post('/api/questionnaires/responses', { ...body, answers: answers({ holidayHome: undefined }) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toMatchObject({ 'answers.holidayHome': expect.any(String) });

    const res = await t.as('butler').post('/api/questionnaires/responses', { ...body, answers: answers() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ method: 'paper', recordedBy: { name: '管家 刘芳' } });
    const row = await t.ctx.db.selectFrom('questionnaire_responses').select(['recorded_by', 'invitation_id']).where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row).toEqual({ recorded_by: t.demo.users.butler, invitation_id: null });
    const item = (await t.as('butler').get(`/api/deals/${deal.id}`)).json().checklist.find((i: { item: string }) => i.item === 'questionnaireFilled');
    expect(item).toMatchObject({ status: 'done', doneAt: NOW.toISOString() });
  });
});
