import { uuidv7 } from '@guanjia/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, departmentId, expectStatus, makeStaff, makeVendor, staffOrder } from './work-order-test-kit.js';

interface Ref {
  id: string;
  name: string;
}
interface Assignees {
  departments: Ref[];
  workers: Array<Ref & { roles: string[]; departmentId: string | null; departmentName: string | null; vendorId: string | null }>;
  vendors: Ref[];
  deskStaff: Array<Ref & { roles: string[] }>;
}

let t: TestApp;
let p1: string;
let engineering: string;
let companyDepartment: string;
let plumber: { username: string; id: string };
let frontline: { username: string; id: string };
let vendorId: string;
let vendorWorker: { username: string; id: string };
let otherProjectVendor: string;
let inactive: { username: string; id: string };
let otherProjectTechnician: { username: string; id: string };
beforeAll(async () => {
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  engineering = await departmentId(t, '工程部');
  const dept = await t.as('admin').post('/api/departments', { name: '公司工程中心', kind: 'department' });
  expectStatus(dept, 201);
  companyDepartment = dept.json().id;
  plumber = await makeStaff(t, { roles: ['technician'], departmentId: engineering, name: '水工 钱' });
  frontline = await makeStaff(t, { roles: ['frontline'], name: '前台 郑' });
  vendorId = await makeVendor(t);
  vendorWorker = await makeStaff(t, { roles: ['vendorStaff'], vendorId, name: '外包 周' });
  otherProjectVendor = await makeVendor(t, 1);
  inactive = await makeStaff(t, { roles: ['technician'], name: '离职 吴' });
  await t.ctx.db.updateTable('users').set({ active: 0 }).where('id', '=', inactive.id).execute();
  otherProjectTechnician = await makeStaff(t, { roles: ['technician'], name: '二期 冯', project: 1 });
});
afterAll(async () => t.close());

const assigneesOf = async (who: string, projectId = p1): Promise<Assignees> => {
  const res = await t.as(who).get(`/api/work-orders/assignees?projectId=${projectId}`);
  expectStatus(res, 200);
  return res.json();
};
const ids = (rows: Ref[]) => rows.map((r) => r.id);

