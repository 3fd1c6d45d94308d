import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createEntry, p1, search } from './knowledge-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const DB = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';

interface LogItem {
  id: string;
  question: string;
  entryId: string | null;
  versionId: string | null;
  entryTitle: string | null;
  answerGiven: string | null;
  answered: boolean;
  answeredBy: { name: string };
  draftEntryId: string | null;
  salesCenterId: string | null;
  version: number;
}

const logList = async (filter = 'all', who = 'butler') => {
  const res = await t.as(who).get(`/api/knowledge/desk-log?projectId=${p1(t)}&filter=${filter}&pageSize=200`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: LogItem[]; total: number };
};

const logQuestion = (who: string, body: Record<string, unknown>) => t.as(who).post('/api/knowledge/desk-log', { projectId: p1(t), ...body });

describe(`the desk log (${DB})`, () => {
  it('the demo desk has answered and unanswered questions', async () => {
    const all = await logList();
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect((await logList('unanswered')).items.map((i) => i.question)).toEqual(expect.arrayContaining(['地下车库有没有新能源汽车充电桩', '阳台可以封窗吗']));
  });

  it('butler: "use this answer" logs the question with the published wording, the version and who answered', async () => {
    const top = (await search(t, '物业费怎么收')).json().items[0] as { entryId: string; versionId: string; answer: string };
    const res = await logQuestion('butler', { question: '物业费怎么收', entryId: top.entryId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ question: '物业费怎么收', entryId: top.entryId, versionId: top.versionId, answerGiven: top.answer, answered: true, answeredBy: { name: '管家 刘芳' } });
    expect(res.json().salesCenterId).toBeTruthy();
    expect((await logList('answered')).items[0].id).toBe(res.json().id);
  });

  it('sales consultant: logs a question the bank could not answer; it is listed as unanswered, newest first', async () => {
    const res = await logQuestion('sales', { question: '小区有没有儿童游乐场', entryId: null, answerGiven: '已记录，稍后由管家回复' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ answered: false, entryId: null, answerGiven: '已记录，稍后由管家回复' });
    const unanswered = await logList('unanswered', 'manager');
    expect(unanswered.items[0]).toMatchObject({ id: res.json().id, question: '小区有没有儿童游乐场' });
    expect(unanswered.items.every((i) => !i.answered)).toBe(true);
  });

  it('butler: turns an unanswered question into a draft entry; it leaves the unanswered list; twice is 409', async () => {
    const logged = (await logQuestion('butler', { question: '可以在露台种菜吗' })).json() as LogItem;
    const res = await t.as('butler').post(`/api/knowledge/desk-log/${logged.id}/draft`, { bank: 'service', category: 'rules', answer: '露台绿化须遵守《临时管理规约》。' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'draft', title: '可以在露台种菜吗', sourceDeskLogId: logged.id });
    expect(res.json().versions[0]).toMatchObject({ status: 'draft', answer: '露台绿化须遵守《临时管理规约》。' });
    expect((await logList('unanswered')).items.map((i) => i.id)).not.toContain(logged.id);
    expect((await logList()).items.find((i) => i.id === logged.id)?.draftEntryId).toBe(res.json().id);
    const again = await t.as('butler').post(`/api/knowledge/desk-log/${logged.id}/draft`, { bank: 'service', category: 'rules' });
    expect(again.statusCode).toBe(409);
  });

  it('manager: an answered question is not turned into a draft (422)', async () => {
    const top = (await search(t, '会所开放时间')).json().items[0] as { entryId: string };
    const logged = (await logQuestion('butler', { question: '会所几点开门', entryId: top.entryId })).json() as LogItem;
    const res = await t.as('manager').post(`/api/knowledge/desk-log/${logged.id}/draft`, { bank: 'service', category: 'clubhouse' });
    expect(res.statusCode).toBe(422);
  });

  it.each([
    ['an entry of another project', async () => ({ question: '问', entryId: (await t.ctx.db.selectFrom('knowledge_entries').select('id').where('project_id', '=', t.demo.projectIds[1]).executeTakeFirstOrThrow()).id }), 'entryId'],
    ['an entry with no published answer', async () => ({ question: '问', entryId: (await createEntry(t, { bank: 'service', category: 'fees', question: '草稿问题' })).id }), 'entryId'],
    ['no question', async () => ({ question: '' }), 'question'],
    ['a sales center of another project', async () => ({ question: '问', salesCenterId: (await t.ctx.db.selectFrom('sales_centers').select('id').where('project_id', '=', t.demo.projectIds[1]).executeTakeFirstOrThrow()).id }), 'salesCenterId'],
  ])('butler: logging with %s → 400 naming the field, nothing written', async (_name, body, field) => {
    const before = (await logList()).total;
    const res = await logQuestion('butler', await body());
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields).toHaveProperty(field);
    expect((await logList()).total).toBe(before);
  });

  it('a draft from the log with a category of the other bank → 400 on category', async () => {
    const logged = (await logQuestion('butler', { question: '售楼处停车免费吗' })).json() as LogItem;
    const res = await t.as('butler').post(`/api/knowledge/desk-log/${logged.id}/draft`, { bank: 'sales', category: 'parking' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('category');
    expect((await logList('unanswered')).items.map((i) => i.id)).toContain(logged.id);
  });

  it.each([
    ['technician', 403, 403],
    ['owner', 403, 403],
    ['sales', 201, 200],
    ['marketing', 201, 200],
    ['butler2', 404, 404],
  ])('%s: logs a question → %i, reads the log → %i', async (who, post, get) => {
    expect((await logQuestion(who, { question: '问一下' })).statusCode).toBe(post);
    expect((await t.as(who).get(`/api/knowledge/desk-log?projectId=${p1(t)}`)).statusCode).toBe(get);
  });

  it('sales consultant: cannot turn a question into a draft (403)', async () => {
    const logged = (await logQuestion('sales', { question: '有没有样板房开放日' })).json() as LogItem;
    expect((await t.as('sales').post(`/api/knowledge/desk-log/${logged.id}/draft`, { bank: 'sales', category: 'product' })).statusCode).toBe(403);
  });
});
