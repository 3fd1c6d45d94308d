import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, createEntry, getEntry, p1, publishedServiceEntry, search, uniqueQuestion, versionOf, type EntryDetail } from './knowledge-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const DB = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';

async function searchIds(q: string, who = 'butler') {
  const res = await search(t, q, who);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { entryId: string }[]).map((i) => i.entryId);
}

describe(`property-service bank (${DB})`, () => {
  it('butler: creates an entry whose first version is a draft, not searchable yet', async () => {
    const question = uniqueQuestion('电动自行车充电桩');
    const entry = await createEntry(t, { bank: 'service', category: 'services', question, answer: '地下车库设有集中充电区。' });
    expect(entry).toMatchObject({ state: 'draft', title: question, publishedVersion: null, canAddVersion: true });
    expect(entry.versions).toHaveLength(1);
    expect(entry.versions[0]).toMatchObject({ number: 1, status: 'draft', canEdit: true, allowedActions: ['submit'] });
    expect(await searchIds(question)).not.toContain(entry.id);
  });

  it('butler: submits a service answer; the manager is notified, publishes it and the desk finds it', async () => {
    const question = uniqueQuestion('快递柜位置');
    const entry = await createEntry(t, { bank: 'service', category: 'services', question, answer: '智能快递柜位于 1 号楼南侧。' });
    const submitted = await act(t, 'butler', entry.versions[0].id, 'submit', { comment: '请经理审核' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ state: 'draft', pendingCount: 1 });
    const managerNotes = (await t.as('manager').get('/api/notifications?pageSize=50')).json().items as { title: string; kind: string; link: string }[];
    expect(managerNotes.find((n) => n.title === `待发布：${question}`)).toMatchObject({ kind: 'knowledge.submitted', link: `/knowledge?entry=${entry.id}` });

    const { version } = await getEntry(t, entry.id);
    const published = await act(t, 'manager', entry.versions[0].id, 'publish', { entryVersion: version });
    expect(published.statusCode, published.body).toBe(200);
    const after: EntryDetail = published.json();
    expect(after).toMatchObject({ state: 'published', publishedVersionId: entry.versions[0].id, pendingCount: 0 });
    expect(after.versions[0].events.map((e) => e.action)).toEqual(['create', 'submit', 'publish']);
    expect(await searchIds(question)).toContain(entry.id);
    const butlerNotes = (await t.as('butler').get('/api/notifications?pageSize=50')).json().items as { title: string }[];
    expect(butlerNotes.some((n) => n.title === `已发布：${question}`)).toBe(true);
  });

  it('butler: cannot publish a service answer (403) and it stays a draft', async () => {
    const entry = await createEntry(t, { bank: 'service', category: 'fees', question: uniqueQuestion('垃圾清运费'), answer: '以公示为准。' });
    const res = await act(t, 'butler', entry.versions[0].id, 'publish', { entryVersion: entry.version });
    expect(res.statusCode).toBe(403);
    expect((await getEntry(t, entry.id)).versions[0].status).toBe('draft');
  });

  it('manager: sends a submitted answer back with a reason; it is a draft again and stays unpublished', async () => {
    const entry = await createEntry(t, { bank: 'service', category: 'services', question: uniqueQuestion('钥匙代存'), answer: '可以代存。' });
    await act(t, 'butler', entry.versions[0].id, 'submit');
    const noReason = await act(t, 'manager', entry.versions[0].id, 'reject', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('comment');
    const res = await act(t, 'manager', entry.versions[0].id, 'reject', { comment: '请补充登记和领取方式' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'draft', publishedVersionId: null });
    expect(res.json().versions[0]).toMatchObject({ status: 'draft', rejectionReason: '请补充登记和领取方式' });
  });

  it('manager: publishing a new version keeps the old one as superseded and shows the new one', async () => {
    const question = uniqueQuestion('游泳池开放季节');
    const first = await publishedServiceEntry(t, question, '每年 6 月至 9 月开放。');
    const created = await t.as('butler').post(`/api/knowledge/entries/${first.id}/versions`, { question, answer: '每年 5 月中旬至 10 月上旬开放，以会所公告为准。' });
    expect(created.statusCode, created.body).toBe(201);
    const withDraft: EntryDetail = created.json();
    expect(withDraft.publishedVersion?.answer).toBe('每年 6 月至 9 月开放。');
    expect(versionOf(withDraft, 2)).toMatchObject({ status: 'draft' });

    const res = await act(t, 'manager', versionOf(withDraft, 2).id, 'publish', { entryVersion: withDraft.version });
    expect(res.statusCode, res.body).toBe(200);
    const after: EntryDetail = res.json();
    expect(after.publishedVersion).toMatchObject({ number: 2, answer: '每年 5 月中旬至 10 月上旬开放，以会所公告为准。' });
    expect(after.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const history = await t.as('butler').get(`/api/knowledge/entries/${first.id}/versions`);
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    // The search shows the published wording only.
    const hit = (await search(t, question)).json().items.find((i: { entryId: string }) => i.entryId === first.id);
    expect(hit.answer).toBe('每年 5 月中旬至 10 月上旬开放，以会所公告为准。');
  });

  it('manager: a publish with an entry version read before another change is 409 and changes nothing', async () => {
    const entry = await publishedServiceEntry(t, uniqueQuestion('洗衣服务'), '提供上门收送洗衣。');
    const stale = entry.version;
    const v2 = (await t.as('butler').post(`/api/knowledge/entries/${entry.id}/versions`, { question: entry.title, answer: '新答案' })).json() as EntryDetail;
    const res = await act(t, 'manager', versionOf(v2, 2).id, 'publish', { entryVersion: stale });
    expect(res.statusCode).toBe(409);
    expect((await getEntry(t, entry.id)).publishedVersion?.number).toBe(1);
  });

  it('manager: retires an entry; the desk no longer finds it, its versions stay, a new version can bring it back', async () => {
    const question = uniqueQuestion('班车时刻表');
    const entry = await publishedServiceEntry(t, question, '工作日早晚各两班。');
    const noVersion = await t.as('manager').post(`/api/knowledge/entries/${entry.id}/retire`, {});
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().error.fields).toHaveProperty('entryVersion');
    const butler = await t.as('butler').post(`/api/knowledge/entries/${entry.id}/retire`, { entryVersion: entry.version });
    expect(butler.statusCode).toBe(403);
    const res = await t.as('manager').post(`/api/knowledge/entries/${entry.id}/retire`, { entryVersion: entry.version, comment: '班车暂停' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'retired', publishedVersion: null });
    expect(res.json().versions[0].status).toBe('retired');
    expect(await searchIds(question)).not.toContain(entry.id);
    const again = await t.as('manager').post(`/api/knowledge/entries/${entry.id}/retire`, { entryVersion: res.json().version });
    expect(again.statusCode).toBe(409);

    const v2 = (await t.as('butler').post(`/api/knowledge/entries/${entry.id}/versions`, { question, answer: '班车已恢复，工作日早晚各两班。' })).json() as EntryDetail;
    const republished = await act(t, 'manager', versionOf(v2, 2).id, 'publish', { entryVersion: v2.version });
    expect(republished.json()).toMatchObject({ state: 'published', retiredAt: null });
    expect(await searchIds(question)).toContain(entry.id);
  });

  it('butler: edits a draft in place; a published version cannot be edited (409)', async () => {
    const entry = await createEntry(t, { bank: 'service', category: 'services', question: uniqueQuestion('代订鲜花'), answer: '' });
    const edited = await t.as('butler').patch(`/api/knowledge/versions/${entry.versions[0].id}`, { answer: '可代订鲜花，费用以实际为准。', keywords: ['鲜花', '鲜花', '代订'] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().versions[0]).toMatchObject({ answer: '可代订鲜花，费用以实际为准。', keywords: ['鲜花', '代订'] });
    const published = await act(t, 'manager', entry.versions[0].id, 'publish', { entryVersion: edited.json().version });
    expect(published.statusCode, published.body).toBe(200);
    const late = await t.as('butler').patch(`/api/knowledge/versions/${entry.versions[0].id}`, { answer: '改' });
    expect(late.statusCode).toBe(409);
  });
});

describe(`bad input names the field and writes nothing (${DB})`, () => {
  const count = async () => Number((await t.ctx.db.selectFrom('knowledge_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it.each([
    ['a category of the other bank', { bank: 'service', category: 'pricing', question: '问题' }, 'category'],
    ['no question', { bank: 'service', category: 'fees', question: '  ' }, 'question'],
    ['an unknown bank', { bank: 'vip', category: 'fees', question: '问题' }, 'bank'],
    ['a keyword too long', { bank: 'service', category: 'fees', question: '问题', keywords: ['长'.repeat(31)] }, 'keywords.0'],
  ])('butler: %s → 400 on that field', async (_name, body, field) => {
    const before = await count();
    const res = await t.as('butler').post('/api/knowledge/entries', { projectId: p1(t), ...body });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields).toHaveProperty(field);
    expect(await count()).toBe(before);
  });

  it('butler: submitting a draft without an answer → 400 on answer, still a draft', async () => {
    const entry = await createEntry(t, { bank: 'sales', category: 'pricing', question: uniqueQuestion('团购优惠') });
    const res = await act(t, 'butler', entry.versions[0].id, 'submit');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.answer).toBe('请填写答案后再提交或发布');
    expect((await getEntry(t, entry.id)).versions[0].status).toBe('draft');
    const approvals = await t.ctx.db.selectFrom('approval_requests').select('id').where('document_id', '=', entry.versions[0].id).execute();
    expect(approvals).toHaveLength(0);
  });
});

describe(`who may see and change the banks (${DB})`, () => {
  it('sales consultant: may search but neither list nor write entries', async () => {
    expect((await search(t, '物业费', 'sales')).statusCode).toBe(200);
    expect((await t.as('sales').get(`/api/knowledge/entries?projectId=${p1(t)}`)).statusCode).toBe(403);
    expect((await t.as('sales').post('/api/knowledge/entries', { projectId: p1(t), bank: 'sales', category: 'pricing', question: '问' })).statusCode).toBe(403);
  });

  it('marketing lead: lists the sales bank but cannot write it', async () => {
    const res = await t.as('marketing').get(`/api/knowledge/entries?projectId=${p1(t)}&bank=sales&pageSize=100`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThanOrEqual(13);
    expect(res.json().items.every((e: { bank: string }) => e.bank === 'sales')).toBe(true);
    expect((await t.as('marketing').post('/api/knowledge/entries', { projectId: p1(t), bank: 'sales', category: 'pricing', question: '问' })).statusCode).toBe(403);
  });

  it('butler of project 2: a project-1 entry is not found (404); owners are refused (403)', async () => {
    const entry = await createEntry(t, { bank: 'service', category: 'fees', question: uniqueQuestion('公摊') });
    expect((await t.as('butler2').get(`/api/knowledge/entries/${entry.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/knowledge/entries/${entry.id}/versions`, { question: '问' })).statusCode).toBe(404);
    expect((await t.as('owner').get(`/api/knowledge/entries/${entry.id}`)).statusCode).toBe(403);
    expect((await search(t, '物业费', 'owner')).statusCode).toBe(403);
  });

  it('manager: the list filters by bank, category, state and text', async () => {
    const base = `/api/knowledge/entries?projectId=${p1(t)}&pageSize=200`;
    const fees = (await t.as('manager').get(`${base}&bank=service&category=fees`)).json();
    expect(fees.items.length).toBeGreaterThan(0);
    expect(fees.items.every((e: { category: string }) => e.category === 'fees')).toBe(true);
    const drafts = (await t.as('manager').get(`${base}&state=draft`)).json();
    expect(drafts.items.every((e: { state: string }) => e.state === 'draft')).toBe(true);
    const text = (await t.as('manager').get(`${base}&q=${encodeURIComponent('临时管理规约')}`)).json();
    expect(text.items.map((e: { title: string }) => e.title)).toEqual(expect.arrayContaining(['临时管理规约是什么，为什么要签', '临时管理规约禁止哪些行为']));
  });
});
