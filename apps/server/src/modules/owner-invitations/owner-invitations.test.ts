import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const NOW = new Date('2026-03-02T02:00:00Z');

let t: TestApp;
let ownerId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const issue = (who: string, body: Record<string, unknown>) => t.as(who).post('/api/owner-invitations', body);
const open = (token: string) => t.as(null).get(`/api/public/invitations/${token}`);

describe('owner invitations: a link to sign and answer on the phone', () => {
  it('butler: issues a link; the phone opens it without signing in and sees the masked name, project and unit', async () => {
    const res = await issue('butler', { ownerId });
    expect(res.statusCode, res.body).toBe(201);
    const inv = res.json();
    expect(inv).toMatchObject({ ownerId, householdId: t.demo.ownerHouseholdId, state: 'live', expiresAt: '2026-03-16T02:00:00.000Z' });
    expect(inv.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(inv.path).toBe(`/h5/invite/${inv.token}`);
    const page = await open(inv.token);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ ownerName: '吴**', unitLabel: expect.stringContaining('101') });
    const stored = await t.ctx.db.selectFrom('owner_invitations').select('token_hash').where('id', '=', inv.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(inv.token);
    const listed = await t.as('butler').get(`/api/owner-invitations?ownerId=${ownerId}`);
    expect(listed.json().items[0]).not.toHaveProperty('token');
  });

  it('anyone: an unknown, expired or revoked link answers 404 with the reason in Chinese', async () => {
    expect((await open('x'.repeat(43))).statusCode).toBe(404);
    const short = (await issue('butler', { ownerId, validDays: 1 })).json();
    vi.setSystemTime(new Date(NOW.getTime() + 86_400_000));
    try {
      const expired = await open(short.token);
      expect(expired.statusCode).toBe(404);
      expect(expired.json().error.message).toContain('链接无效或已过期');
    } finally {
      vi.setSystemTime(NOW);
    }
    const inv = (await issue('manager', { ownerId })).json();
    const revoked = await t.as('butler').post(`/api/owner-invitations/${inv.id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().state).toBe('revoked');
    expect((await open(inv.token)).statusCode).toBe(404);
    expect((await t.as('butler').post(`/api/owner-invitations/${inv.id}/revoke`)).statusCode).toBe(422);
  });

  it('sales consultant: may not issue links (403); project-2 butler does not find the owner (404); bad input 400', async () => {
    expect((await issue('sales', { ownerId })).statusCode).toBe(403);
    expect((await issue('owner', { ownerId })).statusCode).toBe(403);
    expect((await issue('butler2', { ownerId })).statusCode).toBe(404);
    const bad = await issue('butler', { ownerId, validDays: 365 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('validDays');
    const other = await issue('butler', { ownerId, householdId: 'no-such-household' });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields.householdId).toBe('该业主不是这户的成员');
  });

  it('butler: issuing a link ticks 发送签约链接 on the buyer\'s open deal', async () => {
    const open = await t.ctx.db
      .selectFrom('deal_onboarding_items as i')
      .innerJoin('deals as d', 'd.id', 'i.deal_id')
      .select(['d.id', 'd.owner_id'])
      .where('d.status', '=', 'recorded')
      .where('i.item', '=', 'invitationSent')
      .where('i.status', '=', 'todo')
      .executeTakeFirstOrThrow();
    expect((await issue('butler', { ownerId: open.owner_id })).statusCode).toBe(201);
    const item = await t.ctx.db.selectFrom('deal_onboarding_items').select(['status', 'done_at', 'done_by']).where('deal_id', '=', open.id).where('item', '=', 'invitationSent').executeTakeFirstOrThrow();
    expect(item).toEqual({ status: 'done', done_at: NOW.toISOString(), done_by: null });
  });
});
