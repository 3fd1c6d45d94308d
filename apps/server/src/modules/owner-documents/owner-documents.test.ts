import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const NOW = new Date('2026-03-02T02:00:00Z');
const URL = '/api/owner-documents';

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

type Template = { id: string; kind: string; versionNo: number; status: string; title: string; version: number; allowedActions: string[] };
const templates = async (who: string, projectId = p1) => (await t.as(who).get(`${URL}/templates?projectId=${projectId}`)).json().items as Template[];

describe('owner document templates: versions per project and kind', () => {
  it('demo: project 1 has the four documents published, the agreement on version 2 with version 1 retired', async () => {
    const items = await templates('butler');
    expect(items.map((x) => [x.kind, x.versionNo, x.status])).toEqual([
      ['preliminaryServiceAgreement', 2, 'published'],
      ['preliminaryServiceAgreement', 1, 'retired'],
      ['interimManagementRules', 1, 'published'],
      ['renovationRules', 1, 'published'],
      ['butlerServiceHandbook', 1, 'published'],
    ]);
    expect(items.every((x) => x.allowedActions.length === 0)).toBe(true);
    expect(await templates('manager', p1).then((xs) => xs.find((x) => x.kind === 'butlerServiceHandbook'))).toMatchObject({ title: '物业管家服务手册签收确认' });
  });

  it('manager: drafts version 2, edits it with the row version, publishes it; version 1 is retired; history and audit written', async () => {
    const created = await t.as('manager').post(`${URL}/templates`, { projectId: p1, kind: 'renovationRules', title: '装修管理规定', body: '第一条　装修前应申报登记。' });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ versionNo: 2, status: 'draft', version: 1, allowedActions: ['edit', 'publish'], createdBy: { name: '服务中心经理 张伟' } });

    const second = await t.as('admin').post(`${URL}/templates`, { projectId: p1, kind: 'renovationRules', title: '另一稿', body: '正文' });
    expect([second.statusCode, second.json().error.code, second.json().error.message]).toEqual([422, 'DRAFT_EXISTS', '该文件已有草稿（第 2 版），请先编辑或发布它']);

    const edited = await t.as('manager').patch(`${URL}/templates/${draft.id}`, { body: '第一条　装修前应申报登记。\n第二条　施工时间为 8:00–18:00。', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, body: expect.stringContaining('第二条') });
    const stale = await t.as('admin').patch(`${URL}/templates/${draft.id}`, { title: '旧稿', version: 1 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);

    const published = await t.as('manager').post(`${URL}/templates/${draft.id}/publish`, { version: 2 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedBy: { name: '服务中心经理 张伟' }, publishedAt: NOW.toISOString(), allowedActions: [] });
    const renovation = (await templates('butler')).filter((x) => x.kind === 'renovationRules');
    expect(renovation.map((x) => [x.versionNo, x.status])).toEqual([
      [2, 'published'],
      [1, 'retired'],
    ]);

    const again = await t.as('manager').patch(`${URL}/templates/${draft.id}`, { title: '改标题', version: 3 });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'FORBIDDEN_TRANSITION']);
    const events = await t.ctx.db.selectFrom('owner_document_template_events').select('action').where('template_id', '=', draft.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'edit', 'publish']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [draft.id, renovation[1]!.id]).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'retire', 'publish']);
  });

  it('bad input names the fields; nothing is written', async () => {
    const count = async () => Number((await t.ctx.db.selectFrom('owner_document_templates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = await t.as('manager').post(`${URL}/templates`, { projectId: p1, kind: 'deed', title: '', body: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['body', 'kind', 'title']);
    const noVersion = await t.as('manager').patch(`${URL}/templates/x`, { title: '标题' });
    expect(noVersion.json().error.fields).toEqual({ version: '必填' });
    expect(await count()).toBe(before);
  });

  it('who: managers write; butlers and the regional head read; sales, technicians and owners 403; project 2 staff 404', async () => {
    const body = { projectId: p1, kind: 'interimManagementRules', title: '临时管理规约', body: '第一条' };
    for (const who of ['butler', 'regional', 'sales', 'technician', 'owner']) expect((await t.as(who).post(`${URL}/templates`, body)).statusCode, who).toBe(403);
    expect((await t.as('admin').post(`${URL}/templates`, { ...body, projectId: p2 })).statusCode).toBe(201);
    expect((await t.as('manager').post(`${URL}/templates`, { ...body, projectId: p2 })).statusCode).toBe(404);
    for (const who of ['butler', 'regional', 'admin']) expect((await t.as(who).get(`${URL}/templates?projectId=${p1}`)).statusCode, who).toBe(200);
    for (const who of ['sales', 'technician', 'marketing', 'owner']) expect((await t.as(who).get(`${URL}/templates?projectId=${p1}`)).statusCode, who).toBe(403);
    expect((await t.as('butler2').get(`${URL}/templates?projectId=${p1}`)).statusCode).toBe(404);
    const draft = (await templates('admin', p2)).find((x) => x.status === 'draft')!;
    expect((await t.as('manager').post(`${URL}/templates/${draft.id}/publish`, { version: 1 })).statusCode).toBe(404);
    expect((await t.as(null).get(`${URL}/templates?projectId=${p1}`)).statusCode).toBe(401);
  });
});
