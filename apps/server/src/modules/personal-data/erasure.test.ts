import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { seedOwnerWithData, type SeededOwner } from './personal-data-test-kit.js';

let t: TestApp;
let feng: SeededOwner;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp();
  feng = await seedOwnerWithData(t, { name: '冯女士', phone: '13766660001', idNumber: '310101199203033333', username: 'feng', extraOrders: [{ status: 'inProgress' }] });
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

/** The tables this module knows to hold an owner's data, read whole. */
const SCANNED = [
  'owners',
  'users',
  'sessions',
  'household_members',
  'deals',
  'deal_events',
  'work_orders',
  'work_order_events',
  'messages',
  'message_events',
  'owner_message_contacts',
  'consents',
  'questionnaire_responses',
  'service_profiles',
  'service_profile_events',
  'owner_document_signatures',
  'owner_invitations',
  'audit_log',
  'personal_data_reads',
  'personal_data_requests',
  'personal_data_request_events',
] as const;

async function tablesHolding(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of SCANNED) {
    const rows = await t.ctx.db.selectFrom(table).selectAll().execute();
    if (JSON.stringify(rows).includes(text)) found.push(table);
  }
  return found;
}

/** What the work-order statistics are computed from: every order's status, kind, rating and times. */
async function statistics() {
  const rows = await t.ctx.db
    .selectFrom('work_orders')
    .select(['id', 'kind', 'status', 'satisfaction', 'reopen_count', 'urge_count', 'created_at', 'accepted_at', 'completed_at', 'closed_at', 'cancelled_at', 'household_id', 'version', 'updated_at'])
    .where('project_id', '=', t.demo.projectIds[0])
    .orderBy('id')
    .execute();
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const list = (await t.as('manager').get(`/api/work-orders?projectId=${t.demo.projectIds[0]}&limit=100`)).json();
  return { rows, byStatus, listed: list.items.map((i: { id: string; status: string; satisfaction?: number }) => [i.id, i.status, i.satisfaction]) };
}

const requestErasure = (who = 'feng') => t.as(who).post('/api/personal-data/mine/erasure', { confirm: true, reason: '搬离小区' });

