import { businessDate, uuidv7 } from '@guanjia/domain';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { newRowStamp } from '../../platform/db/transaction.js';
import { TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';
import type { ServiceItemTable } from '../service-catalog/tables.js';

/**
 * Shared set-up for the work-order route tests: items with known rules, extra workers, and short
 * ways to create and move orders through the API.
 */
let itemNumber = 500;

/** A service item of project 1 (or 2) with rules the test controls; served round the clock unless told. */
export async function insertItem(t: TestApp, patch: Partial<ServiceItemTable> = {}, project: 0 | 1 = 0): Promise<string> {
  const id = uuidv7();
  await t.ctx.db
    .insertInto('service_items')
    .values({
      id,
      company_id: t.demo.companyId,
      project_id: t.demo.projectIds[project],
      category_number: 8,
      number: itemNumber++,
      name: `测试项目 ${itemNumber}`,
      note: null,
      origin: 'custom',
      lead_working_days: 0,
      enabled: 1,
      price_mode: 'free',
      price_fen: null,
      unit: null,
      handler_department_id: null,
      handler_vendor_id: null,
      service_hours: JSON.stringify({ start: '00:00', end: '24:00', days: [1, 2, 3, 4, 5, 6, 7] }),
      sla_accept_minutes: 30,
      sla_complete_minutes: 1440,
      sla_basis: 'clock',
      return_visit_required: 0,
      bookable: 1,
      repairable: 1,
      ...patch,
      ...newRowStamp(),
    })
    .execute();
  return id;
}

export async function departmentId(t: TestApp, name: string, project: 0 | 1 = 0): Promise<string> {
  const row = await t.ctx.db.selectFrom('departments').select('id').where('project_id', '=', t.demo.projectIds[project]).where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

let userSeq = 0;
/** A staff account of project 1 created through the API; returns its username and id. */
export async function makeStaff(t: TestApp, body: { roles: string[]; departmentId?: string; vendorId?: string; name?: string; project?: 0 | 1 }) {
  const username = `wo-${++userSeq}-${Math.random().toString(36).slice(2, 7)}`;
  const { project = 0, ...rest } = body;
  const res = await t.as('admin').post('/api/users', { username, password: TEST_PASSWORD, name: rest.name ?? `员工${userSeq}`, projectIds: [t.demo.projectIds[project]], ...rest });
  if (res.statusCode !== 201) throw new Error(`user not created: ${res.statusCode} ${res.body}`);
  return { username, id: res.json().id as string };
}

export async function makeVendor(t: TestApp, project: 0 | 1 = 0): Promise<string> {
  const res = await t.as('admin').post('/api/vendors', { name: `外包 ${++userSeq}`, serviceType: 'cleaning', projectIds: [t.demo.projectIds[project]] });
  if (res.statusCode !== 201) throw new Error(`vendor not created: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** The Shanghai date `days` after today. */
export function shanghaiDate(days = 0): string {
  return businessDate(Date.now() + days * 86_400_000);
}

export function expectStatus(res: LightMyRequestResponse, status: number): void {
  expect(res.statusCode, res.body).toBe(status);
}

/** An owner's H5 request for the demo household (a repair with no item unless told). */
export async function h5Order(t: TestApp, body: Record<string, unknown> = {}): Promise<string> {
  const res = await t.as('owner').post('/api/h5/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'repair', title: '厨房水管漏水', ...body });
  expectStatus(res, 201);
  return res.json().id;
}

/** An order the butler records by phone for the demo household: accepted, the butler accountable. */
export async function staffOrder(t: TestApp, who = 'butler', body: Record<string, unknown> = {}): Promise<string> {
  const res = await t.as(who).post('/api/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'request', channel: 'phone', title: '楼道灯不亮', ...body });
  expectStatus(res, 201);
  return res.json().id;
}

export function act(t: TestApp, who: string, id: string, action: string, body: Record<string, unknown> = {}) {
  return t.as(who).post(`/api/work-orders/${id}/${action}`, body);
}

/** Moves an order through a list of [who, action, body] steps, each expected to succeed. */
export async function walk(t: TestApp, id: string, steps: Array<[string, string, Record<string, unknown>?]>) {
  let last: LightMyRequestResponse | undefined;
  for (const [who, action, body] of steps) {
    last = await act(t, who, id, action, body ?? {});
    expect(last.statusCode, `${who} ${action}: ${last.body}`).toBe(200);
  }
  return last!.json();
}

/** An order dispatched by the butler to the demo technician, who accepted it. */
export async function assignedToTechnician(t: TestApp): Promise<string> {
  const id = await staffOrder(t);
  await walk(t, id, [
    ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
    ['technician', 'accept-assignment'],
  ]);
  return id;
}

export async function countRows(t: TestApp, table: 'work_orders' | 'work_order_events' | 'audit_log' | 'notifications') {
  const row = await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function notificationsOf(t: TestApp, userId: string, orderId: string) {
  return t.ctx.db.selectFrom('notifications').select(['kind', 'title', 'body', 'link']).where('user_id', '=', userId).where('link', 'like', `%/work-orders/${orderId}`).orderBy('id').execute();
}
