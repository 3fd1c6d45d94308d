import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { departmentId } from '../work-orders/work-order-test-kit.js';
import { uploadPhoto } from '../daily-checks/daily-check-test-kit.js';
import { act, draftForm, marketingDepartment, noticesOf, walk, type FormBody } from './liaison-form-test-kit.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');
const TODAY = '2026-03-02';

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

const list = async (who: string, query = '') => t.as(who).get(`/api/liaison-forms?projectId=${p1}${query}`);
const subjects = async (who: string, query = '') => ((await list(who, query)).json().items as { subject: string }[]).map((f) => f.subject);

describe('liaison forms: the demo', () => {
  it('butler: five forms of project 1, one of them overdue; the developer side never sees the draft', async () => {
    const all = (await list('butler')).json();
    expect(all.total).toBe(5);
    const overdue = (await list('butler', '&overdue=true')).json().items;
    expect(overdue.map((f: { subject: string; status: string; overdue: boolean }) => [f.subject, f.status, f.overdue])).toEqual([['样板房 3 号客厅空调不制冷，请安排维修', 'acknowledged', true]]);
    expect(await subjects('marketing')).not.toContain('销售中心保洁排班调整');
    expect((await list('marketing')).json().total).toBe(4);
    expect((await list('butler', '&overdue=false')).json().total).toBe(4);
    expect((await list('butler', '&status=draft')).json().items[0]).toMatchObject({ subject: '销售中心保洁排班调整', issuedAt: null, toDepartment: { name: '营销部' } });
  });
});

