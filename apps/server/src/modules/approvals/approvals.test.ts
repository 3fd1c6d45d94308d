import { uuidv7 } from '@guanjia/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { loadActor } from '../auth/session.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { onApprovalDecided } from './decision-hooks.js';
import { submitForApproval } from './submit-for-approval.js';

/**
 * A test-only document type standing in for service plans, event plans…: its "document" is a row of
 * app_meta written by the hook inside the deciding transaction, so a rollback shows there too.
 */
const PLAN = 'test.plan';
const TWO_STEP = 'test.twoStep';
const FAILING = 'test.failing';

async function setPlanStatus(trx: Tx, documentId: string, status: string) {
  await trx.deleteFrom('app_meta').where('key', '=', `${PLAN}:${documentId}`).execute();
  await trx.insertInto('app_meta').values({ key: `${PLAN}:${documentId}`, value: status }).execute();
}

let t: TestApp;
const unregister: Array<() => void> = [];
beforeAll(async () => {
  t = await createTestApp();
  for (const type of [PLAN, TWO_STEP]) unregister.push(onApprovalDecided(type, (trx, d) => setPlanStatus(trx, d.request.document_id, d.status)));
  unregister.push(
    onApprovalDecided(FAILING, async () => {
      throw new BusinessRuleError('TEST_REFUSED', 'error.validation');
    }),
  );
});
afterAll(async () => {
  unregister.forEach((u) => u());
  await t.close();
});

async function actor(username: string) {
  const user = await t.ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  return loadActor(t.ctx.db, user);
}

/** What an owning module does: save its document and submit it in one transaction, publish after commit. */
async function submitPlan(username: string, title: string, documentType = PLAN, project = 0) {
  const who = await actor(username);
  const documentId = uuidv7();
  const { request, notifications } = await inTransaction(t.ctx.db, async (trx) => {
    await setPlanStatus(trx, documentId, 'submitted');
    return submitForApproval(trx, who, { documentType, documentId, projectId: t.demo.projectIds[project], title });
  });
  publishNotifications(t.ctx.notifier, notifications);
  return { id: request.id, documentId };
}

async function planStatus(documentId: string) {
  const row = await t.ctx.db.selectFrom('app_meta').select('value').where('key', '=', `${PLAN}:${documentId}`).executeTakeFirst();
  return row?.value;
}

async function notificationsOf(username: string) {
  return (await t.as(username).get('/api/notifications?pageSize=200')).json().items as Array<{ title: string; body: string; link: string; kind: string }>;
}

