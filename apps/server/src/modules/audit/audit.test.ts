import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const actor = { userId: t.demo.users.admin, username: 'admin', name: '王敏', companyId: t.demo.companyId, kind: 'staff' as const, roles: ['companyAdmin' as const], projectIds: [], ownerId: null, vendorId: null, departmentId: null };
  await inTransaction(t.ctx.db, async (trx) => {
    await recordAudit(trx, actor, t.demo.companyId, { action: 'update', entityType: 'unit', entityId: 'u1', projectId: t.demo.projectIds[0], before: { layout: '两室' }, after: { layout: '三室', password_hash: 'secret' } });
    await recordAudit(trx, actor, t.demo.companyId, { action: 'create', entityType: 'building', entityId: 'b1', after: { code: '9' } });
    await recordAudit(trx, actor, t.demo.companyId, {
      action: 'update',
      entityType: 'owner',
      entityId: 'o1',
      before: { name: '吴先生', phone: '13812345678', id_number: '310101198001011234' },
      after: { name: '吴先生', phone: '13912345678', idNumber: '310101198001011234', requester_phone: '13712345678', coBuyers: [{ requesterPhone: '13612345678', mobile: '13512345678' }] },
    });
  });
});
afterAll(async () => t.close());

describe('audit log', () => {
  it('admin: browses the log newest first, filtered by entity type, with before/after', async () => {
    const res = await t.as('admin').get('/api/audit?entityType=unit');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ action: 'update', entityType: 'unit', actorName: '王敏', before: { layout: '两室' } });
  });

  it('admin: secrets never reach the log', async () => {
    const res = await t.as('admin').get('/api/audit?entityId=u1');
    expect(res.json().items[0].after).toEqual({ layout: '三室', password_hash: '[redacted]' });
  });

  it('admin: phones and ID numbers in snapshots are shown masked; the stored rows keep them', async () => {
    const res = await t.as('admin').get('/api/audit?entityId=o1');
    const item = res.json().items[0];
    expect(item.before).toEqual({ name: '吴先生', phone: '138****5678', id_number: '3101**********1234' });
    expect(item.after).toEqual({
      name: '吴先生',
      phone: '139****5678',
      idNumber: '3101**********1234',
      requester_phone: '137****5678',
      coBuyers: [{ requesterPhone: '136****5678', mobile: '135****5678' }],
    });
    expect(res.body).not.toMatch(/1[3-9]\d{9}|310101198001011234/);
    const stored = await t.ctx.db.selectFrom('audit_log').select(['before', 'after']).where('entity_id', '=', 'o1').executeTakeFirstOrThrow();
    expect(JSON.parse(stored.before!)).toMatchObject({ phone: '13812345678', id_number: '310101198001011234' });
    expect(JSON.parse(stored.after!)).toMatchObject({ idNumber: '310101198001011234', requester_phone: '13712345678' });
  });

  it('admin: filters by a time window', async () => {
    const future = new Date(Date.now() + 3600_000).toISOString();
    const res = await t.as('admin').get(`/api/audit?from=${encodeURIComponent(future)}`);
    expect(res.json().total).toBe(0);
  });

  it('regional: may browse; butler and owner get 403', async () => {
    expect((await t.as('regional').get('/api/audit')).statusCode).toBe(200);
    expect((await t.as('butler').get('/api/audit')).statusCode).toBe(403);
    expect((await t.as('owner').get('/api/audit')).statusCode).toBe(403);
  });

  it('admin: a malformed date is 400 naming the field', async () => {
    const res = await t.as('admin').get('/api/audit?from=yesterday');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['from']);
  });
});

describe('audit log totals', () => {
  it('admin: the total stops counting at the cap and says so', async () => {
    const { listAuditEntries } = await import('./list-audit-entries.js');
    const actor = { userId: t.demo.users.admin, username: 'admin', name: '王敏', companyId: t.demo.companyId, kind: 'staff' as const, roles: ['companyAdmin' as const], projectIds: [], ownerId: null, vendorId: null, departmentId: null };
    const all = await listAuditEntries(t.ctx.db, actor, { page: 1, pageSize: 1 });
    expect(all.totalCapped).toBe(false);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const { paginate } = await import('../../platform/http/paging.js');
    const q = t.ctx.db.selectFrom('audit_log').selectAll().where('company_id', '=', t.demo.companyId);
    const capped = await paginate(q, (x) => x.orderBy('at', 'desc'), { page: 1, pageSize: 1, maxCount: 1 });
    expect(capped).toMatchObject({ total: 1, totalCapped: true });
    expect(capped.items).toHaveLength(1);
  });
});
