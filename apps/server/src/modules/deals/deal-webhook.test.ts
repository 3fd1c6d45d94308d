import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { purgeWebhookDeliveries } from './purge-webhook-deliveries.js';
import { signDealWebhook } from './verify-deal-webhook.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');
const TS = String(NOW.getTime() / 1000);

let t: TestApp;
let p1: string;
let p2: string;
let secret: string;
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

const deal = (patch: Record<string, unknown> = {}) => ({
  externalRef: 'CRM-88',
  buildingCode: '2',
  unitCode: '2-301',
  buyer: { name: '郭晓', phone: '13912340001', idNumber: '310101199505050012' },
  coBuyers: [{ name: '郭母', phone: '13912340002' }],
  signingDate: '2026-03-01',
  contractNumber: 'CRM-HT-88',
  salesConsultantName: '何静',
  crmOnlyField: 'ignored',
  ...patch,
});
let deliveries = 0;
/** Sends `raw` exactly as given, signed with `key` unless headers say otherwise. */
function send(raw: string, opts: { key?: string; ts?: string; delivery?: string; signature?: string; projectId?: string } = {}) {
  const ts = opts.ts ?? TS;
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'x-guanjia-timestamp': ts,
    'x-guanjia-delivery': opts.delivery ?? `dlv-${++deliveries}`,
    'x-guanjia-signature': opts.signature ?? `sha256=${signDealWebhook(opts.key ?? secret, ts, raw)}`,
  };
  return t.as(null).post(`/api/public/deals/webhook/${opts.projectId ?? p1}`, raw, headers);
}