async function counts(requestId: string) {
  const n = async (table: 'approval_history' | 'audit_log' | 'notifications') => {
    let q = t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (table === 'approval_history') q = q.where('request_id', '=', requestId);
    if (table === 'audit_log') q = q.where('entity_id', '=', requestId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  return { history: await n('approval_history'), audit: await n('audit_log'), notifications: await n('notifications') };
}

describe('approvals: one-step chain', () => {
  it('regional: approves a service plan submitted by the manager and the manager is notified', async () => {
    const { id, documentId } = await submitPlan('manager', '江湾壹号 案场服务方案');
    const regionalNotes = await notificationsOf('regional');
    expect(regionalNotes[0]).toMatchObject({ title: '待审批：江湾壹号 案场服务方案', link: `/approvals/${id}`, kind: 'approval.pending' });

    const inbox = await t.as('regional').get('/api/approvals/inbox');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json().items.find((i: { id: string }) => i.id === id)).toMatchObject({
      documentType: PLAN,
      status: 'pending',
      step: 1,
      stepCount: 1,
      currentRole: 'regionalHead',
      submittedBy: { id: t.demo.users.manager, name: '服务中心经理 张伟' },
      projectName: '锦华·江湾壹号',
    });

    const detail = await t.as('regional').get(`/api/approvals/${id}`);
    expect(detail.json().allowedActions).toEqual(['approve', 'reject']);
    expect((await t.as('manager').get(`/api/approvals/${id}`)).json().allowedActions).toEqual(['cancel']);

    const res = await t.as('regional').post(`/api/approvals/${id}/approve`, { comment: '同意' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', currentRole: null, allowedActions: [] });
    expect(res.json().decidedAt).toBeTruthy();
    expect(res.json().history.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve']);
    expect(res.json().history[1]).toMatchObject({ actor: { id: t.demo.users.regional, name: '地区负责人 李强' }, comment: '同意', step: 1 });
    expect(await planStatus(documentId)).toBe('approved');

    const managerNotes = await notificationsOf('manager');
    expect(managerNotes[0]).toMatchObject({ title: '已通过：江湾壹号 案场服务方案', kind: 'approval.approved' });
    expect(managerNotes[0].body).toContain('地区负责人 李强');
    expect((await t.as('regional').get('/api/approvals/inbox')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);

    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['approval.submit', 'approval.approve']);
  });

  it('manager: cannot approve own request (403), and nothing changes', async () => {
    const { id } = await submitPlan('manager', '自批测试');
    const res = await t.as('manager').post(`/api/approvals/${id}/approve`, {});
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await t.as('manager').get(`/api/approvals/${id}`)).json().status).toBe('pending');
  });

  it('regional: cannot approve a request they submitted themselves, though they hold the role (403)', async () => {
    const res = await t.as('regional').post('/api/approvals', { documentType: 'generic', title: '采购申请', projectId: t.demo.projectIds[1], description: '购买对讲机 10 台' });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    expect(res.json().allowedActions).toEqual(['cancel']);
    expect((await t.as('regional').get('/api/approvals/inbox')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    const approve = await t.as('regional').post(`/api/approvals/${id}/approve`, {}, { 'accept-language': 'en' });
    expect(approve.statusCode).toBe(403);
    expect(approve.json().error.message).toBe('You cannot decide on a request you submitted');
  });

  it('butler2: gets 404 for a project-1 approval, and cannot approve it', async () => {
    const { id } = await submitPlan('manager', '项目一的方案');
    const res = await t.as('butler2').get(`/api/approvals/${id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('审批申请不存在或您无权查看');
    expect((await t.as('butler2').post(`/api/approvals/${id}/reject`, { comment: 'x' })).statusCode).toBe(404);
    expect((await t.as('owner').get(`/api/approvals/${id}`)).statusCode).toBe(404);
  });

  it('butler: sees a project-1 approval but may take no action; approving is 403', async () => {
    const { id } = await submitPlan('manager', '管家可见');
    const res = await t.as('butler').get(`/api/approvals/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().allowedActions).toEqual([]);
    expect((await t.as('butler').post(`/api/approvals/${id}/approve`, {})).statusCode).toBe(403);
  });

  it('regional: reject without comment is 400 naming comment, and nothing is written', async () => {
    const { id, documentId } = await submitPlan('manager', '驳回校验');
    const before = await counts(id);
    for (const body of [{}, { comment: '   ' }]) {
      const res = await t.as('regional').post(`/api/approvals/${id}/reject`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ comment: '必填' });
    }
    expect(await counts(id)).toEqual(before);
    expect((await t.as('regional').get(`/api/approvals/${id}`)).json().status).toBe('pending');
    expect(await planStatus(documentId)).toBe('submitted');
  });

  it('manager: resubmits after rejection; regional approves the revision', async () => {
    const { id, documentId } = await submitPlan('manager', '开盘活动方案');
    const rejected = await t.as('regional').post(`/api/approvals/${id}/reject`, { comment: '应急预案不完整' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', currentRole: null });
    expect(await planStatus(documentId)).toBe('rejected');
    const note = (await notificationsOf('manager'))[0];
    expect(note).toMatchObject({ title: '已驳回：开盘活动方案', kind: 'approval.rejected' });
    expect(note.body).toContain('应急预案不完整');
    expect((await t.as('manager').get(`/api/approvals/${id}`)).json().allowedActions).toEqual(['resubmit']);

    // Only the submitter resubmits; a decided request cannot be decided again.
    expect((await t.as('butler').post(`/api/approvals/${id}/resubmit`, {})).statusCode).toBe(403);
    const again = await t.as('regional').post(`/api/approvals/${id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', message: '该审批申请已驳回，不能通过', details: { from: 'rejected', action: 'approve' } });

    const resubmitted = await t.as('manager').post(`/api/approvals/${id}/resubmit`, { title: '开盘活动方案（修订）', comment: '已补充应急预案' });
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: 'pending', step: 1, revision: 2, title: '开盘活动方案（修订）', currentRole: 'regionalHead', decidedAt: null });
    expect(await planStatus(documentId)).toBe('pending');
    expect((await notificationsOf('regional'))[0].title).toBe('待审批：开盘活动方案（修订）');

    const approved = await t.as('regional').post(`/api/approvals/${id}/approve`, {});
    expect(approved.json().status).toBe('approved');
    expect(approved.json().history.map((h: { action: string; revision: number }) => `${h.action}@${h.revision}`)).toEqual([
      'submit@1',
      'reject@1',
      'resubmit@2',
      'approve@2',
    ]);
    expect(await planStatus(documentId)).toBe('approved');
  });

  it('manager: cancels a pending request; it can then be neither approved nor cancelled by the regional head', async () => {
    const { id, documentId } = await submitPlan('manager', '撤回测试');
    expect((await t.as('regional').post(`/api/approvals/${id}/cancel`, {})).statusCode).toBe(403);
    const res = await t.as('manager').post(`/api/approvals/${id}/cancel`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('cancelled');
    expect(await planStatus(documentId)).toBe('cancelled');
    const late = await t.as('regional').post(`/api/approvals/${id}/approve`, {}, { 'accept-language': 'en' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('This approval request is cancelled; you cannot approve it');
  });

  it('manager: a second submission of a document with a pending request is 409', async () => {
    const who = await actor('manager');
    const documentId = uuidv7();
    const input = { documentType: PLAN, documentId, projectId: t.demo.projectIds[0], title: '重复提交' };
    await inTransaction(t.ctx.db, (trx) => submitForApproval(trx, who, input));
    await expect(inTransaction(t.ctx.db, (trx) => submitForApproval(trx, who, input))).rejects.toMatchObject({ status: 409, code: 'APPROVAL_ALREADY_PENDING' });
  });

  it('regional and regional: two concurrent approvals of one request give one 200 and one 409', async () => {
    const { id } = await submitPlan('manager', '并发审批');
    const results = await Promise.all([t.as('regional').post(`/api/approvals/${id}/approve`, {}), t.as('regional').post(`/api/approvals/${id}/approve`, {})]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    // The loser either lost the version race (PostgreSQL) or re-read the approved row (SQLite serialises).
    expect(['STALE_UPDATE', 'FORBIDDEN_TRANSITION']).toContain(results.find((r) => r.statusCode === 409)!.json().error.code);
    const history = await t.ctx.db.selectFrom('approval_history').select('action').where('request_id', '=', id).execute();
    expect(history.map((h) => h.action).sort()).toEqual(['approve', 'submit']);
  });

  it('regional: a document hook that refuses rolls the decision back', async () => {
    const { id } = await submitPlan('manager', '钩子失败', FAILING);
    const before = await counts(id);
    const res = await t.as('regional').post(`/api/approvals/${id}/approve`, {});
    expect(res.statusCode).toBe(422);
    expect(await counts(id)).toEqual(before);
    expect((await t.as('regional').get(`/api/approvals/${id}`)).json().status).toBe('pending');
  });

  it('manager: lists own requests, filtered by status', async () => {
    const mine = await t.as('manager').get('/api/approvals/mine?status=approved');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().total).toBeGreaterThan(0);
    expect(mine.json().items.every((i: { status: string; submittedBy: { id: string } }) => i.status === 'approved' && i.submittedBy.id === t.demo.users.manager)).toBe(true);
  });
});

describe('approvals: two-step chain', () => {
  it('admin: configures a two-step chain; butler: cannot read or change it (403)', async () => {
    expect((await t.as('admin').get(`/api/approval-chains/${TWO_STEP}`)).json()).toEqual({
      documentType: TWO_STEP,
      steps: [{ role: 'regionalHead' }],
      isDefault: true,
      version: null,
    });
    expect((await t.as('butler').get(`/api/approval-chains/${TWO_STEP}`)).statusCode).toBe(403);
    expect((await t.as('butler').put(`/api/approval-chains/${TWO_STEP}`, { steps: [{ role: 'butler' }] })).statusCode).toBe(403);
    const bad = await t.as('admin').put(`/api/approval-chains/${TWO_STEP}`, { steps: [{ role: 'owner' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ 'steps.0.role': '该角色不能担任审批人' });

    const res = await t.as('admin').put(`/api/approval-chains/${TWO_STEP}`, { steps: [{ role: 'serviceCenterManager' }, { role: 'regionalHead' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isDefault: false, version: 1, steps: [{ role: 'serviceCenterManager' }, { role: 'regionalHead' }] });
    const stale = await t.as('admin').put(`/api/approval-chains/${TWO_STEP}`, { steps: [{ role: 'regionalHead' }], version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_UPDATE');
  });

  it('manager then regional: a butler plan passes both steps; each step notifies the next approver, the decision the butler', async () => {
    const { id, documentId } = await submitPlan('butler', '样板房开放排班方案', TWO_STEP);
    expect((await notificationsOf('manager'))[0].title).toBe('待审批：样板房开放排班方案');
    expect((await t.as('regional').get('/api/approvals/inbox')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await t.as('regional').post(`/api/approvals/${id}/approve`, {})).statusCode).toBe(403);

    const first = await t.as('manager').post(`/api/approvals/${id}/approve`, { comment: '排班合理' });
    expect(first.json()).toMatchObject({ status: 'pending', step: 2, stepCount: 2, currentRole: 'regionalHead' });
    // An intermediate step does not change the document's status.
    expect(await planStatus(documentId)).toBe('submitted');
    const regionalNote = (await notificationsOf('regional'))[0];
    expect(regionalNote.title).toBe('待审批：样板房开放排班方案');
    expect(regionalNote.body).toContain('第 2/2 步');
    expect((await t.as('manager').post(`/api/approvals/${id}/approve`, {})).statusCode).toBe(403);

    const second = await t.as('regional').post(`/api/approvals/${id}/approve`, {});
    expect(second.json()).toMatchObject({ status: 'approved', step: 2 });
    expect(second.json().history.map((h: { action: string; step: number }) => `${h.action}@${h.step}`)).toEqual(['submit@1', 'approve@1', 'approve@2']);
    expect(await planStatus(documentId)).toBe('approved');
    expect((await notificationsOf('butler'))[0].title).toBe('已通过：样板房开放排班方案');
  });
});

describe('approvals: generic requests', () => {
  it('butler: submits a generic request in project 1; project 2 is 404; a missing title is 400', async () => {
    const ok = await t.as('butler').post('/api/approvals', { documentType: 'generic', title: '物资申领', projectId: t.demo.projectIds[0], description: '礼宾手套 20 副' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ documentType: 'generic', description: '礼宾手套 20 副', status: 'pending', steps: [{ role: 'regionalHead' }] });
    expect(ok.json().documentId).toBeTruthy();
    const hidden = await t.as('butler').post('/api/approvals', { documentType: 'generic', title: 'x', projectId: t.demo.projectIds[1] });
    expect(hidden.statusCode).toBe(404);
    const bad = await t.as('butler').post('/api/approvals', { documentType: 'generic', projectId: t.demo.projectIds[0] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['title']);
  });

  it('owner: may not submit approval requests (403)', async () => {
    const res = await t.as('owner').post('/api/approvals', { documentType: 'generic', title: '业主申请', projectId: t.demo.projectIds[0] });
    expect(res.statusCode).toBe(403);
  });
});
