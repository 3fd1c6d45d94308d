import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { auditActions, errorOf, expectStatus, NOW, p1 } from './sales-channel-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const duties = async (who: string, query = '') => expectStatus(t.as(who).get(`/api/sales-channel/duties?projectId=${p1(t)}${query}`), 200);

describe('职责分工', () => {
  it('butler: project 1 starts from the seed’s five sections, in their order; only the two managers may edit', async () => {
    const list = await duties('butler');
    expect(list.items).toHaveLength(12);
    expect([...new Set(list.items.map((d: any) => d.area))]).toEqual(['informationSharing', 'serviceStandards', 'environment', 'serviceQuality', 'communityActivities']);
    expect(list.items[1]).toMatchObject({ area: 'informationSharing', assignedTo: 'sales', title: '提供销售计划、成交信息' });
    expect(list.canEdit).toBe(false);
    expect((await duties('manager')).canEdit).toBe(true);
    expect((await duties('salesmgr')).canEdit).toBe(true);
    expect((await duties('marketing')).canEdit).toBe(false);
  });

  it('manager adds a duty; the sales manager reassigns it; the history keeps each version; a stale version is 409', async () => {
    const duty = await expectStatus(
      t.as('manager').post('/api/sales-channel/duties', { projectId: p1(t), area: 'communityActivities', assignedTo: 'property', title: '社区活动现场保障', description: '负责活动场地布置、秩序维护和保洁。' }),
      201,
    );
    expect(duty).toMatchObject({ sortOrder: 13, active: true, version: 1, updatedBy: { id: t.demo.users.manager } });
    const moved = await expectStatus(t.as('salesmgr').patch(`/api/sales-channel/duties/${duty.id}`, { assignedTo: 'joint', version: 1 }), 200);
    expect(moved).toMatchObject({ assignedTo: 'joint', version: 2, updatedBy: { id: t.demo.users.salesmgr } });
    expect(await errorOf(t.as('manager').patch(`/api/sales-channel/duties/${duty.id}`, { title: '旧版本', version: 1 }))).toMatchObject({ status: 409, code: 'STALE_UPDATE' });
    await expectStatus(t.as('manager').post(`/api/sales-channel/duties/${duty.id}/remove`, { reason: '并入共同组织社区活动', version: 2 }), 200);
    expect((await duties('butler')).items.map((d: any) => d.id)).not.toContain(duty.id);
    expect((await duties('butler', '&includeRemoved=true')).items.find((d: any) => d.id === duty.id)).toMatchObject({ active: false });
    const detail = await expectStatus(t.as('marketing').get(`/api/sales-channel/duties/${duty.id}`), 200);
    expect(detail.history.map((h: any) => [h.action, h.fromStatus, h.toStatus, h.actor.id, h.snapshot?.assignedTo])).toEqual([
      ['create', null, null, t.demo.users.manager, 'property'],
      ['edit', 'property', 'joint', t.demo.users.salesmgr, 'joint'],
      ['remove', null, null, t.demo.users.manager, 'joint'],
    ]);
    expect(detail.history[2].note).toBe('并入共同组织社区活动');
    expect(await errorOf(t.as('manager').patch(`/api/sales-channel/duties/${duty.id}`, { title: 'x' }))).toMatchObject({ status: 422, code: 'DUTY_REMOVED' });
    expect(await auditActions(t, duty.id)).toEqual(['create', 'update', 'salesChannelDuty.remove']);
  });

  it('who edits: butlers, marketing, consultants, admins 403; project 2 404; bad input names the field', async () => {
    const body = { projectId: p1(t), area: 'environment', assignedTo: 'property', title: '绿化养护', description: '按季节补种。' };
    for (const who of ['butler', 'marketing', 'sales', 'admin', 'regional', 'technician', 'owner']) expect((await t.as(who).post('/api/sales-channel/duties', body)).statusCode, who).toBe(403);
    const bad = await errorOf(t.as('manager').post('/api/sales-channel/duties', { ...body, assignedTo: 'nobody', title: '' }));
    expect([bad.status, Object.keys(bad.fields!).sort()]).toEqual([400, ['assignedTo', 'title']]);
    const first = (await duties('butler')).items[0];
    expect((await t.as('butler2').get(`/api/sales-channel/duties/${first.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/sales-channel/duties?projectId=${p1(t)}`)).statusCode).toBe(404);
  });

  it('the seed’s list loads once per project: project 1 already has duties (422); a new project 2 manager loads it', async () => {
    expect(await errorOf(t.as('manager').post('/api/sales-channel/duties/seed', { projectId: p1(t) }))).toMatchObject({ status: 422, code: 'DUTIES_EXIST' });
    const p2 = t.demo.projectIds[1];
    await expectStatus(t.as('admin').post('/api/users', { username: 'manager-p2', password: 'manager-p2-pass', name: '服务中心经理 二期', roles: ['serviceCenterManager'], projectIds: [p2] }), 201);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'manager-p2', password: 'manager-p2-pass' } });
    const cookie = `gj_session=${login.cookies.find((c) => c.name === 'gj_session')!.value}`;
    const loaded = await t.app.inject({ method: 'POST', url: '/api/sales-channel/duties/seed', payload: { projectId: p2 }, headers: { cookie } });
    expect(loaded.statusCode, loaded.body).toBe(201);
    expect(loaded.json().items).toHaveLength(12);
    expect((await t.as('manager').post('/api/sales-channel/duties/seed', { projectId: p2 })).statusCode).toBe(404);
  });
});
