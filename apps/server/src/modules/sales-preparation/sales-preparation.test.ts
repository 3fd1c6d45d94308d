import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { COMPLETE_SECTIONS, draftPlan, getPlan, noticesOf, P, plansOf, type PlanBody } from './sales-preparation-test-kit.js';

// Tuesday 2026-09-01, 10:00 in Shanghai.
const NOW = new Date('2026-09-01T02:00:00Z');

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const approvalStatus = async (id: string) => (await t.ctx.db.selectFrom('approval_requests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

describe('pre-agreement (前期协议签订)', () => {
  const url = () => `${P}/projects/${p1}/pre-agreement`;

  it('butler: reads the demo record of project 1 with its contract and history, and may not edit it', async () => {
    const res = await t.as('butler').get(url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ canEdit: false, preAgreement: { contractNumber: 'JH-WT-2026-018', keyTerms: expect.arrayContaining(['重大活动须提前 7 天书面通知物业']) } });
    expect(res.json().history.map((h: { action: string }) => h.action)).toEqual(['create']);
    expect((await t.as('butler').put(url(), { projectPositioning: '改' })).statusCode).toBe(403);
  });

  it('manager: saves with the version read; a second save with the same version is stale (409) and nothing is lost', async () => {
    const { preAgreement } = (await t.as('manager').get(url())).json();
    const body = { ...preAgreement, files: undefined, updatedBy: undefined, updatedAt: undefined, id: undefined, projectId: undefined, fileIds: [] };
    const saved = await t.as('manager').put(url(), { ...body, serviceRequirements: '五星级酒店标准', version: preAgreement.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().preAgreement).toMatchObject({ serviceRequirements: '五星级酒店标准', version: preAgreement.version + 1, updatedBy: { name: '服务中心经理 张伟' } });
    expect(saved.json().history.at(-1)).toMatchObject({ action: 'edit', note: 'service_requirements' });
    const stale = await t.as('regional').put(url(), { ...body, serviceRequirements: '被覆盖', version: preAgreement.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_UPDATE');
    const missing = await t.as('regional').put(url(), { ...body, serviceRequirements: '无版本' });
    expect(missing.statusCode).toBe(409);
    expect((await t.as('butler').get(url())).json().preAgreement.serviceRequirements).toBe('五星级酒店标准');
  });

  it('regional: records project 2 from scratch; a term ending before it starts is refused with the field named', async () => {
    const u = `${P}/projects/${p2}/pre-agreement`;
    expect((await t.as('regional').get(u)).json().preAgreement).toBeNull();
    const bad = await t.as('regional').put(u, { projectPositioning: '刚需', termStart: '2026-10-01', termEnd: '2026-09-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ termEnd: '合同期限结束日期不能早于开始日期' });
    const ok = await t.as('regional').put(u, { projectPositioning: '刚需', contractNumber: 'BJ-01', termStart: '2026-10-01', termEnd: '2027-09-30', keyTerms: ['按季结算'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().preAgreement).toMatchObject({ contractNumber: 'BJ-01', keyTerms: ['按季结算'], version: 1, files: [] });
  });

  it('butler2: cannot read project 1 (404); a file someone else uploaded cannot be attached', async () => {
    expect((await t.as('butler2').get(url())).statusCode).toBe(404);
    const { preAgreement } = (await t.as('manager').get(url())).json();
    const foreign = await t.as('manager').put(url(), { projectPositioning: preAgreement.projectPositioning, fileIds: ['no-such-file'], version: preAgreement.version });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('fileIds');
  });
});

describe('service plan (服务方案): drafting, approval, versions', () => {
  let v2: PlanBody;

  it('butler: project 1 shows the approved version 1; a new version is drafted as a copy of it', async () => {
    const before = await plansOf(t, p1);
    expect(before.current).toMatchObject({ planVersion: 1, status: 'approved', allowedActions: [], canEdit: false });
    expect(before.canDraft).toBe(true);
    v2 = await draftPlan(t, p1);
    expect(v2).toMatchObject({ planVersion: 2, status: 'draft', allowedActions: ['submit', 'cancel'], canEdit: true, missingSections: [] });
    expect(v2.staffing).toEqual(before.current!.staffing);
    const again = await t.as('manager').post(`${P}/projects/${p1}/service-plans`, {});
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('SERVICE_PLAN_OPEN');
  });

  it('butler: cannot submit a plan without its rules and training plan: 422 naming each field, nothing opened', async () => {
    const cleared = await t.as('butler').patch(`${P}/service-plans/${v2.id}`, { rules: '', trainingPlan: ' ', version: v2.version });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().missingSections).toEqual(['rules', 'trainingPlan']);
    const zh = await t.as('butler').post(`${P}/service-plans/${v2.id}/submit`, {});
    expect(zh.statusCode).toBe(422);
    expect(zh.json().error).toMatchObject({ code: 'SERVICE_PLAN_INCOMPLETE', fields: { rules: '请填写管理制度', trainingPlan: '请填写培训计划' }, details: { missing: ['rules', 'trainingPlan'] } });
    const en = await t.as('butler').post(`${P}/service-plans/${v2.id}/submit`, {}, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ rules: 'Write the rules', trainingPlan: 'Write the training plan' });
    expect((await getPlan(t, v2.id)).status).toBe('draft');
    expect(await t.ctx.db.selectFrom('approval_requests').select('id').where('document_id', '=', v2.id).execute()).toEqual([]);
  });

  it('butler2: an empty plan of project 2 lists all seven missing sections', async () => {
    const plan = await draftPlan(t, p2, 'butler2');
    expect(plan.planVersion).toBe(1);
    const res = await t.as('butler2').post(`${P}/service-plans/${plan.id}/submit`, {});
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().error.fields)).toEqual(['serviceModel', 'targetGroup', 'staffing', 'siteServices', 'materials', 'rules', 'trainingPlan']);
  });

  it('manager: a stale version is 409; regional may not edit (403); butler2 cannot read project 1 plans (404)', async () => {
    const stale = await t.as('manager').patch(`${P}/service-plans/${v2.id}`, { rules: '旧', version: v2.version });
    expect(stale.statusCode).toBe(409);
    expect((await t.as('regional').patch(`${P}/service-plans/${v2.id}`, { rules: '改' })).statusCode).toBe(403);
    expect((await t.as('butler2').get(`${P}/service-plans/${v2.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`${P}/projects/${p1}/service-plans`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`${P}/service-plans/${v2.id}/submit`, {})).statusCode).toBe(404);
  });

  it('butler: the complete plan is submitted to the regional head', async () => {
    const current = await getPlan(t, v2.id);
    expect((await t.as('butler').patch(`${P}/service-plans/${v2.id}`, { rules: COMPLETE_SECTIONS.rules, trainingPlan: COMPLETE_SECTIONS.trainingPlan, version: current.version })).statusCode).toBe(200);
    const sent = await t.as('butler').post(`${P}/service-plans/${v2.id}/submit`, { note: '请审批' });
    expect(sent.statusCode, sent.body).toBe(200);
    v2 = sent.json();
    expect(v2).toMatchObject({ status: 'submitted', allowedActions: ['cancel'], canEdit: false });
    expect(await approvalStatus(v2.approvalRequestId!)).toBe('pending');
    const inbox = (await t.as('regional').get('/api/approvals/inbox')).json().items as { id: string; documentType: string }[];
    expect(inbox.find((r) => r.id === v2.approvalRequestId)).toMatchObject({ documentType: 'servicePlan' });
    expect((await t.as('butler').patch(`${P}/service-plans/${v2.id}`, { rules: '改' })).json().error.code).toBe('SERVICE_PLAN_NOT_DRAFT');
  });

  it('regional: approving the request approves version 2, supersedes version 1 and tells the drafter', async () => {
    const res = await t.as('regional').post(`/api/approvals/${v2.approvalRequestId}/approve`, { comment: '同意' });
    expect(res.statusCode, res.body).toBe(200);
    const plans = await plansOf(t, p1);
    expect(plans.current).toMatchObject({ id: v2.id, status: 'approved' });
    expect(plans.versions.map((v) => [v.planVersion, v.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(plans.current!.history.at(-1)).toMatchObject({ action: 'approve', from: 'submitted', to: 'approved', actor: { name: '地区负责人 李强' }, note: '同意' });
    const v1 = await getPlan(t, plans.versions[1]!.id);
    expect(v1.history.at(-1)).toMatchObject({ action: 'supersede', from: 'approved', to: 'superseded', note: '第 2 版已批准' });
    const notices = await noticesOf(t, 'butler', 'servicePlan.approved');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ title: '服务方案已批准：锦华·江湾壹号', link: `/sales-preparation?tab=servicePlan&projectId=${p1}` });
  });

  it('regional: a rejected version 3 is revised and submitted again through a new request', async () => {
    const v3 = await draftPlan(t, p1, 'manager');
    const sent = (await t.as('manager').post(`${P}/service-plans/${v3.id}/submit`, {})).json() as PlanBody;
    expect((await t.as('regional').post(`/api/approvals/${sent.approvalRequestId}/reject`, { comment: '人员配置不足' })).statusCode).toBe(200);
    const rejected = await getPlan(t, v3.id, 'manager');
    expect(rejected).toMatchObject({ status: 'rejected', allowedActions: ['revise', 'cancel'] });
    expect((await noticesOf(t, 'manager', 'servicePlan.rejected'))[0]!.body).toContain('人员配置不足');
    expect((await t.as('manager').post(`/api/approvals/${sent.approvalRequestId}/resubmit`, {})).statusCode).toBe(422);
    const revised = await t.as('manager').post(`${P}/service-plans/${v3.id}/revise`, { version: rejected.version });
    expect(revised.json()).toMatchObject({ status: 'draft', canEdit: true });
    const again = (await t.as('manager').post(`${P}/service-plans/${v3.id}/submit`, {})).json() as PlanBody;
    expect(again.status).toBe('submitted');
    expect(again.approvalRequestId).not.toBe(sent.approvalRequestId);
    // The version in force stays version 2 until version 3 is approved.
    expect((await plansOf(t, p1)).versions.filter((v) => v.status === 'approved').map((v) => v.planVersion)).toEqual([2]);
  });

  it('butler: cannot cancel the manager’s submission; the manager withdraws it with a reason and the request is cancelled', async () => {
    const plan = (await plansOf(t, p1)).current!;
    expect(plan.status).toBe('submitted');
    expect((await t.as('butler').post(`${P}/service-plans/${plan.id}/cancel`, { reason: '不需要' })).json().error.code).toBe('SERVICE_PLAN_UNDER_APPROVAL');
    expect((await t.as('manager').post(`${P}/service-plans/${plan.id}/cancel`, {})).json().error.fields).toHaveProperty('reason');
    const cancelled = await t.as('manager').post(`${P}/service-plans/${plan.id}/cancel`, { reason: '调整后另行报批' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(await approvalStatus(plan.approvalRequestId!)).toBe('cancelled');
    expect((await plansOf(t, p1)).canDraft).toBe(true);
  });
});
