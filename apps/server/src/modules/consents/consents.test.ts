import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { currentConsent } from './current-consent.js';

let t: TestApp;
let ownerId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp();
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

describe('consents per purpose', () => {
  it('butler: records a paper consent for marketing; the history keeps every row and the latest is in force', async () => {
    const a = await t.as('butler').post(`/api/owners/${ownerId}/consents`, { purpose: 'marketingMessages', granted: true, method: 'paper', note: '签字单存档于服务中心' });
    expect(a.statusCode, a.body).toBe(201);
    vi.setSystemTime(new Date('2026-03-03T02:00:00Z'));
    await t.as('manager').post(`/api/owners/${ownerId}/consents`, { purpose: 'marketingMessages', granted: false, method: 'verbal' });
    const res = (await t.as('butler').get(`/api/owners/${ownerId}/consents`)).json();
    expect(res.current).toEqual([
      { purpose: 'serviceProfile', consent: expect.objectContaining({ granted: true, method: 'h5' }) },
      { purpose: 'marketingMessages', consent: expect.objectContaining({ granted: false, method: 'verbal', at: '2026-03-03T02:00:00.000Z' }) },
      { purpose: 'photoSharing', consent: null },
    ]);
    expect(res.history.filter((c: { purpose: string }) => c.purpose === 'marketingMessages')).toHaveLength(2);
    expect((await currentConsent(t.ctx.db, ownerId, 'marketingMessages'))?.granted).toBe(0);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'consent').execute();
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['grant', 'withdraw']));
  });

  it('owner reads their own consents; staff may not record h5 consents; others 403/404', async () => {
    expect((await t.as('owner').get(`/api/owners/${ownerId}/consents`)).statusCode).toBe(200);
    expect((await t.as('owner').post(`/api/owners/${ownerId}/consents`, { purpose: 'serviceProfile', granted: false, method: 'verbal' })).statusCode).toBe(403);
    expect((await t.as('butler').post(`/api/owners/${ownerId}/consents`, { purpose: 'serviceProfile', granted: true, method: 'h5' })).statusCode).toBe(400);
    expect((await t.as('butler2').get(`/api/owners/${ownerId}/consents`)).statusCode).toBe(404);
    expect((await t.as('technician').get(`/api/owners/${ownerId}/consents`)).statusCode).toBe(403);
  });
});