describe('liaison forms: the life of a form', () => {
  it('butler drafts, issues; marketing acknowledges; the sales manager replies; the butler takes it back: history, audit and notices', async () => {
    const draft = await draftForm(t, '2026-03-05');
    expect(draft).toMatchObject({ status: 'draft', number: expect.stringMatching(/^LX-20260302-\d{4}$/), overdue: false, version: 1, allowedActions: ['issue', 'cancel'], canEdit: true });
    expect(draft.fromServiceCenter?.name).toBe('锦华·江湾壹号 物业服务中心');
    expect(draft.toDepartment.name).toBe('营销部');

    const issued = await walk(t, draft.id, [['butler', 'issue', { version: 1 }]]);
    expect(issued).toMatchObject({ status: 'issued', allowedActions: ['cancel'], canEdit: false });
    const marketingView = (await t.as('marketing').get(`/api/liaison-forms/${draft.id}`)).json();
    expect(marketingView.allowedActions).toEqual(['acknowledge']);
    expect(await noticesOf(t, t.demo.users.marketing, draft.id)).toEqual([{ kind: 'liaisonForm.issued', title: `新的工作联系单：${draft.number}`, body: expect.stringContaining('请于 2026-03-05 前回复') }]);
    expect(await noticesOf(t, t.demo.users.salesmgr, draft.id)).toHaveLength(1);

    await walk(t, draft.id, [['marketing', 'acknowledge']]);
    const replied = await walk(t, draft.id, [['salesmgr', 'reply', { replyText: '  已安排 12 名销售顾问，物业按 4 个接待岗配合。 ' }]]);
    expect(replied).toMatchObject({ status: 'replied', replyText: '已安排 12 名销售顾问，物业按 4 个接待岗配合。', allowedActions: [] });
    expect((await noticesOf(t, t.demo.users.butler, draft.id)).map((n) => n.kind)).toEqual(['liaisonForm.acknowledged', 'liaisonForm.replied']);

    const returned = await walk(t, draft.id, [['manager', 'return', { note: '已收回存档' }]]);
    expect(returned).toMatchObject({ status: 'returned', allowedActions: [], returnedBy: { id: t.demo.users.manager } });
    expect(returned.history.map((h) => [h.action, h.fromStatus, h.toStatus, h.actor.id])).toEqual([
      ['create', null, 'draft', t.demo.users.butler],
      ['issue', 'draft', 'issued', t.demo.users.butler],
      ['acknowledge', 'issued', 'acknowledged', t.demo.users.marketing],
      ['reply', 'acknowledged', 'replied', t.demo.users.salesmgr],
      ['return', 'replied', 'returned', t.demo.users.manager],
    ]);
    expect(returned.history.at(-1)!.note).toBe('已收回存档');
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', draft.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'liaisonForm.issue', 'liaisonForm.acknowledge', 'liaisonForm.reply', 'liaisonForm.return']);
    expect((await noticesOf(t, t.demo.users.marketing, draft.id)).map((n) => n.kind)).toEqual(['liaisonForm.issued', 'liaisonForm.returned']);
  });

  it('butler: cancels a draft (nobody told) and an issued form (the developer side told), with a reason', async () => {
    const draft = await draftForm(t, '2026-03-05');
    const noReason = await act(t, 'butler', draft.id, 'cancel', {});
    expect([noReason.statusCode, noReason.json().error.fields]).toEqual([400, { reason: '请填写撤销原因' }]);
    expect((await walk(t, draft.id, [['butler', 'cancel', { reason: '重复填写' }]])).status).toBe('cancelled');
    expect(await noticesOf(t, t.demo.users.marketing, draft.id)).toEqual([]);
    expect((await t.as('marketing').get(`/api/liaison-forms/${draft.id}`)).statusCode).toBe(404);

    const sent = await draftForm(t, '2026-03-05');
    const cancelled = await walk(t, sent.id, [['butler', 'issue'], ['butler', 'cancel', { reason: '活动取消' }]]);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '活动取消' });
    expect((await noticesOf(t, t.demo.users.marketing, sent.id)).map((n) => n.kind)).toEqual(['liaisonForm.issued', 'liaisonForm.cancelled']);
  });

  it('each step belongs to one side (403), to one state (409), and to the version read (409)', async () => {
    const draft = await draftForm(t, '2026-03-05');
    // The developer side cannot even see the draft.
    expect((await act(t, 'marketing', draft.id, 'acknowledge')).statusCode).toBe(404);
    const early = await act(t, 'butler', draft.id, 'return');
    expect([early.statusCode, early.json().error.code, early.json().error.message]).toEqual([409, 'FORBIDDEN_TRANSITION', '工作联系单当前为“草稿”，不能收回']);
    await walk(t, draft.id, [['butler', 'issue']]);
    const refusals: Array<[string, string, number, string?]> = [
      ['marketing', 'issue', 403, '只有物业方（管家、服务中心经理）可以执行此操作'],
      ['salesmgr', 'cancel', 403],
      ['butler', 'acknowledge', 403, '只有开发商方（营销负责人、销售经理）可以执行此操作'],
      ['manager', 'reply', 403],
      ['regional', 'acknowledge', 403],
      ['sales', 'acknowledge', 403],
      ['technician', 'cancel', 403],
      ['owner', 'acknowledge', 403],
      ['butler2', 'cancel', 404],
      ['marketing', 'reply', 409],
    ];
    for (const [who, action, status, message] of refusals) {
      const res = await act(t, who, draft.id, action, { replyText: '好的' });
      expect(res.statusCode, `${who} ${action}`).toBe(status);
      if (message) expect(res.json().error.message).toBe(message);
    }
    const stale = await act(t, 'marketing', draft.id, 'acknowledge', { version: 1 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);
    await walk(t, draft.id, [['marketing', 'acknowledge', { version: 2 }]]);
    const noText = await act(t, 'marketing', draft.id, 'reply', { replyText: '   ' });
    expect([noText.statusCode, noText.json().error.fields]).toEqual([400, { replyText: '请填写回复内容' }]);
    await walk(t, draft.id, [['marketing', 'reply', { replyText: '已确认' }]]);
    expect((await act(t, 'butler', draft.id, 'cancel', { reason: '不需要了' })).statusCode).toBe(409);
    const en = await t.as('butler').post(`/api/liaison-forms/${draft.id}/issue`, {}, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('The liaison form is “Replied”; you cannot issue it now');
    const bad = await t.as('butler').post(`/api/liaison-forms/${draft.id}/archive`, {});
    expect([bad.statusCode, Object.keys(bad.json().error.fields)]).toEqual([400, ['action']]);
  });

  it('two acknowledgements at once: one wins, the other gets 409', async () => {
    const form = await draftForm(t, '2026-03-05');
    await walk(t, form.id, [['butler', 'issue']]);
    const statuses = (await Promise.all([act(t, 'marketing', form.id, 'acknowledge', { version: 2 }), act(t, 'salesmgr', form.id, 'acknowledge', { version: 2 })])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const events = await t.ctx.db.selectFrom('liaison_form_events').select('id').where('form_id', '=', form.id).where('action', '=', 'acknowledge').execute();
    expect(events).toHaveLength(1);
  });
});

describe('liaison forms: writing and editing', () => {
  it('butler: bad input names the field in Chinese or English; nothing is written', async () => {
    const before = (await list('admin')).json().total;
    const marketing = await marketingDepartment(t);
    const base = { projectId: p1, subject: '主题', content: '内容', toDepartmentId: marketing, dueDate: '2026-03-05' };
    const cases: Array<[Record<string, unknown>, Record<string, RegExp>]> = [
      [{ ...base, subject: ' ', content: '' }, { subject: /必填/, content: /必填/ }],
      [{ ...base, dueDate: '2026-02-30' }, { dueDate: /格式不正确/ }],
      [{ ...base, dueDate: '2026-03-01' }, { dueDate: /不能早于今天（2026-03-02）/ }],
      [{ ...base, toDepartmentId: await departmentId(t, '工程部') }, { toDepartmentId: /开发商的部门/ }],
      [{ ...base, fromServiceCenterId: (await t.ctx.db.selectFrom('service_centers').select('id').where('project_id', '=', p2).executeTakeFirstOrThrow()).id }, { fromServiceCenterId: /不属于本项目/ }],
      [{ ...base, attachmentIds: [await uploadPhoto(t, 'manager')] }, { attachmentIds: /不是您上传的/ }],
      [{ ...base, subject: 'x'.repeat(201) }, { subject: /最多 200 个字符/ }],
    ];
    for (const [body, fields] of cases) {
      const res = await t.as('butler').post('/api/liaison-forms', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const got = res.json().error.fields;
      expect(Object.keys(got).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, why] of Object.entries(fields)) expect(got[field]).toMatch(why);
    }
    const en = await t.as('butler').post('/api/liaison-forms', { ...base, dueDate: '2026-03-01' }, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ dueDate: 'The due date cannot be before today (2026-03-02)' });
    expect((await list('admin')).json().total).toBe(before);
  });

  it('who writes: the property side of the project; another project 404; the developer side, regional head and others 403', async () => {
    const body = { projectId: p1, subject: '主题', content: '内容', toDepartmentId: await marketingDepartment(t), dueDate: '2026-03-05' };
    for (const who of ['marketing', 'salesmgr', 'regional', 'sales', 'technician', 'owner']) expect((await t.as(who).post('/api/liaison-forms', body)).statusCode, who).toBe(403);
    expect((await t.as('butler2').post('/api/liaison-forms', body)).statusCode).toBe(404);
    const photo = await uploadPhoto(t, 'manager');
    const res = await t.as('manager').post('/api/liaison-forms', { ...body, attachmentIds: [photo] });
    expect(res.statusCode).toBe(201);
    expect(res.json().attachmentIds).toEqual([photo]);
    // Reading: the regional head yes, a sales consultant never, another project's butler 404.
    expect((await t.as('regional').get(`/api/liaison-forms/${res.json().id}`)).statusCode).toBe(200);
    expect((await t.as('sales').get(`/api/liaison-forms/${res.json().id}`)).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/liaison-forms/${res.json().id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/liaison-forms?projectId=${p1}`)).statusCode).toBe(404);
  });

  it('butler: edits a draft with its version; a stale version or an issued form is 409; the developer side 403', async () => {
    const draft = await draftForm(t, '2026-03-05');
    const edited = await t.as('butler').patch(`/api/liaison-forms/${draft.id}`, { subject: '改：开盘接待安排', dueDate: '2026-03-06', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ subject: '改：开盘接待安排', dueDate: '2026-03-06', version: 2 });
    expect(edited.json().history.at(-1)).toMatchObject({ action: 'edit', note: 'subject,due_date' });
    expect((await t.as('butler').patch(`/api/liaison-forms/${draft.id}`, { subject: 'x', version: 1 })).json().error.code).toBe('STALE_UPDATE');
    expect((await t.as('butler').patch(`/api/liaison-forms/${draft.id}`, { dueDate: '2026-03-01' })).json().error.fields).toEqual({ dueDate: expect.stringContaining('不能早于今天') });
    expect((await t.as('marketing').patch(`/api/liaison-forms/${draft.id}`, { subject: 'x' })).statusCode).toBe(403);
    await walk(t, draft.id, [['butler', 'issue']]);
    const late = await t.as('butler').patch(`/api/liaison-forms/${draft.id}`, { subject: 'x' });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'DRAFT_ONLY']);
  });

  it('butler: a draft whose due date has passed cannot be issued until the date is moved', async () => {
    const draft = await draftForm(t, TODAY);
    vi.setSystemTime(new Date('2026-03-02T16:30:00Z'));
    try {
      const res = await act(t, 'butler', draft.id, 'issue');
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'DUE_DATE_PASSED', fields: { dueDate: '回复期限 2026-03-02 已过，请先修改回复期限再发出' } });
      await t.as('butler').patch(`/api/liaison-forms/${draft.id}`, { dueDate: '2026-03-04' });
      expect((await act(t, 'butler', draft.id, 'issue')).statusCode).toBe(200);
    } finally {
      vi.setSystemTime(NOW);
    }
  });
});

describe('liaison forms: lists and overdue', () => {
  it('a form becomes overdue the day after its due date; search, status and due-date filters', async () => {
    const form = await draftForm(t, TODAY, 'butler', { subject: '电瓶车充电桩报修' });
    await walk(t, form.id, [['butler', 'issue']]);
    const now = (await t.as('butler').get(`/api/liaison-forms/${form.id}`)).json() as FormBody;
    expect(now.overdue).toBe(false);
    vi.setSystemTime(new Date('2026-03-02T16:30:00Z'));
    try {
      expect((await t.as('butler').get(`/api/liaison-forms/${form.id}`)).json().overdue).toBe(true);
      expect(await subjects('butler', '&overdue=true')).toContain('电瓶车充电桩报修');
    } finally {
      vi.setSystemTime(NOW);
    }
    expect(await subjects('butler', '&q=充电桩')).toEqual(['电瓶车充电桩报修']);
    expect(await subjects('butler', `&q=${now.number}`)).toEqual(['电瓶车充电桩报修']);
    expect((await list('butler', '&status=returned')).json().items.every((f: { status: string }) => f.status === 'returned')).toBe(true);
    expect(await subjects('butler', `&dueFrom=${TODAY}&dueTo=${TODAY}&status=issued`)).toEqual(['电瓶车充电桩报修']);
    const bad = await list('butler', '&dueFrom=2026-03-05&dueTo=2026-03-01');
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { dueTo: '结束日期不能早于开始日期' }]);
    // Without ?projectId the list spans every project the caller sees.
    const everywhere = (await t.as('admin').get('/api/liaison-forms?overdue=true')).json();
    expect(everywhere.items.length).toBeGreaterThanOrEqual(1);
    expect((await t.as('butler2').get('/api/liaison-forms')).json().total).toBe(0);
  });
});
