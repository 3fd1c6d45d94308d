import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { departmentId } from '../work-orders/work-order-test-kit.js';
import { countRows, newSalesCenter, startCheck } from './daily-check-test-kit.js';

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => t.close());

const templateOf = async (who: string, projectId = p1) => (await t.as(who).get(`/api/projects/${projectId}/daily-check-template`)).json();
const save = (who: string, body: Record<string, unknown>, projectId = p1, headers?: Record<string, string>) => t.as(who).put(`/api/projects/${projectId}/daily-check-template`, body, headers);

describe('opening checklist template', () => {
  it('butler: a project without a saved checklist reads the seed’s seven points, posts resolved to its departments', async () => {
    const tpl = await templateOf('butler');
    expect(tpl).toMatchObject({ projectId: p1, version: 0, isDefault: true, updatedAt: null, updatedBy: null });
    expect(tpl.items.map((i: { key: string }) => i.key)).toEqual(['waterBar', 'siteAndShowFlat', 'liaisonForms', 'visitPlan', 'reception', 'postSupervision', 'externalWorkers']);
    expect(tpl.items.map((i: { departmentName: string | null }) => i.departmentName)).toEqual(['水吧岗', '保洁岗', null, null, null, null, '秩序维护岗']);
    expect(tpl.items[0]).toMatchObject({ text: '检查当日水吧接待准备工作，并预先准备所需物料', departmentId: await departmentId(t, '水吧岗') });
    // Project 2 resolves to its own posts.
    expect((await templateOf('admin', p2)).items[0].departmentId).toBe(await departmentId(t, '水吧岗', 1));
  });

  it('manager: rewords, reorders, adds and re-routes lines; audited; checks already started keep their copy', async () => {
    const center = await newSalesCenter(t);
    const started = await startCheck(t, 'butler', center);
    expect(started.items).toHaveLength(7);

    const tpl = await templateOf('manager');
    const engineering = await departmentId(t, '工程部');
    const items = [
      { key: 'siteAndShowFlat', text: '检查案场和样板房的灯光、空调、卫生', departmentId: engineering },
      ...tpl.items.filter((i: { key: string }) => i.key !== 'siteAndShowFlat').map((i: { key: string; text: string; departmentId: string | null }) => ({ key: i.key, text: i.text, departmentId: i.departmentId })),
      { text: '检查电瓶车电量和雨伞数量', departmentId: null },
    ];
    const res = await save('manager', { items, version: 0 });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json();
    expect(saved).toMatchObject({ version: 1, isDefault: false, updatedBy: { id: t.demo.users.manager, name: '服务中心经理 张伟' } });
    expect(saved.items).toHaveLength(8);
    expect(saved.items[0]).toEqual({ key: 'siteAndShowFlat', text: '检查案场和样板房的灯光、空调、卫生', departmentId: engineering, departmentName: '工程部' });
    expect(saved.items[7].key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await templateOf('butler')).toEqual(saved);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_type', 'actor_id']).where('entity_type', '=', 'dailyCheckTemplate').execute();
    expect(audit).toEqual([{ action: 'create', entity_type: 'dailyCheckTemplate', actor_id: t.demo.users.manager }]);

    // The check started before the edit keeps the seven lines it copied; a new one copies eight.
    const again = (await t.as('butler').get(`/api/daily-checks/${started.id}`)).json();
    expect(again.items.map((i: { key: string }) => i.key)).toEqual(started.items.map((i) => i.key));
    const fresh = await startCheck(t, 'butler', await newSalesCenter(t));
    expect(fresh.items.map((i) => i.text)).toEqual(saved.items.map((i: { text: string }) => i.text));
    expect(fresh.items[0]).toMatchObject({ departmentName: '工程部' });

    // A second save from the same version is stale, and the row keeps the first save.
    const stale = await save('admin', { items: [{ text: '只剩一项' }], version: 0 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);
    const next = await save('admin', { items: saved.items.map((i: { key: string; text: string }) => ({ key: i.key, text: i.text })), version: 1 });
    expect(next.json()).toMatchObject({ version: 2 });
    expect(next.json().items[0].departmentId).toBeNull();
    expect((await save('manager', { items: [{ text: '只剩一项' }], version: 1 })).statusCode).toBe(409);
  });

  it('manager: bad lists name the line and field, in Chinese or English, and nothing is written', async () => {
    const before = await countRows(t, 'daily_check_templates');
    const { version } = await templateOf('manager');
    const otherProjectPost = await departmentId(t, '水吧岗', 1);
    const marketing = (await t.ctx.db.selectFrom('departments').select('id').where('name', '=', '营销部').executeTakeFirstOrThrow()).id;
    const cases: Array<[Record<string, unknown>, Record<string, RegExp>]> = [
      [{ items: [], version }, { items: /至少要有一项/ }],
      [{ items: Array.from({ length: 31 }, (_, i) => ({ text: `第${i}项` })), version }, { items: /最多 30 项/ }],
      [{ items: [{ text: '检查水吧' }, { text: ' 检查水吧 ' }], version }, { 'items.1.text': /内容重复/ }],
      [{ items: [{ key: 'a', text: '甲' }, { key: 'a', text: '乙' }], version }, { 'items.1.key': /编号重复/ }],
      [{ items: [{ key: '水吧', text: '甲' }], version }, { 'items.0.key': /字母、数字/ }],
      [{ items: [{ text: '甲', departmentId: otherProjectPost }, { text: '乙', departmentId: marketing }], version }, { 'items.0.departmentId': /不属于本项目/, 'items.1.departmentId': /不属于本项目/ }],
      [{ items: [{ text: ' ' }], version }, { 'items.0.text': /必填/ }],
      [{ items: [{ text: '甲' }] }, { version: /必填/ }],
      [{ items: [{ text: '甲' }], version, extra: 1 }, { extra: /不允许/ }],
    ];
    for (const [body, fields] of cases) {
      const res = await save('manager', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const got = res.json().error.fields;
      expect(Object.keys(got).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, why] of Object.entries(fields)) expect(got[field]).toMatch(why);
    }
    const en = await save('manager', { items: [{ text: '检查水吧' }, { text: '检查水吧' }], version }, p1, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ 'items.1.text': 'Same wording as an item above' });
    expect(await countRows(t, 'daily_check_templates')).toBe(before);
  });

  it('butler, regional head, sales and owner may not edit (403); another project is 404; the sales side cannot read', async () => {
    for (const who of ['butler', 'regional', 'technician', 'sales', 'marketing', 'owner']) {
      expect((await save(who, { items: [{ text: '甲' }], version: 0 }, p2)).statusCode, who).toBe(403);
    }
    expect((await save('manager', { items: [{ text: '甲' }], version: 0 }, p2)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/projects/${p1}/daily-check-template`)).statusCode).toBe(404);
    expect((await t.as('regional').get(`/api/projects/${p1}/daily-check-template`)).statusCode).toBe(200);
    for (const who of ['technician', 'sales', 'marketing', 'owner']) expect((await t.as(who).get(`/api/projects/${p1}/daily-check-template`)).statusCode, who).toBe(403);
    const admin = await save('admin', { items: [{ text: '检查滨江售楼处的水吧' }], version: 0 }, p2);
    expect(admin.statusCode).toBe(200);
    expect((await templateOf('butler2', p2)).items.map((i: { text: string }) => i.text)).toEqual(['检查滨江售楼处的水吧']);
  });
});
