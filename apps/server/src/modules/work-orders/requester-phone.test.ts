import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { assignedToTechnician, departmentId, expectStatus, staffOrder, walk } from './work-order-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const FULL = '13812345678';
const MASKED = '138****5678';
const reveal = (who: string, workOrderId: string) => t.as(who).post('/api/personal-data/reveal', { subjectType: 'workOrder', workOrderId, field: 'phone', purpose: '上门前联系', page: `/work-orders/${workOrderId}` });
const readsOf = (workOrderId: string) =>
  t.ctx.db.selectFrom('personal_data_reads').select(['staff_user_id', 'subject_type', 'subject_id', 'field', 'purpose', 'page']).where('subject_id', '=', workOrderId).orderBy('id').execute();

describe('the requester phone of a work order: masked, revealed only through the logged reveal', () => {
  it('technician: on an order assigned to them, the detail shows the mask and the reveal returns the number and logs the read', async () => {
    const id = await assignedToTechnician(t);
    const detail = (await t.as('technician').get(`/api/work-orders/${id}`)).json();
    expect(detail.requester).toMatchObject({ phone: MASKED, phoneRevealable: true });
    expect(JSON.stringify(detail)).not.toContain(FULL);

    const res = await reveal('technician', id);
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ field: 'phone', value: FULL, loggedAt: expect.any(String) });
    expect(await readsOf(id)).toEqual([
      { staff_user_id: t.demo.users.technician, subject_type: 'workOrder', subject_id: id, field: 'phone', purpose: '上门前联系', page: `/work-orders/${id}` },
    ]);
  });

  it('technician: an order waiting in their department pool is visible, masked, not revealable (403, nothing logged)', async () => {
    const id = await staffOrder(t);
    await walk(t, id, [['butler', 'dispatch', { mode: 'grab', departmentId: await departmentId(t, '工程部') }]]);
    const detail = (await t.as('technician').get(`/api/work-orders/${id}`)).json();
    expect(detail.requester).toMatchObject({ phone: MASKED, phoneRevealable: false });
    expectStatus(await reveal('technician', id), 403);
    expect(await readsOf(id)).toEqual([]);
  });

  it('technician: an order neither theirs nor in their pool is not found (404), nothing logged', async () => {
    const id = await staffOrder(t);
    expectStatus(await t.as('technician').get(`/api/work-orders/${id}`), 404);
    expectStatus(await reveal('technician', id), 404);
    expect(await readsOf(id)).toEqual([]);
  });

  it('butler: the list row and the detail are masked and revealable; butler2 of another project gets 404', async () => {
    const id = await staffOrder(t, 'butler', { title: '掩码核对' });
    const list = (await t.as('butler').get(`/api/work-orders?projectId=${t.demo.projectIds[0]}&q=${encodeURIComponent('掩码核对')}`)).json();
    expect(list.items).toEqual([expect.objectContaining({ id, requesterPhone: MASKED, phoneRevealable: true })]);
    expectStatus(await reveal('butler2', id), 404);
    expect(await readsOf(id)).toEqual([]);
  });
});
