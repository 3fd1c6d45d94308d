import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { answers, newOwnerWithLink } from './questionnaire-test-kit.js';

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

const pub = (token: string) => `/api/public/invitations/${token}/questionnaire`;
const published = async () => (await t.as('manager').get(`/api/questionnaires?projectId=${p1}`)).json().items.find((q: { status: string }) => q.status === 'published');

describe('the owner fills the questionnaire on the phone', () => {
  it('owner: sees the consent first; answers before consenting are refused (422) and nothing is stored', async () => {
    const { token, householdId } = await newOwnerWithLink(t, '陈先生');
    const page = await t.as(null).get(pub(token));
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ status: 'notStarted', consent: null, consentPurpose: 'serviceProfile', canSubmit: true });
    expect(page.json().consentText).toContain('个性化服务需求档案');
    expect(page.json().questionnaire.sections.map((s: { title: string }) => s.title)).toContain('运动与作息');
    const early = await t.as(null).post(`${pub(token)}/responses`, { version: page.json().questionnaire.versionNo, answers: answers() });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('CONSENT_REQUIRED');
    expect(await t.ctx.db.selectFrom('questionnaire_responses').select('id').where('household_id', '=', householdId).execute()).toEqual([]);
  });

  it('owner: consents, gets the answers checked by question, submits; the profile is filled and the consent says h5 with no staff', async () => {
    const { token, householdId, ownerId } = await newOwnerWithLink(t, '陈先生');
    const consent = await t.as(null).post(`${pub(token)}/consent`, { granted: true });
    expect(consent.statusCode, consent.body).toBe(200);
    expect(consent.json()).toMatchObject({ status: 'notStarted', consent: { granted: true } });
    const version = consent.json().questionnaire.versionNo;

    const bad = await t.as(null).post(`${pub(token)}/responses`, { version, answers: answers({ holidayHome: 'castle', serviceNeeds: [], members: [{ name: '', relation: 'self' }] }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('常住家庭成员');
    expect(bad.json().error.fields).toEqual({ 'answers.members.0': '请填写成员姓名', 'answers.holidayHome': '请从选项中选择', 'answers.serviceNeeds': '此题必填' });
    const english = await t.as(null).post(`${pub(token)}/responses`, { version, answers: answers({ serviceNeeds: undefined }) }, { 'accept-language': 'en' });
    expect(english.json().error.fields['answers.serviceNeeds']).toBe('This question is required');
    expect(english.json().error.message).toContain('入住后希望管家重点提供的服务');

    const ok = await t.as(null).post(`${pub(token)}/responses`, { version, answers: answers() });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await t.as(null).get(pub(token))).json()).toMatchObject({ status: 'submitted', submittedAt: NOW.toISOString() });

    const profile = (await t.as('butler').get(`/api/households/${householdId}/service-profile`)).json();
    expect(profile.detail.combined.tags).toEqual(['elderly', 'holidayHome', 'sporty', 'busy']);
    expect(profile.detail.combined.members[1]).toMatchObject({ name: '陈奶奶', birthday: { calendar: 'lunar', month: 8, day: 15, leapMonth: true } });
    expect(profile.detail.combined.usualTimes).toEqual(['每年 1–3 月', '周末早上']);

    const consents = (await t.as('butler').get(`/api/owners/${ownerId}/consents`)).json();
    expect(consents.current.find((c: { purpose: string }) => c.purpose === 'serviceProfile').consent).toMatchObject({ granted: true, method: 'h5', recordedBy: null, textVersion: 'serviceProfile-2026-01' });
    const answersList = (await t.as('butler').get(`/api/households/${householdId}/questionnaire-responses`)).json();
    expect(answersList.items[0].answers.find((a: { key: string }) => a.key === 'members').display).toContain('陈奶奶（父母，农历闰八月十五）');
    expect(answersList.items[0].answers.find((a: { key: string }) => a.key === 'holidayHome').display).toBe('度假式居住（不常住）');
  });

  it('owner: declines politely; the refusal is stored and the questions are no longer sent', async () => {
    const { token, ownerId } = await newOwnerWithLink(t, '周女士');
    const no = await t.as(null).post(`${pub(token)}/consent`, { granted: false });
    expect(no.json()).toMatchObject({ status: 'consentRefused', consent: { granted: false }, questionnaire: null });
    const row = await t.ctx.db.selectFrom('consents').selectAll().where('owner_id', '=', ownerId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ granted: 0, method: 'h5', recorded_by: null });
    expect((await t.as(null).post(`${pub(token)}/responses`, { version: 1, answers: answers() })).statusCode).toBe(422);
  });

  it('anyone: a stale version is 409; an unknown link 404', async () => {
    const { token } = await newOwnerWithLink(t, '郑先生');
    await t.as(null).post(`${pub(token)}/consent`, { granted: true });
    expect((await t.as(null).post(`${pub(token)}/responses`, { version: 99, answers: answers() })).statusCode).toBe(409);
    expect((await t.as(null).get(pub('x'.repeat(43)))).statusCode).toBe(404);
  });
});

