import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let p1: string;
let p2: string;
let marketingId: string;
let p1ServiceDept: string;
let p1SecurityPost: string;
let p2ServiceDept: string;

interface Dept {
  id: string;
  name: string;
  kind: string;
  projectId: string | null;
  developerId: string | null;
}

const countDepartments = async () =>
  Number((await t.ctx.db.selectFrom('departments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  const all: Dept[] = (await t.as('admin').get('/api/departments?pageSize=200')).json().items;
  marketingId = all.find((d) => d.developerId && d.name === '营销部')!.id;
  p1ServiceDept = all.find((d) => d.projectId === p1 && d.name === '客户服务部')!.id;
  p1SecurityPost = all.find((d) => d.projectId === p1 && d.name === '秩序维护岗')!.id;
  p2ServiceDept = all.find((d) => d.projectId === p2 && d.name === '客户服务部')!.id;
});
afterAll(async () => t.close());

describe('departments: visibility', () => {
  it("butler: sees the company-level 营销部 and project 1's departments, not project 2's", async () => {
    const items: Dept[] = (await t.as('butler').get('/api/departments?pageSize=200')).json().items;
    expect(items.some((d) => d.id === marketingId)).toBe(true);
    expect(items.filter((d) => d.projectId === p1)).toHaveLength(5);
    expect(items.filter((d) => d.projectId === p2)).toHaveLength(0);
  });

  it("butler2: gets 404 for project 1's departments and for one of them", async () => {
    expect((await t.as('butler2').get(`/api/departments?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/departments/${p1ServiceDept}`)).statusCode).toBe(404);
  });

  it('butler: filters by kind and developer', async () => {
    const posts: Dept[] = (await t.as('butler').get(`/api/departments?projectId=${p1}&kind=post`)).json().items;
    expect(posts.map((d) => d.name).sort()).toEqual(['保洁岗', '水吧岗', '秩序维护岗'].sort());
    const dev: Dept[] = (await t.as('butler').get(`/api/departments?developerId=${t.demo.developerId}`)).json().items;
    expect(dev.map((d) => d.name)).toEqual(['营销部']);
  });

  it('owner: gets 403; butler: gets 403 creating', async () => {
    expect((await t.as('owner').get('/api/departments')).statusCode).toBe(403);
    expect((await t.as('butler').post('/api/departments', { name: '客服组', kind: 'department' })).statusCode).toBe(403);
  });
});

describe('departments: shape rules (admin)', () => {
  it("creates a sales team under the developer's 营销部", async () => {
    const res = await t.as('admin').post('/api/departments', { name: '案场销售组', kind: 'department', developerId: t.demo.developerId, parentId: marketingId });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'department', postType: null, parentId: marketingId, developerId: t.demo.developerId, projectId: null });
  });

  it('creates a reception post under a project-1 department', async () => {
    const res = await t.as('admin').post('/api/departments', { name: '形象岗', kind: 'post', postType: 'reception', projectId: p1, parentId: p1ServiceDept });
    expect(res.statusCode).toBe(201);
    expect(res.json().postType).toBe('reception');
  });

  it('a post without a post type, and a department with one, are 400 naming postType', async () => {
    const before = await countDepartments();
    const post = await t.as('admin').post('/api/departments', { name: '绿化岗', kind: 'post', projectId: p1 });
    expect(post.json().error.fields).toEqual({ postType: '必填' });
    const dept = await t.as('admin').post('/api/departments', { name: '工程部', kind: 'department', postType: 'technician' }, { 'accept-language': 'en' });
    expect(dept.json().error.fields).toEqual({ postType: 'Only posts have a post type' });
    expect(await countDepartments()).toBe(before);
  });

  it('an unknown post type and kind are 400 naming each field', async () => {
    const res = await t.as('admin').post('/api/departments', { name: '岗', kind: 'team', postType: 'chef' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['kind', 'postType']);
  });

  it("a parent in another project, a post as parent and an unknown project are refused", async () => {
    const before = await countDepartments();
    const scope = await t.as('admin').post('/api/departments', { name: '客服一组', kind: 'department', projectId: p1, parentId: p2ServiceDept });
    expect(scope.json().error.fields).toEqual({ parentId: '上级部门属于其他楼盘或开发商' });
    const underPost = await t.as('admin').post('/api/departments', { name: '岗中岗', kind: 'post', postType: 'security', projectId: p1, parentId: p1SecurityPost });
    expect(underPost.json().error.fields).toEqual({ parentId: '岗位下不能再设下级' });
    const project = await t.as('admin').post('/api/departments', { name: '客服部', kind: 'department', projectId: 'nope' });
    expect(project.json().error.fields).toEqual({ projectId: '楼盘不存在或您无权查看' });
    expect(await countDepartments()).toBe(before);
  });

  it('making a department its own grandchild is 400 naming parentId', async () => {
    const a = (await t.as('admin').post('/api/departments', { name: '运营中心', kind: 'department' })).json();
    const b = (await t.as('admin').post('/api/departments', { name: '运营一部', kind: 'department', parentId: a.id })).json();
    const res = await t.as('admin').patch(`/api/departments/${a.id}`, { parentId: b.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ parentId: '上级不能是自身或其下级' });
    expect((await t.as('admin').patch(`/api/departments/${a.id}`, { parentId: a.id })).statusCode).toBe(400);
  });

  it('turning a post into a department drops its post type; stale versions are 409', async () => {
    const post = (await t.as('admin').post('/api/departments', { name: '礼宾岗', kind: 'post', postType: 'concierge', projectId: p2 })).json();
    expect((await t.as('admin').patch(`/api/departments/${post.id}`, { kind: 'department', version: 9 })).json().error.code).toBe('STALE_UPDATE');
    const res = await t.as('admin').patch(`/api/departments/${post.id}`, { kind: 'department', version: 1 });
    expect(res.json()).toMatchObject({ kind: 'department', postType: null, version: 2 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', post.id).where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!)).toMatchObject({ kind: 'post', post_type: 'concierge' });
    expect(JSON.parse(audit.after!)).toMatchObject({ kind: 'department', post_type: null });
  });

  it('a department with children cannot become a post', async () => {
    const parent = (await t.as('admin').post('/api/departments', { name: '安保部', kind: 'department', projectId: p2 })).json();
    await t.as('admin').post('/api/departments', { name: '门岗', kind: 'post', postType: 'security', projectId: p2, parentId: parent.id });
    const res = await t.as('admin').patch(`/api/departments/${parent.id}`, { kind: 'post', postType: 'security' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['kind']);
  });
});