describe('注销个人信息', () => {
  it('owner: cannot ask while a work order is open (409 with the reason); without confirmation 400', async () => {
    expect((await t.as('feng').post('/api/personal-data/mine/erasure', { confirm: false })).statusCode).toBe(400);
    const res = await requestErasure();
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ERASURE_BLOCKED', message: '暂不能注销个人信息：尚有未办结的工单', details: { blockers: ['openWorkOrders'] } });
    expect(await t.ctx.db.selectFrom('personal_data_requests').select('id').where('owner_id', '=', feng.ownerId).execute()).toEqual([]);
  });

  it('owner: the only owner of a unit under a recorded deal is refused too (en); once the deal is cancelled the way is free', async () => {
    await t.ctx.db.updateTable('work_orders').set({ status: 'closed', closed_at: '2026-03-02T01:00:00.000Z' }).where('id', '=', feng.workOrderIds[2]!).execute();
    const unitId = (await t.ctx.db.selectFrom('households').select('unit_id').where('id', '=', feng.householdId).executeTakeFirstOrThrow()).unit_id;
    const deal = await t.as('butler').post(`/api/projects/${t.demo.projectIds[0]}/deals`, { unitId, buyer: { name: '冯女士', phone: feng.phone }, signingDate: '2026-02-20' });
    expect(deal.statusCode, deal.body).toBe(201);
    expect(deal.json().buyer.ownerId).toBe(feng.ownerId);
    const res = await t.as('feng').post('/api/personal-data/mine/erasure', { confirm: true }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ details: { blockers: ['soleOwnerUnderDeal'] }, message: expect.stringContaining('the only owner of a unit under a recorded deal') });
    expect((await t.as('butler').post(`/api/deals/${deal.json().id}/cancel`, { reason: '退房' })).statusCode).toBe(200);
  });

  it('owner asks; a second ask while it waits is 409; butler may not decide (403); manager refuses with a reason', async () => {
    const asked = await requestErasure();
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ kind: 'erasure', state: 'requested', reason: '搬离小区', owner: { name: '冯女士' } });
    expect((await requestErasure()).statusCode).toBe(409);
    const id = asked.json().id;
    expect((await t.as('butler').post(`/api/personal-data/requests/${id}/refuse`, { reason: 'x' })).statusCode).toBe(403);
    expect((await t.as('butler2').get('/api/personal-data/requests')).statusCode).toBe(403);
    const list = (await t.as('manager').get('/api/personal-data/requests?state=requested')).json();
    expect(list.items).toEqual([expect.objectContaining({ id, allowedActions: ['approve', 'refuse'] })]);
    const refused = await t.as('manager').post(`/api/personal-data/requests/${id}/refuse`, { reason: '请先结清物业费' });
    expect(refused.json()).toMatchObject({ state: 'refused', refuseReason: '请先结清物业费', allowedActions: [] });
    expect((await t.as('feng').get('/api/personal-data/mine/requests')).json().items[0]).toMatchObject({ state: 'refused', refuseReason: '请先结清物业费' });
  });

  it('manager approves: the owner is anonymised in one go, statistics are unchanged, no table keeps the phone; a second approval is 409', async () => {
    const id = (await requestErasure()).json().id;
    const signature = await t.ctx.db.selectFrom('owner_document_signatures').selectAll().where('id', '=', feng.signatureId).executeTakeFirstOrThrow();
    const image = await t.ctx.db.selectFrom('files').select('storage_path').where('id', '=', signature.signature_file_id).executeTakeFirstOrThrow();
    const imagePath = path.join(t.ctx.config.dataDir, image.storage_path);
    expect(fs.existsSync(imagePath)).toBe(true);
    expect(await tablesHolding(feng.phone)).toEqual(expect.arrayContaining(['owners', 'deals', 'work_orders', 'messages', 'audit_log']));
    const before = await statistics();

    const res = await t.as('manager').post(`/api/personal-data/requests/${id}/approve`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'done', decidedBy: { id: t.demo.users.manager }, completedAt: '2026-03-02T02:00:00.000Z' });

    expect(await statistics()).toEqual(before);
    expect(await tablesHolding(feng.phone)).toEqual([]);
    expect(await tablesHolding(feng.idNumber)).toEqual([]);

    const owner = await t.ctx.db.selectFrom('owners').selectAll().where('id', '=', feng.ownerId).executeTakeFirstOrThrow();
    expect(owner).toMatchObject({ name: expect.stringMatching(/^已注销业主[0-9A-F]{6}$/), phone: null, id_number: null });
    expect(await t.ctx.db.selectFrom('users').select(['active']).where('id', '=', feng.userId).executeTakeFirstOrThrow()).toEqual({ active: 0 });
    expect(await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', feng.userId).execute()).toEqual([]);
    expect((await t.as('feng').get('/api/personal-data/mine/requests')).statusCode).toBe(401);
    // Every purpose withdrawn, the earlier grant kept as the record.
    const consents = await t.ctx.db.selectFrom('consents').select(['purpose', 'granted']).where('owner_id', '=', feng.ownerId).orderBy('id').execute();
    expect(consents).toEqual([
      { purpose: 'serviceProfile', granted: 1 },
      { purpose: 'serviceProfile', granted: 0 },
      { purpose: 'marketingMessages', granted: 0 },
      { purpose: 'photoSharing', granted: 0 },
    ]);
    const profile = await t.ctx.db.selectFrom('service_profiles').selectAll().where('household_id', '=', feng.householdId).executeTakeFirstOrThrow();
    expect(profile.answered).toBeNull();
    expect(JSON.stringify(profile)).not.toMatch(/冯女士|小宝|1988/);
    expect((await t.ctx.db.selectFrom('questionnaire_responses').select('answers').where('owner_id', '=', feng.ownerId).execute()).map((r) => r.answers)).toEqual(['{}']);
    expect((await t.ctx.db.selectFrom('owner_invitations').select('revoked_at').where('owner_id', '=', feng.ownerId).execute()).every((i) => i.revoked_at)).toBe(true);
    const orders = await t.ctx.db.selectFrom('work_orders').select(['requester_name', 'requester_phone', 'satisfaction']).where('id', 'in', feng.workOrderIds).execute();
    expect(orders.every((o) => o.requester_name === owner.name && o.requester_phone === null)).toBe(true);
    // The signature stays (the agreement is kept as the law requires) without device, address and drawn image.
    expect(await t.ctx.db.selectFrom('owner_document_signatures').select(['device', 'ip', 'text_sha256']).where('id', '=', feng.signatureId).executeTakeFirstOrThrow()).toEqual({ device: null, ip: null, text_sha256: signature.text_sha256 });
    expect(fs.existsSync(imagePath)).toBe(false);

    const again = await t.as('admin').post(`/api/personal-data/requests/${id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(await t.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'approveErasure').execute()).toHaveLength(1);
    expect((await t.as('butler').get(`/api/personal-data/owners?projectId=${t.demo.projectIds[0]}&q=已注销`)).json().items).toEqual([expect.objectContaining({ id: feng.ownerId, erased: true, phone: null })]);
  });

  it('a stale version is 409 and nothing changes; the regional head may not decide (403)', async () => {
    const chu = await seedOwnerWithData(t, { name: '褚先生', phone: '13766660002', idNumber: '310101199304044444', username: 'chu' });
    const id = (await requestErasure('chu')).json().id;
    expect((await t.as('manager').post(`/api/personal-data/requests/${id}/approve`, { version: 7 })).statusCode).toBe(409);
    expect((await t.as('regional').post(`/api/personal-data/requests/${id}/approve`, {})).statusCode).toBe(403);
    expect((await t.ctx.db.selectFrom('owners').select('phone').where('id', '=', chu.ownerId).executeTakeFirstOrThrow()).phone).toBe(chu.phone);
  });
});
