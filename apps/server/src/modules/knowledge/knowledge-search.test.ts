import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createEntry, p1, publishedServiceEntry, search } from './knowledge-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const DB = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';

interface Hit {
  entryId: string;
  question: string;
  answer: string;
  bank: string;
  score: number;
  matchedTerms: string[];
}
const hits = async (q: string, who = 'butler', projectId = p1(t), extra = '') => {
  const res = await search(t, q, who, projectId, extra);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { q: string; words: string[]; items: Hit[] };
};

describe(`the consultation desk's search (${DB})`, () => {
  it('butler: 物业费怎么收 finds the answer filed under 物业费收取标准 in the top 3, with the matched terms', async () => {
    const result = await hits('物业费怎么收');
    expect(result.words).toEqual(['物业', '费', '收']);
    const top3 = result.items.slice(0, 3);
    const fee = top3.find((i) => i.question === '物业费收取标准');
    expect(fee, JSON.stringify(top3.map((i) => i.question))).toBeTruthy();
    expect(fee).toMatchObject({ bank: 'service' });
    expect(fee!.answer).toContain('《前期物业服务协议》');
    expect(fee!.matchedTerms).toEqual(expect.arrayContaining(['物业', '费', '收']));
    expect(fee!.score).toBeGreaterThan(0);
    // Best first.
    expect(result.items.map((i) => i.score)).toEqual([...result.items.map((i) => i.score)].sort((a, b) => b - a));
  });

  it('marketing lead and sales consultant: find 统一销售口径 answers too, and may keep to one bank', async () => {
    expect((await hits('什么时候交房', 'marketing')).items[0]).toMatchObject({ question: '什么时候交房', bank: 'sales' });
    const salesOnly = await hits('物业费怎么收', 'sales', p1(t), '&bank=sales');
    expect(salesOnly.items.every((i) => i.bank === 'sales')).toBe(true);
  });

  it('finds a fresh entry by a synonym and by a one-character prefix, right after it is published', async () => {
    const entry = await publishedServiceEntry(t, '新能源汽车充电桩安装', '车位业主可向物业服务中心申请安装充电桩，须提交供电部门的报装资料。');
    // 停车位 → group 车位; 装 → 安装 by prefix.
    const bySynonym = await hits('停车位能不能装充电的');
    expect(bySynonym.items.slice(0, 3).map((i) => i.entryId)).toContain(entry.id);
  });

  it('shows published answers only: a draft is not found', async () => {
    const draft = await createEntry(t, { bank: 'service', category: 'services', question: '屋顶花园的开放规则', answer: '屋顶花园每日开放。' });
    expect((await hits('屋顶花园开放规则')).items.map((i) => i.entryId)).not.toContain(draft.id);
  });

  it('searches one project: project 2 has no sales bank, and project-1 answers never show there', async () => {
    const p2 = t.demo.projectIds[1];
    const inP2 = await hits('物业费怎么收', 'butler2', p2);
    expect(inP2.items[0].question).toBe('物业费收取标准');
    expect(inP2.items.every((i) => i.bank === 'service')).toBe(true);
    const p1Entries = await t.ctx.db.selectFrom('knowledge_entries').select('id').where('project_id', '=', p1(t)).execute();
    const p1Ids = new Set(p1Entries.map((e) => e.id));
    expect(inP2.items.some((i) => p1Ids.has(i.entryId))).toBe(false);
  });

  it('a question of stop words only, or one matching nothing, answers an empty list', async () => {
    expect((await hits('请问怎么样呢')).items).toEqual([]);
    expect((await hits('天文望远镜 telescope')).items).toEqual([]);
  });

  it('limit caps the answers; an empty or too long question is a 400 naming q', async () => {
    expect((await hits('物业', 'butler', p1(t), '&limit=2')).items).toHaveLength(2);
    const empty = await search(t, '  ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toHaveProperty('q');
    const long = await search(t, '问'.repeat(101));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toHaveProperty('q');
    const bigLimit = await search(t, '物业', 'butler', p1(t), '&limit=50');
    expect(bigLimit.json().error.fields).toHaveProperty('limit');
  });

  it.each([
    ['technician', 200],
    ['sales', 200],
    ['marketing', 200],
    ['manager', 200],
    ['butler2', 404],
    ['owner', 403],
  ])('%s searching project 1 → %i', async (who, status) => {
    expect((await search(t, '物业费', who)).statusCode).toBe(status);
  });

  it('anonymous → 401', async () => {
    expect((await t.as(null).get(`/api/knowledge/search?projectId=${p1(t)}&q=x`)).statusCode).toBe(401);
  });
});
