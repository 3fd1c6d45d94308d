import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { makeStaff } from '../work-orders/work-order-test-kit.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');

let t: TestApp;
let p1: string;
let p2: string;
let guard: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  guard = (await makeStaff(t, { roles: ['frontline'], name: '秩序维护 小马' })).username;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const worker = { name: '赵师傅', phone: '13912345678', idNumber: '310101199001011234', company: '绿城园林', purpose: '售楼处绿植养护', visiting: '管家 刘芳' };
const register = (who: string, body: Record<string, unknown> = worker, projectId = p1, headers?: Record<string, string>) => t.as(who).post(`/api/projects/${projectId}/external-workers`, body, headers);
const list = async (who: string, query = '', projectId = p1) => t.as(who).get(`/api/projects/${projectId}/external-workers${query}`);
const names = async (who: string, query = '') => ((await list(who, query)).json().items as { name: string }[]).map((w) => w.name);

describe('outside workers: registering and signing out', () => {
  it('demo: today’s register of project 1 has two workers, one still on site', async () => {
    const page = (await list('butler')).json();
    expect(page.items.map((w: { name: string; onSite: boolean }) => [w.name, w.onSite])).toEqual([
      ['黄师傅', true],
      ['林工', false],
    ]);
    expect(page.onSiteCount).toBe(1);
  });

  it('butler: registers a worker now; history and audit written; then signs them out once', async () => {
    const res = await register('butler', { ...worker, note: '自带工具' });
    expect(res.statusCode, res.body).toBe(201);
    const w = res.json();
    expect(w).toMatchObject({ ...worker, note: '自带工具', timeIn: NOW.toISOString(), timeOut: null, onSite: true, visitDate: '2026-03-02', phone: '139****5678', idNumber: '3101**********1234', contactRevealable: true, registeredBy: { name: '管家 刘芳' }, version: 1 });
    expect(await names('butler', '?onSite=true')).toContain('赵师傅');

    vi.setSystemTime(new Date(NOW.getTime() + 90 * 60_000));
    try {
      const out = await t.as(guard).post(`/api/external-workers/${w.id}/sign-out`, { version: 1 });
      expect(out.statusCode, out.body).toBe(200);
      expect(out.json()).toMatchObject({ timeOut: '2026-03-02T03:30:00.000Z', onSite: false, signedOutBy: { name: '秩序维护 小马' }, version: 2 });
      const again = await t.as('butler').post(`/api/external-workers/${w.id}/sign-out`, {});
      expect([again.statusCode, again.json().error.code, again.json().error.message]).toEqual([409, 'ALREADY_SIGNED_OUT', '该人员已于 2026-03-02T03:30:00.000Z 离场']);
    } finally {
      vi.setSystemTime(NOW);
    }
    expect(await names('butler', '?onSite=true')).not.toContain('赵师傅');
    const events = await t.ctx.db.selectFrom('external_worker_events').select('action').where('external_worker_id', '=', w.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['register', 'signOut']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', w.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'signOut']);
  });

  it('butler: a registration written up afterwards keeps the time in; sign-out times are checked; stale version 409', async () => {
    const w = (await register('butler', { ...worker, name: '钱师傅', timeIn: '2026-03-01T15:30:00Z' })).json();
    // 23:30 UTC on 03-01 is already 03-02 in Shanghai.
    expect(w).toMatchObject({ timeIn: '2026-03-01T15:30:00.000Z', visitDate: '2026-03-01' });
    const w2 = (await register('butler', { ...worker, name: '孙师傅', timeIn: '2026-03-01T16:30:00Z' })).json();
    expect(w2.visitDate).toBe('2026-03-02');
    const future = await register('butler', { ...worker, timeIn: '2026-03-02T03:00:00Z' });
    expect([future.statusCode, future.json().error.fields]).toEqual([400, { timeIn: '进场时间不能晚于现在' }]);
    const before = await t.as('butler').post(`/api/external-workers/${w.id}/sign-out`, { timeOut: '2026-03-01T15:00:00Z' });
    expect([before.statusCode, before.json().error.fields]).toEqual([400, { timeOut: '离场时间不能早于进场时间（2026-03-01T15:30:00.000Z）' }]);
    const later = await t.as('butler').post(`/api/external-workers/${w.id}/sign-out`, { timeOut: '2026-03-02T05:00:00Z' });
    expect(later.json().error.fields).toEqual({ timeOut: '离场时间不能晚于现在' });
    expect((await t.as('butler').post(`/api/external-workers/${w.id}/sign-out`, { version: 2 })).json().error.code).toBe('STALE_UPDATE');
    const ok = await t.as('butler').post(`/api/external-workers/${w.id}/sign-out`, { timeOut: '2026-03-01T18:00:00Z', version: 1 });
    expect(ok.json()).toMatchObject({ timeOut: '2026-03-01T18:00:00.000Z', onSite: false });
  });

  it('bad input names the fields in Chinese or English, and nothing is written', async () => {
    const count = async () => Number((await t.ctx.db.selectFrom('external_workers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = await register('butler', { name: '', phone: '电话', idNumber: '12', company: '', purpose: '', visiting: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['company', 'idNumber', 'name', 'phone', 'purpose', 'visiting']);
    expect(bad.json().error.fields.name).toBe('必填');
    const en = await register('butler', { ...worker, timeIn: 'yesterday', extra: 1 }, p1, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ timeIn: 'Invalid format', extra: 'Field not allowed' });
    const center = (await t.ctx.db.selectFrom('sales_centers').select('id').where('project_id', '=', p2).executeTakeFirstOrThrow()).id;
    expect((await register('butler', { ...worker, salesCenterId: center })).json().error.fields).toEqual({ salesCenterId: '该销售中心不属于本项目' });
    expect(await count()).toBe(before);
  });

  it('who: the property side and front-line posts register; the regional head reads; the sales side, technicians and owners 403; other projects 404', async () => {
    expect((await register('manager')).statusCode).toBe(201);
    expect((await register(guard)).statusCode).toBe(201);
    for (const who of ['regional', 'technician', 'sales', 'marketing', 'owner']) expect((await register(who)).statusCode, who).toBe(403);
    expect((await register('butler2')).statusCode).toBe(404);
    expect((await register('butler', worker, p2)).statusCode).toBe(404);
    expect((await list('regional')).statusCode).toBe(200);
    for (const who of ['technician', 'sales', 'marketing', 'owner']) expect((await list(who)).statusCode, who).toBe(403);
    expect((await list('butler2')).statusCode).toBe(404);
    const id = (await list('butler')).json().items[0].id;
    expect((await t.as('butler2').get(`/api/external-workers/${id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/external-workers/${id}/sign-out`, {})).statusCode).toBe(404);
    expect((await t.as('regional').post(`/api/external-workers/${id}/sign-out`, {})).statusCode).toBe(403);
    expect((await t.as(null).get(`/api/external-workers/${id}`)).statusCode).toBe(401);
  });
});

describe('outside workers: the register and masking', () => {
  it('phone and ID number masked for all; the butler and managers reveal them, each read logged; front-line posts and the regional head cannot', async () => {
    const w = (await register('butler', { ...worker, name: '周师傅' })).json();
    const seen = async (who: string) => {
      const one = (await t.as(who).get(`/api/external-workers/${w.id}`)).json();
      const inList = ((await list(who)).json().items as { id: string; phone: string; idNumber: string }[]).find((x) => x.id === w.id)!;
      expect([inList.phone, inList.idNumber]).toEqual([one.phone, one.idNumber]);
      return [one.phone, one.idNumber, one.contactRevealable];
    };
    for (const who of ['butler', 'manager', 'admin']) expect(await seen(who), who).toEqual(['139****5678', '3101**********1234', true]);
    for (const who of [guard, 'regional']) expect(await seen(who), who).toEqual(['139****5678', '3101**********1234', false]);

    const reveal = (who: string, field = 'idNumber') => t.as(who).post('/api/personal-data/reveal', { subjectType: 'externalWorker', externalWorkerId: w.id, field, purpose: '核对证件' });
    expect((await reveal('butler')).json()).toMatchObject({ field: 'idNumber', value: '310101199001011234' });
    expect((await reveal('manager', 'phone')).json()).toMatchObject({ field: 'phone', value: '13912345678' });
    for (const who of [guard, 'regional']) expect((await reveal(who)).statusCode, who).toBe(403);
    expect((await reveal('butler2')).statusCode).toBe(404);
    const logged = await t.ctx.db.selectFrom('personal_data_reads').select(['subject_type', 'field', 'owner_id']).where('subject_id', '=', w.id).orderBy('field').execute();
    expect(logged).toEqual([
      { subject_type: 'externalWorker', field: 'idNumber', owner_id: null },
      { subject_type: 'externalWorker', field: 'phone', owner_id: null },
    ]);
  });

  it('lists by date range and search; a reversed range is 400', async () => {
    expect(await names('butler', '?from=2026-03-01&to=2026-03-01')).toEqual(['钱师傅']);
    expect(await names('butler', '?q=园林&from=2026-03-01&to=2026-03-02')).toEqual(expect.arrayContaining(['钱师傅', '孙师傅', '赵师傅']));
    expect(await names('butler', '?q=幕墙')).toEqual(['黄师傅']);
    const bad = await list('butler', '?from=2026-03-02&to=2026-03-01');
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { to: '结束日期不能早于开始日期' }]);
    // On site now, whatever day they came: 吴师傅 came two days ago and never signed out.
    await register('butler', { ...worker, name: '吴师傅', timeIn: '2026-02-28T02:00:00Z' });
    expect(await names('butler')).not.toContain('吴师傅');
    expect(await names('butler', '?onSite=true')).toEqual(expect.arrayContaining(['黄师傅', '孙师傅', '吴师傅']));
    expect(await names('butler', '?onSite=true')).not.toContain('林工');
  });
});
