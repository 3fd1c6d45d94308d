import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, createEntry, publishedServiceEntry, uniqueQuestion, type EntryDetail } from './knowledge-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Log in first, so the races are only the requests under test.
  await Promise.all(['manager', 'admin', 'butler'].map((u) => t.cookieOf(u)));
});
afterAll(async () => t.close());

const statuses = async (requests: Array<() => Promise<{ statusCode: number }>>) => (await Promise.all(requests.map((send) => send()))).map((r) => r.statusCode).sort();

describe(`concurrent changes (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('manager and admin publish two versions of one entry at once: one wins, the other gets 409', async () => {
    const question = uniqueQuestion('电梯维保');
    const entry = await publishedServiceEntry(t, question, '电梯每半月维保一次。');
    await t.as('butler').post(`/api/knowledge/entries/${entry.id}/versions`, { question, answer: '版本二' });
    const withBoth = (await t.as('butler').post(`/api/knowledge/entries/${entry.id}/versions`, { question, answer: '版本三' })).json() as EntryDetail;
    const [v3, v2] = withBoth.versions;
    const result = await statuses([
      () => act(t, 'manager', v2.id, 'publish', { entryVersion: withBoth.version }),
      () => act(t, 'admin', v3.id, 'publish', { entryVersion: withBoth.version }),
    ]);
    expect(result).toEqual([200, 409]);
    const published = await t.ctx.db.selectFrom('knowledge_versions').select(['id', 'answer']).where('entry_id', '=', entry.id).where('status', '=', 'published').execute();
    expect(published).toHaveLength(1);
    const row = await t.ctx.db.selectFrom('knowledge_entries').select(['published_version_id', 'version']).where('id', '=', entry.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ published_version_id: published[0].id, version: withBoth.version + 1 });
    // The index holds the winner's words only.
    const terms = await t.ctx.db.selectFrom('knowledge_search_terms').select('term').where('entry_id', '=', entry.id).where('field', '=', 'answer').execute();
    const winner = published[0].answer === '版本二' ? '二' : '三';
    expect(terms.map((r) => r.term)).toContain(winner);
    expect(terms.map((r) => r.term)).not.toContain(winner === '二' ? '三' : '二');
    const superseded = await t.ctx.db.selectFrom('knowledge_versions').select('id').where('entry_id', '=', entry.id).where('status', '=', 'superseded').execute();
    expect(superseded).toHaveLength(1);
  });

  it('ten publications of one draft at once: exactly one succeeds', async () => {
    const entry = await createEntry(t, { bank: 'service', category: 'services', question: uniqueQuestion('代聘保姆'), answer: '可代为联系正规家政机构。' });
    const result = await statuses(Array.from({ length: 10 }, (_, i) => () => act(t, i % 2 ? 'admin' : 'manager', entry.versions[0].id, 'publish', { entryVersion: entry.version })));
    expect(result).toEqual([200, ...Array<number>(9).fill(409)]);
    const events = await t.ctx.db.selectFrom('knowledge_version_events').select('id').where('version_id', '=', entry.versions[0].id).where('action', '=', 'publish').execute();
    expect(events).toHaveLength(1);
  });

  it('two editors turn the same unanswered question into a draft at once: one draft, one 409', async () => {
    const logged = (await t.as('butler').post('/api/knowledge/desk-log', { projectId: t.demo.projectIds[0], question: uniqueQuestion('能否办理月卡') })).json() as { id: string; version: number };
    const result = await statuses([
      () => t.as('butler').post(`/api/knowledge/desk-log/${logged.id}/draft`, { bank: 'service', category: 'parking', version: logged.version }),
      () => t.as('manager').post(`/api/knowledge/desk-log/${logged.id}/draft`, { bank: 'service', category: 'parking', version: logged.version }),
    ]);
    expect(result).toEqual([201, 409]);
    const drafts = await t.ctx.db.selectFrom('knowledge_entries').select('id').where('source_desk_log_id', '=', logged.id).execute();
    expect(drafts).toHaveLength(1);
  });
});
