import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');

let t: TestApp;
let p1: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1] = t.demo.projectIds;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const unitId = async (code: string) => (await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', p1!).where('code', '=', code).executeTakeFirstOrThrow()).id;
const record = async (code: string, buyer: Record<string, unknown>, coBuyers: unknown[] = []) => {
  const res = await t.as('butler').post(`/api/projects/${p1}/deals`, { unitId: await unitId(code), buyer, coBuyers, signingDate: '2026-03-01' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const owner = async (id: string) => t.ctx.db.selectFrom('owners').select(['name', 'phone', 'id_number']).where('id', '=', id).executeTakeFirstOrThrow();
const invite = async (ownerId: string) => {
  const res = await t.as('butler').post('/api/owner-invitations', { ownerId });
  expect(res.statusCode, res.body).toBe(201);
};
const openInvitations = async (ownerId: string) => (await t.ctx.db.selectFrom('owner_invitations').select('id').where('owner_id', '=', ownerId).where('revoked_at', 'is', null).execute()).length;

describe('deals: editing a recorded deal', () => {
  it('corrects the buyer’s name and a co-buyer, keeps the owner rows and masked numbers, writes history and audit; a stale version is 409', async () => {
    const d = await record('2-101', { name: '李明名', phone: '13811110001', idNumber: '310101198001010011' }, [{ name: '张三', phone: '13811110002' }]);
    const co = d.coBuyers[0].ownerId as string;
    const res = await t.as('manager').patch(`/api/deals/${d.id}`, {
      version: d.version,
      buyer: { name: '李明铭' },
      coBuyers: [{ ownerId: co, name: '张珊' }, { name: '王五', phone: '13811110003' }],
      signingDate: '2026-02-27',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect([after.buyer.name, after.buyer.ownerId, after.signingDate, after.version]).toEqual(['李明铭', d.buyer.ownerId, '2026-02-27', d.version + 1]);
    expect(after.coBuyers.map((c: { name: string }) => c.name)).toEqual(['张珊', '王五']);
    expect(after.coBuyers[0].ownerId).toBe(co);
    // Omitted numbers are kept, not cleared.
    expect(await owner(d.buyer.ownerId)).toEqual({ name: '李明铭', phone: '13811110001', id_number: '310101198001010011' });
    expect(await owner(co)).toMatchObject({ name: '张珊', phone: '13811110002' });
    expect(after.history.at(-1)).toMatchObject({ action: 'update', data: { edited: true } });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', d.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);

    const stale = await t.as('manager').patch(`/api/deals/${d.id}`, { version: d.version, buyer: { name: '别人' }, signingDate: '2026-02-27' });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);
    expect((await owner(d.buyer.ownerId)).name).toBe('李明铭');
  });

  it('a new phone is taken; a future signing date is 400; the version is required; sales consultants 403', async () => {
    const d = await record('2-102', { name: '周七', phone: '13811110011' });
    const bad = await t.as('butler').patch(`/api/deals/${d.id}`, { version: d.version, buyer: { name: '周七' }, signingDate: '2026-03-09' });
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { signingDate: '签约日期不能晚于今天' }]);
    expect((await t.as('butler').patch(`/api/deals/${d.id}`, { buyer: { name: '周七' }, signingDate: '2026-03-01' })).statusCode).toBe(400);
    expect((await t.as('sales').patch(`/api/deals/${d.id}`, { version: d.version, buyer: { name: '周七' }, signingDate: '2026-03-01' })).statusCode).toBe(403);
    const ok = await t.as('butler').patch(`/api/deals/${d.id}`, { version: d.version, buyer: { name: '周七', phone: '13811110099' }, signingDate: '2026-03-01' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await owner(d.buyer.ownerId)).phone).toBe('13811110099');
  });

  it('an ID number sent as null is withdrawn from the deal and the owner row (audited); omitted keeps it; a bad one is 400', async () => {
    const d = await record('2-302', { name: '钱十', phone: '13811110051', idNumber: '310101198001010070' }, [{ name: '孙十一', phone: '13811110052', idNumber: '310101198001010089' }]);
    const co = d.coBuyers[0].ownerId as string;
    const bad = await t.as('butler').patch(`/api/deals/${d.id}`, { version: d.version, buyer: { name: '钱十', idNumber: '31-01' }, signingDate: '2026-03-01' });
    expect([bad.statusCode, Object.keys(bad.json().error.fields ?? {})]).toEqual([400, ['buyer.idNumber']]);
    expect((await owner(d.buyer.ownerId)).id_number).toBe('310101198001010070');

    const res = await t.as('butler').patch(`/api/deals/${d.id}`, {
      version: d.version,
      buyer: { name: '钱十', idNumber: null },
      coBuyers: [{ ownerId: co, name: '孙十一' }],
      signingDate: '2026-03-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().buyer.idNumber).toBeNull();
    expect(await owner(d.buyer.ownerId)).toEqual({ name: '钱十', phone: '13811110051', id_number: null });
    // The co-buyer's was omitted: kept on the deal and the owner row.
    expect((await owner(co)).id_number).toBe('310101198001010089');
    const stored = await t.ctx.db.selectFrom('deals').select(['buyer_id_number', 'co_buyers']).where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(stored.buyer_id_number).toBeNull();
    expect(JSON.parse(stored.co_buyers)[0].idNumber).toBe('310101198001010089');
    const ownerAudit = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', d.buyer.ownerId).orderBy('id').execute();
    expect(ownerAudit.at(-1)).toEqual({ action: 'update', actor_id: t.demo.users.butler });

    const again = await t.as('butler').patch(`/api/deals/${d.id}`, { version: res.json().version, buyer: { name: '钱十' }, coBuyers: [{ ownerId: co, name: '孙十一', idNumber: null }], signingDate: '2026-03-01' });
    expect(again.statusCode, again.body).toBe(200);
    expect((await owner(co)).id_number).toBeNull();
    expect((await owner(d.buyer.ownerId)).id_number).toBeNull();
  });
});

describe('deals: cancelling (作废)', () => {
  it('requires one of the reasons; closes the open checklist; revokes the buyer’s open links when no other deal is active; owner and household stay', async () => {
    const d = await record('2-201', { name: '吕八', phone: '13811110021', idNumber: '310101198001010038' });
    await invite(d.buyer.ownerId);
    const missing = await t.as('butler').post(`/api/deals/${d.id}/cancel`, { note: '客户要求' });
    expect([missing.statusCode, Object.keys(missing.json().error.fields)]).toEqual([400, ['reason']]);
    expect((await t.as('butler').post(`/api/deals/${d.id}/cancel`, { reason: '随便写' })).statusCode).toBe(400);

    const res = await t.as('butler').post(`/api/deals/${d.id}/cancel`, { reason: 'returned', note: '客户退房', version: d.version });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({ status: 'cancelled', cancelKind: 'returned', cancelReason: '客户退房', allowedActions: [], onboarding: { todo: 0, complete: true } });
    // Issuing the link ticked 发送签约链接; everything else still open is closed.
    const statuses = c.checklist.map((i: { item: string; status: string; reason: string | null }) => `${i.item}:${i.status}:${i.reason?.slice(0, 2) ?? ''}`);
    expect(statuses.filter((s: string) => !s.endsWith(':notApplicable:退房'))).toEqual(['invitationSent:done:']);
    expect(c.history.at(-1)).toMatchObject({ action: 'cancel', data: { reason: 'returned', closedItems: 7, revokedInvitations: 1 } });
    expect(await openInvitations(d.buyer.ownerId)).toBe(0);
    expect(await owner(d.buyer.ownerId)).toMatchObject({ name: '吕八' });
    const member = await t.ctx.db.selectFrom('household_members').select('relation').where('household_id', '=', d.householdId).where('owner_id', '=', d.buyer.ownerId).executeTakeFirst();
    expect(member?.relation).toBe('owner');
    const audit = await t.ctx.db.selectFrom('audit_log').select(['entity_type', 'action']).where('action', 'in', ['cancel', 'revoke']).where('company_id', '=', t.demo.companyId).orderBy('id', 'desc').limit(2).execute();
    expect(audit).toEqual(expect.arrayContaining([{ entity_type: 'deal', action: 'cancel' }, { entity_type: 'ownerInvitation', action: 'revoke' }]));

    expect((await t.as('butler').patch(`/api/deals/${d.id}`, { version: c.version, buyer: { name: '吕八' }, signingDate: '2026-03-01' })).statusCode).toBe(409);
  });

  it('co-buyers’ open links go too, except a co-buyer another recorded deal still names', async () => {
    const d = await record('2-401', { name: '葛十', phone: '13811110041' }, [{ name: '葛十一', phone: '13811110042' }, { name: '葛十二', phone: '13811110043' }]);
    const [eleven, twelve] = d.coBuyers.map((c: { ownerId: string }) => c.ownerId) as [string, string];
    // 葛十二 buys another unit in the project on their own.
    const other = await record('2-402', { name: '葛十二', phone: '13811110043' });
    expect(other.buyer.ownerId).toBe(twelve);
    for (const id of [d.buyer.ownerId, eleven, twelve]) await invite(id);
    const res = await t.as('butler').post(`/api/deals/${d.id}/cancel`, { reason: 'entryError' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().history.at(-1).data.revokedInvitations).toBe(2);
    expect([await openInvitations(d.buyer.ownerId), await openInvitations(eleven), await openInvitations(twelve)]).toEqual([0, 0, 1]);
  });

  it('a buyer with another active deal keeps their link; a stale cancel is 409 and changes nothing', async () => {
    const buyer = { name: '孔九', phone: '13811110031', idNumber: '310101198001010054' };
    const a = await record('2-202', buyer);
    const b = await record('2-301', buyer);
    expect(b.buyer.ownerId).toBe(a.buyer.ownerId);
    await invite(a.buyer.ownerId);
    await t.as('butler').patch(`/api/deals/${a.id}/butler`, { butlerId: t.demo.users.butler });
    const stale = await t.as('butler').post(`/api/deals/${a.id}/cancel`, { reason: 'unitChanged', version: a.version });
    expect(stale.statusCode).toBe(409);
    expect((await t.as('butler').get(`/api/deals/${a.id}`)).json().status).toBe('recorded');
    // The Chinese label is taken for its key.
    const ok = await t.as('butler').post(`/api/deals/${a.id}/cancel`, { reason: '换房' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().cancelKind).toBe('unitChanged');
    expect(ok.json().history.at(-1).data.revokedInvitations).toBe(0);
    expect(await openInvitations(a.buyer.ownerId)).toBe(1);
    expect((await t.as('butler').get(`/api/deals/${b.id}`)).json().onboarding.todo).toBeGreaterThan(0);
  });
});
