import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { uploadPhoto } from '../daily-checks/daily-check-test-kit.js';
import { COMPLETE_PLAN, demoShowcase, draftShowcase, type ShowcaseBody } from './showcase-test-kit.js';

// Tuesday 2026-09-01, 10:00 in Shanghai.
const NOW = new Date('2026-09-01T02:00:00Z');

let t: TestApp;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const get = async (id: string, who = 'butler') => (await t.as(who).get(`/api/showcase/showcases/${id}`)).json() as ShowcaseBody;

describe('brand showcase: the plan and its approval (4.5.2)', () => {
  let plan: ShowcaseBody;

  it('butler: an incomplete plan is refused for approval with each missing field, and nothing is written', async () => {
    plan = await draftShowcase(t);
    expect(plan).toMatchObject({ status: 'draft', allowedActions: ['submit'], missingParts: ['location', 'areaM2', 'layoutPlan'], canEdit: true });
    expect(plan.publicCode.length).toBeGreaterThanOrEqual(22);
    const saved = await t.as('butler').patch(`/api/showcase/showcases/${plan.id}`, { location: COMPLETE_PLAN.location, version: plan.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const zh = await t.as('butler').post(`/api/showcase/showcases/${plan.id}/submit`, {});
    expect(zh.statusCode).toBe(422);
    expect(zh.json().error).toMatchObject({ code: 'SHOWCASE_INCOMPLETE', fields: { areaM2: '请填写展示区面积（平方米，须大于 0）', layoutPlan: '请填写布置方案或上传布置图' } });
    const en = await t.as('butler').post(`/api/showcase/showcases/${plan.id}/submit`, {}, { 'accept-language': 'en' });
    expect(Object.keys(en.json().error.fields)).toEqual(['areaM2', 'layoutPlan']);
    expect((await get(plan.id)).status).toBe('draft');
    expect(await t.ctx.db.selectFrom('approval_requests').select('id').where('document_id', '=', plan.id).execute()).toEqual([]);
  });

  it('butler: an area of zero or less is not an area', async () => {
    const res = await t.as('butler').patch(`/api/showcase/showcases/${plan.id}`, { areaM2: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('areaM2');
  });

  it('butler: a complete plan with its drawing goes to the regional head; late once decoration has started', async () => {
    const drawing = await uploadPhoto(t, 'butler');
    const current = await get(plan.id);
    const saved = await t.as('butler').patch(`/api/showcase/showcases/${plan.id}`, { ...COMPLETE_PLAN, layoutFileIds: [drawing], decorationStartDate: '2026-08-28', version: current.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ missingParts: [], approvalLate: true, layoutFiles: [{ id: drawing }] });
    const sent = await t.as('butler').post(`/api/showcase/showcases/${plan.id}/submit`, { note: '请审批' });
    expect(sent.statusCode, sent.body).toBe(200);
    plan = sent.json();
    expect(plan).toMatchObject({ status: 'submitted', allowedActions: [], canEdit: false, approvalLate: true, submittedAfterDecoration: true });
    expect(plan.history.at(-1)!.note).toContain('报批时销售中心已开始装修');
    const inbox = (await t.as('regional').get('/api/approvals/inbox')).json().items as { id: string }[];
    expect(inbox.map((r) => r.id)).toContain(plan.approvalRequestId);
    expect((await t.as('butler').patch(`/api/showcase/showcases/${plan.id}`, { location: '改' })).json().error.code).toBe('SHOWCASE_NOT_DRAFT');
  });

  it('regional: approving the request approves the showcase, which is no longer late', async () => {
    const res = await t.as('regional').post(`/api/approvals/${plan.approvalRequestId}/approve`, { comment: '同意' });
    expect(res.statusCode, res.body).toBe(200);
    plan = await get(plan.id);
    expect(plan).toMatchObject({ status: 'approved', approvalLate: false, submittedAfterDecoration: true });
    expect(plan.history.at(-1)).toMatchObject({ action: 'approve', actor: { name: '地区负责人 李强' } });
  });

  it('regional: a rejected plan is revised and submitted again as a new request', async () => {
    const draft = await draftShowcase(t, 'manager');
    await t.as('manager').patch(`/api/showcase/showcases/${draft.id}`, { ...COMPLETE_PLAN, decorationStartDate: '2026-10-01' });
    const sent = (await t.as('manager').post(`/api/showcase/showcases/${draft.id}/submit`, {})).json() as ShowcaseBody;
    expect(sent).toMatchObject({ approvalLate: false, submittedAfterDecoration: false });
    expect((await t.as('regional').post(`/api/approvals/${sent.approvalRequestId}/reject`, { comment: '面积不足' })).statusCode).toBe(200);
    expect(await get(draft.id)).toMatchObject({ status: 'rejected', allowedActions: ['revise'] });
    expect((await t.as('manager').post(`/api/showcase/showcases/${draft.id}/submit`, {})).statusCode).toBe(409);
    expect((await t.as('manager').post(`/api/showcase/showcases/${draft.id}/revise`, {})).json().status).toBe('draft');
    const again = (await t.as('manager').post(`/api/showcase/showcases/${draft.id}/submit`, {})).json() as ShowcaseBody;
    expect(again.status).toBe('submitted');
    expect(again.approvalRequestId).not.toBe(sent.approvalRequestId);
  });

  it('butler: a second showcase for the same sales center is a conflict', async () => {
    const demo = await demoShowcase(t);
    const res = await t.as('butler').post('/api/showcase/showcases', { salesCenterId: demo.sales_center_id });
    expect(res.statusCode).toBe(409);
  });

  it("butler2: another project's showcase is not found, and its list is refused", async () => {
    const demo = await demoShowcase(t);
    expect((await t.as('butler2').get(`/api/showcase/showcases/${demo.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/showcase/showcases/${demo.id}/submit`, {})).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/showcase/showcases?projectId=${t.demo.projectIds[0]}`)).statusCode).toBe(404);
  });
});

describe('形象岗: explainers, training and duty (4.5.3)', () => {
  it('manager: an untrained explainer is refused for duty; once trained they are on duty and listed today', async () => {
    const plan = await draftShowcase(t, 'manager');
    const added = await t.as('manager').post(`/api/showcase/showcases/${plan.id}/explainers`, { userId: t.demo.users.technician });
    expect(added.statusCode, added.body).toBe(201);
    const explainer = (added.json() as ShowcaseBody).explainers[0];
    expect(explainer).toMatchObject({ trained: false, user: { name: '工程技术员 赵磊' } });
    const refused = await t.as('butler').post(`/api/showcase/showcases/${plan.id}/duties`, { explainerId: explainer.id, dutyDate: '2026-09-01', shift: 'morning' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'EXPLAINER_UNTRAINED', fields: { explainerId: '该讲解员尚未参加讲解员业务培训，不能上岗' } });
    const trained = await t.as('manager').patch(`/api/showcase/showcases/${plan.id}/explainers/${explainer.id}`, { trainedOn: '2026-08-30', trainer: '王老师', version: explainer.version });
    expect(trained.statusCode, trained.body).toBe(200);
    const onDuty = await t.as('butler').post(`/api/showcase/showcases/${plan.id}/duties`, { explainerId: explainer.id, dutyDate: '2026-09-01', shift: 'morning' });
    expect(onDuty.statusCode, onDuty.body).toBe(201);
    expect((onDuty.json() as ShowcaseBody).todayOnDuty).toMatchObject([{ shift: 'morning', explainer: { name: '工程技术员 赵磊' } }]);
    const twice = await t.as('butler').post(`/api/showcase/showcases/${plan.id}/duties`, { explainerId: explainer.id, dutyDate: '2026-09-01', shift: 'morning' });
    expect(twice.json().error.code).toBe('SHIFT_TAKEN');
  });

  it("manager: the developer's sales consultant or another project's butler cannot be an explainer", async () => {
    const plan = await draftShowcase(t, 'manager');
    for (const who of ['sales', 'butler2']) {
      const res = await t.as('manager').post(`/api/showcase/showcases/${plan.id}/explainers`, { userId: t.demo.users[who] });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('EXPLAINER_NOT_STAFF');
    }
  });

  it('manager: a new work instruction version becomes current and the old one stays listed', async () => {
    const demo = await demoShowcase(t);
    const file = await uploadPhoto(t, 'manager');
    const res = await t.as('manager').post(`/api/showcase/showcases/${demo.id}/instructions`, { fileId: file, note: '第二版' });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as ShowcaseBody).instructions.map((i) => [i.versionNo, i.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((await t.as('butler').post(`/api/showcase/showcases/${demo.id}/instructions`, { fileId: file })).statusCode).toBe(403);
  });
});
