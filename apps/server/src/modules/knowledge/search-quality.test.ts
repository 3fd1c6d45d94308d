import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { DEMO_BANK_PROJECT_1 } from './demo-bank.js';
import { SEARCH_QUALITY_QUESTIONS } from './search-quality.questions.js';

/** The floor the desk's search must keep over the visitors' questions against the demo bank. */
const RECALL_AT_3_FLOOR = 0.9;
const DB = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';

let t: TestApp;
const entryIdOfKey = new Map<string, string>();
beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.ctx.db.selectFrom('knowledge_entries').select(['id', 'title']).where('project_id', '=', t.demo.projectIds[0]).execute();
  for (const item of DEMO_BANK_PROJECT_1) entryIdOfKey.set(item.key, rows.find((r) => r.title === item.question)!.id);
});
afterAll(async () => t.close());

describe(`search quality over ${SEARCH_QUALITY_QUESTIONS.length} visitor questions (${DB})`, () => {
  it('every question names an entry of the demo bank, and there are at least 30', () => {
    expect(SEARCH_QUALITY_QUESTIONS.length).toBeGreaterThanOrEqual(30);
    for (const q of SEARCH_QUALITY_QUESTIONS) expect(entryIdOfKey.get(q.expected), q.expected).toBeTruthy();
  });

  it(`sales consultant: recall@3 is at least ${RECALL_AT_3_FLOOR}`, async () => {
    const misses: string[] = [];
    const notFirst: string[] = [];
    for (const { question, expected } of SEARCH_QUALITY_QUESTIONS) {
      const res = await t.as('sales').get(`/api/knowledge/search?projectId=${t.demo.projectIds[0]}&q=${encodeURIComponent(question)}&limit=3`);
      expect(res.statusCode, res.body).toBe(200);
      const ids = (res.json().items as { entryId: string; question: string }[]).map((i) => i.entryId);
      const got = `${question} → ${expected}; got ${res.json().items.map((i: { question: string; score: number }) => `${i.question} (${i.score})`).join(' | ')}`;
      if (ids[0] !== entryIdOfKey.get(expected)) notFirst.push(got);
      if (!ids.includes(entryIdOfKey.get(expected)!)) misses.push(got);
    }
    const total = SEARCH_QUALITY_QUESTIONS.length;
    const recall = (total - misses.length) / total;
    const recallAt1 = (total - notFirst.length) / total;
    console.info(
      `[search quality, ${DB}] recall@3 = ${recall.toFixed(3)} (${total - misses.length}/${total}), recall@1 = ${recallAt1.toFixed(3)}` +
        (misses.length ? `\nnot in the top 3:\n  ${misses.join('\n  ')}` : '') +
        (notFirst.length ? `\nnot first:\n  ${notFirst.join('\n  ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(RECALL_AT_3_FLOOR);
  });
});