describe('deals: the CRM webhook', () => {
  it('admin: the project has no secret until one is generated; it is shown once, then only whether it is set', async () => {
    const before = await t.as('admin').get(`/api/projects/${p1}/deal-webhook`);
    expect(before.json()).toEqual({ configured: false, rotatedAt: null, rotatedBy: null, endpointPath: `/api/public/deals/webhook/${p1}` });
    expect((await send(JSON.stringify(deal()), { key: 'guess' })).statusCode).toBe(401);
    const res = await t.as('admin').post(`/api/projects/${p1}/deal-webhook/secret`);
    expect(res.statusCode, res.body).toBe(201);
    secret = res.json().secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const after = (await t.as('manager').get(`/api/projects/${p1}/deal-webhook`)).json();
    expect(after).toMatchObject({ configured: true, rotatedAt: NOW.toISOString(), rotatedBy: { name: '系统管理员 王敏' } });
    expect(JSON.stringify(after)).not.toContain(secret);
    const audit = await t.ctx.db.selectFrom('audit_log').select('after').where('entity_type', '=', 'dealWebhookSecret').execute();
    expect(JSON.stringify(audit)).not.toContain(secret);
    for (const who of ['butler', 'sales', 'regional']) expect((await t.as(who).post(`/api/projects/${p1}/deal-webhook/secret`)).statusCode, who).toBe(403);
    expect((await t.as('manager').get(`/api/projects/${p2}/deal-webhook`)).statusCode).toBe(404);
  });

  it('CRM: a good signature records the deal (201); the same externalRef again updates it (200), never duplicates', async () => {
    const res = await send(JSON.stringify(deal()));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'recorded', created: true });
    const id = res.json().id;
    const d = (await t.as('butler').get(`/api/deals/${id}`)).json();
    expect(d).toMatchObject({ source: 'webhook', externalRef: 'CRM-88', recordedBy: null, unit: { code: '2-301' }, buyer: { name: '郭晓', phone: '139****0001' }, coBuyers: [{ name: '郭母' }] });
    const again = await send(JSON.stringify(deal({ buyer: { name: '郭晓', phone: '13912340009', idNumber: '310101199505050012' }, coBuyers: [] })));
    expect([again.statusCode, again.json().id, again.json().created]).toEqual([200, id, false]);
    const updated = (await t.as('butler').get(`/api/deals/${id}`)).json();
    expect([updated.buyer.phone, updated.coBuyers, updated.version]).toEqual(['139****0009', [], 2]);
    expect(updated.history.map((h: { action: string }) => h.action)).toEqual(['record', 'update']);
    const household = await t.ctx.db.selectFrom('household_members').select('relation').where('household_id', '=', updated.householdId).execute();
    expect(household.map((m) => m.relation)).toEqual(['owner']);
    const count = await t.ctx.db.selectFrom('deals').select('id').where('external_ref', '=', 'CRM-88').execute();
    expect(count).toHaveLength(1);
  });

  it('CRM: a replayed delivery id is 409; the same signed request under a new delivery id is 409 too', async () => {
    const raw = JSON.stringify(deal({ externalRef: 'CRM-89', unitCode: '2-302', contractNumber: null }));
    const sig = `sha256=${signDealWebhook(secret, TS, raw)}`;
    expect((await send(raw, { delivery: 'fixed-1', signature: sig })).statusCode).toBe(201);
    const replay = await send(raw, { delivery: 'fixed-1', signature: sig });
    expect([replay.statusCode, replay.json().error.code]).toEqual([409, 'DELIVERY_REPLAYED']);
    expect((await send(raw, { delivery: 'fixed-2', signature: sig })).statusCode).toBe(409);
  });

  it('CRM: a tampered body, a missing or malformed signature, an old timestamp, an unknown project or one without a secret are 401', async () => {
    const raw = JSON.stringify(deal({ externalRef: 'CRM-90', unitCode: '2-401', contractNumber: null }));
    const sig = `sha256=${signDealWebhook(secret, TS, raw)}`;
    const tampered = await send(raw.replace('郭晓', '郭晚'), { signature: sig });
    expect([tampered.statusCode, tampered.json().error.code]).toEqual([401, 'BAD_SIGNATURE']);
    // A re-serialised body (spaces) is different bytes: the signature covers the raw body.
    expect((await send(JSON.stringify(JSON.parse(raw), null, 2), { signature: sig })).statusCode).toBe(401);
    expect((await send(raw, { signature: 'sha256=abc' })).statusCode).toBe(401);
    expect((await send(raw, { signature: '' })).statusCode).toBe(401);
    const old = String(NOW.getTime() / 1000 - 301);
    const stale = await send(raw, { ts: old });
    expect([stale.statusCode, stale.json().error.code]).toEqual([401, 'STALE_TIMESTAMP']);
    expect((await send(raw, { ts: String(NOW.getTime() / 1000 + 301) })).statusCode).toBe(401);
    expect((await send(raw, { projectId: 'no-such-project' })).statusCode).toBe(401);
    const unknown = await send(raw, { projectId: p2 });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([401, 'BAD_SIGNATURE']);
    expect(await t.ctx.db.selectFrom('deals').select('id').where('external_ref', '=', 'CRM-90').executeTakeFirst()).toBeUndefined();
  });

  it('CRM: a signed but invalid body is 400 naming the fields; an unknown unit is 400 unitCode; a rotated secret refuses the old one', async () => {
    const bad = await send(JSON.stringify({ externalRef: 'CRM-91', buildingCode: '2', unitCode: '2-402', buyer: { name: '', phone: 'x' }, signingDate: '2026-13-01' }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['buyer.name', 'buyer.phone', 'signingDate']);
    expect((await send('not json')).statusCode).toBe(400);
    const unit = await send(JSON.stringify(deal({ externalRef: 'CRM-92', unitCode: '9-999', contractNumber: null })));
    expect([unit.statusCode, unit.json().error.fields]).toEqual([400, { unitCode: '找不到该楼栋编码和房号对应的房屋' }]);
    const old = secret;
    secret = (await t.as('manager').post(`/api/projects/${p1}/deal-webhook/secret`)).json().secret;
    const raw = JSON.stringify(deal({ externalRef: 'CRM-93', unitCode: '2-402', contractNumber: null }));
    expect((await send(raw, { key: old })).statusCode).toBe(401);
    expect((await send(raw)).statusCode).toBe(201);
  });

  it('CRM: a cancelled deal (退房) is cancelled as the butler would cancel it: checklist closed, links revoked, by no one', async () => {
    const recorded = await send(JSON.stringify(deal({ externalRef: 'CRM-95', unitCode: '2-502', contractNumber: null, coBuyers: [], buyer: { name: '韦青', phone: '13912340095' } })));
    expect(recorded.statusCode, recorded.body).toBe(201);
    const id = recorded.json().id;
    const ownerId = (await t.as('butler').get(`/api/deals/${id}`)).json().buyer.ownerId;
    expect((await t.as('butler').post('/api/owner-invitations', { ownerId })).statusCode).toBe(201);

    const noReason = await send(JSON.stringify(deal({ externalRef: 'CRM-95', unitCode: '2-502', contractNumber: null, coBuyers: [], buyer: { name: '韦青', phone: '13912340095' }, status: 'cancelled' })));
    expect([noReason.statusCode, noReason.json().error.fields]).toEqual([400, { cancelReason: '作废成交须注明原因：退房、换房或录入错误' }]);
    const unknown = await send(JSON.stringify(deal({ externalRef: 'CRM-404', unitCode: '2-502', status: 'cancelled', cancelReason: '退房' })));
    expect([unknown.statusCode, unknown.json().error.fields]).toEqual([400, { externalRef: '没有以该编号记录的成交，无需作废' }]);

    const cancel = (note: string) => send(JSON.stringify(deal({ externalRef: 'CRM-95', unitCode: '2-502', contractNumber: null, coBuyers: [], buyer: { name: '韦青', phone: '13912340095' }, status: 'cancelled', cancelReason: '退房', cancelNote: note })));
    const res = await cancel('客户办理退房');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id, status: 'cancelled', created: false });
    const d = (await t.as('butler').get(`/api/deals/${id}`)).json();
    expect(d).toMatchObject({ status: 'cancelled', cancelKind: 'returned', cancelReason: '客户办理退房', onboarding: { todo: 0 } });
    expect(d.history.at(-1)).toMatchObject({ action: 'cancel', actor: null, data: { reason: 'returned', revokedInvitations: 1 } });
    const open = await t.ctx.db.selectFrom('owner_invitations').select('revoked_by').where('owner_id', '=', ownerId).execute();
    expect(open).toEqual([{ revoked_by: null }]);
    // The CRM sending it again changes nothing.
    const again = await cancel('重复推送');
    expect([again.statusCode, again.json().status]).toEqual([200, 'cancelled']);
    expect((await t.as('butler').get(`/api/deals/${id}`)).json()).toMatchObject({ cancelReason: '客户办理退房', version: d.version });
  });

  it('the nightly job forgets deliveries older than a day, when their timestamps could no longer pass anyway', async () => {
    const stored = async () => (await t.ctx.db.selectFrom('deal_webhook_deliveries').select('id').execute()).length;
    const before = await stored();
    expect(before).toBeGreaterThan(0);
    expect(await purgeWebhookDeliveries(t.ctx.db, new Date(NOW.getTime() + 3_600_000))).toBe(0);
    expect(await purgeWebhookDeliveries(t.ctx.db, new Date(NOW.getTime() + 86_400_001))).toBe(before);
  });
});