describe('GET /api/work-orders/assignees', () => {
  it("butler: the project's and company-level departments, its active workers, serving vendors and desk, without phones", async () => {
    const res = await t.as('butler').get(`/api/work-orders/assignees?projectId=${p1}`);
    expectStatus(res, 200);
    expect(res.body).not.toMatch(/phone|1390000/i);
    const a: Assignees = res.json();

    const names = a.departments.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['工程部', '客户服务部', '保洁岗', '公司工程中心']));
    // The developer's 营销部 and project 2's departments are not the property desk's to dispatch to.
    expect(names).not.toContain('营销部');
    expect(a.departments).toHaveLength(6);

    expect(a.workers).toEqual(
      expect.arrayContaining([
        { id: plumber.id, name: '水工 钱', roles: ['technician'], departmentId: engineering, departmentName: '工程部', vendorId: null },
        { id: vendorWorker.id, name: '外包 周', roles: ['vendorStaff'], departmentId: null, departmentName: null, vendorId },
        expect.objectContaining({ id: t.demo.users.technician, roles: ['technician'] }),
        expect.objectContaining({ id: t.demo.users.butler, roles: ['butler'] }),
        expect.objectContaining({ id: frontline.id, roles: ['frontline'] }),
      ]),
    );
    for (const absent of [inactive.id, otherProjectTechnician.id, t.demo.users.butler2, t.demo.users.manager, t.demo.users.sales, t.demo.users.admin]) {
      expect(ids(a.workers)).not.toContain(absent);
    }

    expect(ids(a.vendors)).toContain(vendorId);
    expect(ids(a.vendors)).not.toContain(otherProjectVendor);

    // Company-wide roles count as staff of every project, as dispatch and transfer judge them.
    expect(ids(a.deskStaff).sort()).toEqual([t.demo.users.admin, t.demo.users.regional, t.demo.users.manager, t.demo.users.butler, frontline.id].sort());
    expect(a.deskStaff.find((s) => s.id === t.demo.users.admin)?.roles).toEqual(['companyAdmin', 'systemAdmin']);
  });

  it('lists sorted by name, the same on every database', async () => {
    const a = await assigneesOf('butler');
    for (const list of [a.departments, a.workers, a.vendors, a.deskStaff]) {
      const names = list.map((r) => r.name);
      expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'zh-CN')));
    }
  });

  it('a deactivated vendor drops out', async () => {
    const gone = await makeVendor(t);
    expect(ids((await assigneesOf('butler')).vendors)).toContain(gone);
    await t.ctx.db.updateTable('vendors').set({ active: 0 }).where('id', '=', gone).execute();
    expect(ids((await assigneesOf('butler')).vendors)).not.toContain(gone);
  });

  it('every desk role may ask; others are 403; a project out of sight is 404; no project is 400', async () => {
    for (const who of ['admin', 'regional', 'manager', 'butler', frontline.username]) expectStatus(await t.as(who).get(`/api/work-orders/assignees?projectId=${p1}`), 200);
    for (const who of ['technician', vendorWorker.username, 'sales', 'marketing', 'owner']) expectStatus(await t.as(who).get(`/api/work-orders/assignees?projectId=${p1}`), 403);
    expectStatus(await t.as(null).get(`/api/work-orders/assignees?projectId=${p1}`), 401);
    expectStatus(await t.as('butler2').get(`/api/work-orders/assignees?projectId=${p1}`), 404);
    expectStatus(await t.as('admin').get(`/api/work-orders/assignees?projectId=${uuidv7()}`), 404);
    const missing = await t.as('butler').get('/api/work-orders/assignees');
    expectStatus(missing, 400);
    expect(missing.json().error.fields).toHaveProperty('projectId');
  });

  it("project 2's butler sees project 2's people", async () => {
    const a = await assigneesOf('butler2', t.demo.projectIds[1]);
    expect(ids(a.workers)).toEqual(expect.arrayContaining([otherProjectTechnician.id, t.demo.users.butler2]));
    expect(ids(a.workers)).not.toContain(plumber.id);
    expect(ids(a.vendors)).toEqual([otherProjectVendor]);
    expect(a.departments.map((d) => d.name)).toContain('公司工程中心');
  });
});

describe('what the list offers, dispatch and transfer accept', () => {
  it('the butler dispatches to every listed department, worker and vendor', async () => {
    const a = await assigneesOf('butler');
    const id = await staffOrder(t);
    const targets = [...a.departments.map((d) => ({ departmentId: d.id })), ...a.workers.map((w) => ({ userId: w.id })), ...a.vendors.map((v) => ({ vendorId: v.id }))];
    for (const target of targets) expectStatus(await act(t, 'butler', id, 'dispatch', { mode: 'assign', ...target }), 200);
  });

  it('a company-level department may be offered for grabs; its members of the project are the pool', async () => {
    const member = await makeStaff(t, { roles: ['technician'], departmentId: companyDepartment, name: '公司 技工' });
    const id = await staffOrder(t);
    const res = await act(t, 'butler', id, 'dispatch', { mode: 'grab', departmentId: companyDepartment });
    expectStatus(res, 200);
    expect(res.json().assigneeDepartment).toEqual({ id: companyDepartment, name: '公司工程中心' });
    expectStatus(await act(t, member.username, id, 'grab'), 200);
  });

  it("the developer's department stays refused", async () => {
    const marketing = await t.ctx.db.selectFrom('departments').select('id').where('name', '=', '营销部').executeTakeFirstOrThrow();
    const res = await act(t, 'butler', await staffOrder(t), 'dispatch', { mode: 'assign', departmentId: marketing.id });
    expectStatus(res, 400);
    expect(res.json().error.fields).toHaveProperty('departmentId');
  });

  it('the manager makes any listed desk member accountable', async () => {
    const a = await assigneesOf('manager');
    const id = await staffOrder(t);
    for (const s of a.deskStaff.filter((d) => d.id !== t.demo.users.butler)) {
      expectStatus(await act(t, 'manager', id, 'transfer-accountability', { userId: s.id, reason: '交接' }), 200);
    }
  });
});
