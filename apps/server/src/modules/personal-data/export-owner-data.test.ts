import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfText } from '../../testing/pdf-text.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { seedOwnerWithData, type SeededOwner } from './personal-data-test-kit.js';

let t: TestApp;
let feng: SeededOwner;
let other: SeededOwner;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp();
  feng = await seedOwnerWithData(t, { name: '冯女士', phone: '13766660001', idNumber: '310101199203033333', username: 'feng' });
  other = await seedOwnerWithData(t, { name: '褚先生', phone: '13766660002', idNumber: '310101199304044444', username: 'chu' });
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

describe('导出个人数据', () => {
  it('owner: downloads their JSON with every part of their data and nothing of another owner', async () => {
    const res = await t.as('feng').get('/api/personal-data/mine/export?format=json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; .*\.json/);
    const d = res.json();
    expect(d.owner).toMatchObject({ id: feng.ownerId, name: '冯女士', phone: '13766660001', idNumber: '310101199203033333' });
    expect(d.households).toEqual([expect.objectContaining({ householdId: feng.householdId, relation: 'owner' })]);
    expect(d.consents).toEqual([expect.objectContaining({ purpose: 'serviceProfile', granted: true, method: 'h5' })]);
    expect(d.signedDocuments).toEqual([expect.objectContaining({ id: feng.signatureId, textSha256: expect.stringMatching(/^[0-9a-f]{64}$/), pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(d.questionnaireAnswers).toHaveLength(1);
    expect(JSON.stringify(d.questionnaireAnswers)).toContain('小宝');
    expect(d.serviceProfiles[0].answered.members.map((m: { name: string }) => m.name)).toEqual(['冯女士', '小宝']);
    expect(d.workOrders.map((w: { id: string }) => w.id).sort()).toEqual([...feng.workOrderIds].sort());
    expect(d.messages).toEqual([expect.objectContaining({ channel: 'sms', body: expect.stringContaining('暴雨') })]);
    expect(d.invitations).toHaveLength(1);
    const text = JSON.stringify(d);
    for (const s of ['褚先生', other.phone, other.idNumber, other.ownerId, ...other.workOrderIds]) expect(text).not.toContain(s);
    // The owner's own download is kept as a done export request and an audit row.
    const req = await t.ctx.db.selectFrom('personal_data_requests').selectAll().where('owner_id', '=', feng.ownerId).executeTakeFirstOrThrow();
    expect(req).toMatchObject({ kind: 'export', state: 'done', format: 'json', requested_by: feng.userId });
    expect(await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', feng.ownerId).where('entity_type', '=', 'personalData').execute()).toEqual([{ action: 'exportOwn' }]);
  });

  it('owner: the PDF is a real PDF in Chinese with the same content', async () => {
    const res = await t.as('feng').get('/api/personal-data/mine/export?format=pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The Chinese font travels inside the file (a reader without it would show boxes).
    expect(res.rawPayload.toString('latin1')).toMatch(/\/FontFile[23]?/);
    const text = pdfText(res.rawPayload);
    for (const s of ['个人信息副本', '冯女士', '13766660001', '已签署文件', '小宝', '暴雨']) expect(text).toContain(s);
  });

  it('butler: produces the copy for an owner on request (audited); sales 403, butler2 404, owner of another 403', async () => {
    const res = await t.as('butler').get(`/api/personal-data/owners/${feng.ownerId}/export?format=json`);
    expect(res.statusCode).toBe(200);
    expect(res.json().owner.name).toBe('冯女士');
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', feng.ownerId).where('action', '=', 'exportForOwner').execute();
    expect(audit).toEqual([{ action: 'exportForOwner', actor_id: t.demo.users.butler }]);
    expect((await t.as('sales').get(`/api/personal-data/owners/${feng.ownerId}/export`)).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/personal-data/owners/${feng.ownerId}/export`)).statusCode).toBe(404);
    expect((await t.as('chu').get(`/api/personal-data/owners/${feng.ownerId}/export`)).statusCode).toBe(403);
    expect((await t.as('butler').get('/api/personal-data/mine/export')).statusCode).toBe(403);
  });

  it('butler: finds owners to export for by name or unit, phones masked', async () => {
    const res = (await t.as('butler').get(`/api/personal-data/owners?projectId=${t.demo.projectIds[0]}&q=冯`)).json();
    expect(res.items).toEqual([expect.objectContaining({ id: feng.ownerId, name: '冯女士', phone: '137****0001', erased: false, units: [expect.any(String)] })]);
  });
});