describe('the butler enters it for the owner', () => {
  it('butler: records the verbal consent first and the answers in one go; without consent 422', async () => {
    const { ownerId, householdId } = await newOwnerWithLink(t, '钱先生');
    const q = await published();
    const refused = await t.as('butler').post('/api/questionnaires/responses', { ownerId, householdId, questionnaireId: q.id, answers: answers(), method: 'paper' });
    expect(refused.statusCode).toBe(422);
    const res = await t.as('butler').post('/api/questionnaires/responses', { ownerId, householdId, questionnaireId: q.id, answers: answers(), method: 'paper', consentMethod: 'verbal' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ method: 'paper', owner: { name: '钱先生' }, recordedBy: { name: '管家 刘芳' } });
    const consent = (await t.as('butler').get(`/api/owners/${ownerId}/consents`)).json().history[0];
    expect(consent).toMatchObject({ method: 'verbal', granted: true, recordedBy: { name: '管家 刘芳' } });
    const list = (await t.as('manager').get(`/api/questionnaires/responses?projectId=${p1}`)).json();
    expect(list.items[0]).toMatchObject({ household: { id: householdId }, owner: { name: '钱先生' } });
  });

  it('butler: an owner of another household is refused by field; project-2 butler does not find the questionnaire (404)', async () => {
    const { ownerId } = await newOwnerWithLink(t, '孙先生');
    const q = await published();
    const wrong = await t.as('butler').post('/api/questionnaires/responses', { ownerId, householdId: t.demo.ownerHouseholdId, questionnaireId: q.id, answers: answers(), method: 'verbal', consentMethod: 'verbal' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.householdId).toBe('该业主不是这户的成员');
    expect((await t.as('butler2').post('/api/questionnaires/responses', { ownerId, householdId: t.demo.ownerHouseholdId, questionnaireId: q.id, answers: answers(), method: 'verbal' })).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/questionnaires/${q.id}`)).statusCode).toBe(404);
    expect((await t.as('sales').get(`/api/questionnaires?projectId=${p1}`)).statusCode).toBe(403);
  });
});

describe('building versions', () => {
  it('manager: copies the published version, edits the draft, publishes it; the old one retires; a stale save is 409', async () => {
    const old = await published();
    const draft = await t.as('manager').post('/api/questionnaires', { projectId: p1, copyFromId: old.id });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json();
    expect(d).toMatchObject({ status: 'draft', versionNo: old.versionNo + 1, allowedActions: ['edit', 'publish'] });
    const sections = [...d.sections, { key: 'extra', title: '补充', questions: [{ key: 'moveIn', type: 'date', title: '预计入住日期', required: false }, { key: 'cars', type: 'number', title: '车辆数', required: false, min: 0, max: 5, profileField: 'habits' }] }];
    const saved = await t.as('manager').put(`/api/questionnaires/${d.id}`, { version: d.version, title: d.title, intro: d.intro, sections });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().questionCount).toBe(d.questionCount + 2);
    expect((await t.as('manager').put(`/api/questionnaires/${d.id}`, { version: d.version, title: 'x', sections })).statusCode).toBe(409);
    const pub2 = await t.as('admin').post(`/api/questionnaires/${d.id}/publish`, { version: saved.json().version });
    expect(pub2.statusCode, pub2.body).toBe(200);
    expect(pub2.json().status).toBe('published');
    expect((await t.as('manager').get(`/api/questionnaires/${old.id}`)).json().status).toBe('retired');
    expect((await t.as('manager').put(`/api/questionnaires/${d.id}`, { version: pub2.json().version, title: 'x', sections })).statusCode).toBe(409);
  });

  it('manager: a badly built draft is refused naming the place; the butler may not build (403)', async () => {
    const draft = (await t.as('manager').post('/api/questionnaires', { projectId: p1 })).json();
    const bad = await t.as('manager').put(`/api/questionnaires/${draft.id}`, {
      version: draft.version,
      title: '新问卷',
      sections: [{ key: 's1', title: '一', questions: [{ key: 'q1', type: 'single', title: '单选', required: true, options: [{ value: 'a', label: 'A' }] }] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['sections.0.questions.0.options']).toBe('选择题至少需要两个选项，且选项值不能重复');
    expect((await t.as('butler').post('/api/questionnaires', { projectId: p1 })).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/questionnaires?projectId=${p1}`)).statusCode).toBe(404);
  });
});
