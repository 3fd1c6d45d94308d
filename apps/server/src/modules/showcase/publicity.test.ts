import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { uploadPhoto } from '../daily-checks/daily-check-test-kit.js';
import { demoShowcase, newSalesCenter } from './showcase-test-kit.js';

// Tuesday 2026-09-01, 10:00 in Shanghai.
const NOW = new Date('2026-09-01T02:00:00Z');

let t: TestApp;
let p1: string;
let center: string;
let code: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  const demo = await demoShowcase(t);
  center = demo.sales_center_id;
  code = demo.public_code;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

interface ItemBody {
  id: string;
  status: string;
  kind: string;
  version: number;
  file: { id: string } | null;
  allowedActions: string[];
}

const create = async (body: Record<string, unknown>, who = 'butler') => {
  const res = await t.as(who).post('/api/showcase/publicity', { projectId: p1, topic: 'law', title: '业主临时管理规约', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ItemBody;
};
const publish = (id: string) => t.as('butler').post(`/api/showcase/publicity/${id}/publish`, {});
const stats = async () => (await t.as('manager').get(`/api/showcase/stats?projectId=${p1}&from=2026-09-01&to=2026-09-01`)).json();
const statOf = (body: { items: { item: { id: string }; handedOut: number; played: number; viewed: number }[] }, id: string) => body.items.find((r) => r.item.id === id)!;

describe('publicity library: items and their counts', () => {
  let brochure: ItemBody;
  let notice: ItemBody;

  it('butler: a brochure without its file cannot be published; with it, it can', async () => {
    brochure = await create({ kind: 'brochure', topic: 'company', title: '公司简介（新版）' });
    const refused = await publish(brochure.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toEqual({ fileId: '请上传资料文件（PDF 或图片）' });
    const file = await uploadPhoto(t, 'butler');
    const patched = await t.as('butler').patch(`/api/showcase/publicity/${brochure.id}`, { fileId: file, version: brochure.version });
    expect(patched.statusCode, patched.body).toBe(200);
    const ok = await publish(brochure.id);
    expect(ok.statusCode, ok.body).toBe(200);
    brochure = ok.json();
    expect(brochure).toMatchObject({ status: 'published', allowedActions: ['retire'] });
  });

  it('butler: records brochures handed out; a notice is not handed out', async () => {
    const res = await t.as('butler').post(`/api/showcase/publicity/${brochure.id}/handouts`, { salesCenterId: center, quantity: 12 });
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.as('butler').post(`/api/showcase/publicity/${brochure.id}/handouts`, { salesCenterId: center, quantity: 3 })).json().quantity).toBe(15);
    notice = await create({ kind: 'notice', body: '业主应遵守临时管理规约。' });
    expect((await publish(notice.id)).statusCode).toBe(200);
    const wrong = await t.as('butler').post(`/api/showcase/publicity/${notice.id}/handouts`, { salesCenterId: center, quantity: 1 });
    expect(wrong.statusCode).toBe(422);
    const foreign = await t.as('butler').post(`/api/showcase/publicity/${brochure.id}/handouts`, { salesCenterId: await newSalesCenter(t, 1), quantity: 1 });
    expect(foreign.statusCode).toBe(404);
  });

  it('butler: the screen lists published videos and notices of the sales center and records each play', async () => {
    const screen = (await t.as('butler').get(`/api/showcase/screen?salesCenterId=${center}`)).json() as { items: { id: string; kind: string }[] };
    expect(screen.items.every((i) => i.kind !== 'brochure')).toBe(true);
    expect(screen.items.map((i) => i.id)).toContain(notice.id);
    for (let n = 0; n < 2; n++) expect((await t.as('butler').post(`/api/showcase/publicity/${notice.id}/plays`, { salesCenterId: center })).statusCode).toBe(201);
    expect(statOf(await stats(), notice.id)).toMatchObject({ played: 2, handedOut: 0 });
    expect(statOf(await stats(), brochure.id)).toMatchObject({ handedOut: 15 });
  });

  it("butler2: another project's library, screen and items are refused", async () => {
    expect((await t.as('butler2').get(`/api/showcase/publicity?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/showcase/screen?salesCenterId=${center}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/showcase/publicity/${notice.id}/retire`, {})).statusCode).toBe(404);
  });
});

describe('the public H5 page: only published items, by the unguessable code', () => {
  it('visitor: the code returns the published items of the project and no people; a wrong code is 404', async () => {
    const draft = await create({ kind: 'notice', title: '草稿公告', body: '未发布' });
    const res = await t.as(null).get(`/api/public/showcase/${code}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { salesCenterName: string; items: { id: string; title: string }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.map((i) => i.id)).not.toContain(draft.id);
    const published = (await t.ctx.db.selectFrom('publicity_items').select('id').where('project_id', '=', p1).where('status', '=', 'published').execute()).map((r) => r.id);
    expect(body.items.map((i) => i.id).sort()).toEqual(published.sort());
    expect(res.body).not.toMatch(/刘芳|张伟|李强|1390000/);
    expect((await t.as(null).get(`/api/public/showcase/${'x'.repeat(24)}`)).statusCode).toBe(404);
  });

  it('visitor: opening an item counts a view; a draft or retired item is not found', async () => {
    const notice = (await t.as(null).get(`/api/public/showcase/${code}`)).json().items.find((i: { kind: string }) => i.kind === 'notice');
    const viewed = await t.as(null).post(`/api/public/showcase/${code}/items/${notice.id}/views`);
    expect(viewed.statusCode, viewed.body).toBe(201);
    expect(statOf(await stats(), notice.id).viewed).toBe(1);
    const draft = await create({ kind: 'notice', title: '草稿', body: '未发布' });
    expect((await t.as(null).post(`/api/public/showcase/${code}/items/${draft.id}/views`)).statusCode).toBe(404);
  });

  it('visitor: only files of published items are served; other files of the project are not', async () => {
    const uploaded = await t.ctx.db.selectFrom('publicity_items').select('file_id').where('title', '=', '公司简介（新版）').executeTakeFirstOrThrow();
    const listed = (await t.as(null).get(`/api/public/showcase/${code}`)).json().items as { file: { url: string } | null }[];
    expect(listed.map((i) => i.file?.url)).toContain(`/api/public/showcase/${code}/files/${uploaded.file_id}`);
    const ok = await t.as(null).get(`/api/public/showcase/${code}/files/${uploaded.file_id}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('image/png');
    const internal = await uploadPhoto(t, 'butler');
    expect((await t.as(null).get(`/api/public/showcase/${code}/files/${internal}`)).statusCode).toBe(404);
    expect((await t.as(null).get(`/api/files/${internal}`)).statusCode).toBe(401);
  });

  it('manager: regenerating the code retires the old one', async () => {
    const demo = await demoShowcase(t);
    const res = await t.as('manager').post(`/api/showcase/showcases/${demo.id}/public-code`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().publicCode).not.toBe(code);
    expect((await t.as(null).get(`/api/public/showcase/${code}`)).statusCode).toBe(404);
    expect((await t.as(null).get(`/api/public/showcase/${res.json().publicCode}`)).statusCode).toBe(200);
    expect((await t.as('butler').post(`/api/showcase/showcases/${demo.id}/public-code`)).statusCode).toBe(403);
  });

  it('visitor: everything else of the module needs sign-in', async () => {
    expect((await t.as(null).get(`/api/showcase/publicity?projectId=${p1}`)).statusCode).toBe(401);
    expect((await t.as(null).get(`/api/showcase/screen?salesCenterId=${center}`)).statusCode).toBe(401);
  });
});
