import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { elderlyHousehold, runCareRefreshJobs, suggestionsOf } from './care-test-kit.js';
import { refreshCareSuggestions } from './refresh-care-suggestions.js';

const NOW = new Date('2026-03-02T02:00:00Z');
let t: TestApp;
let p1: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

interface RuleView {
  id: string;
  key: string;
  name: string;
  description: string | null;
  condition: { tags: string[]; minAge: number | null };
  actions: { key: string; title: string; categoryNumber: number; itemNumber: number; recurrence: Record<string, unknown>; timeOfDay: string | null; itemName: string | null }[];
  enabled: boolean;
  version: number;
  allowedActions: string[];
}
const rules = async (who = 'manager', projectId = p1): Promise<RuleView[]> => (await t.as(who).get(`/api/care-rules?projectId=${projectId}`)).json().items;
const body = (r: RuleView, patch: Partial<RuleView> = {}) => {
  const x = { ...r, ...patch };
  return { version: x.version, name: x.name, description: x.description, condition: x.condition, actions: x.actions.map(({ itemName: _n, ...a }) => a), enabled: x.enabled };
};

describe('care rules', () => {
  it('butler: reads the seed’s four rules as printed, without the right to edit; the manager may edit', async () => {
    const list = await rules('butler');
    expect(list.map((r) => r.key)).toEqual(['elderly', 'holidayHome', 'sporty', 'busy']);
    expect(list[0]).toMatchObject({ name: '家庭结构以老人为主的家庭', condition: { tags: ['elderly'], minAge: null }, allowedActions: [] });
    expect(list[1]!.actions.map((a) => `${a.title}:${a.itemName}`)).toContain('绿化打理:植物代养护');
    expect((await rules('manager'))[0]!.allowedActions).toEqual(['edit']);
    // Project 2 has its own copy.
    expect((await rules('butler2', t.demo.projectIds[1])).map((r) => r.key)).toEqual(['elderly', 'holidayHome', 'sporty', 'busy']);
  });

  it('manager: a bad item, missing weekdays and a bad time are refused field by field, in the caller’s language; nothing written', async () => {
    const elderly = (await rules())[0]!;
    const bad = body(elderly, { actions: [{ ...elderly.actions[0]!, itemNumber: 15, recurrence: { kind: 'weekly', weekdays: [] }, timeOfDay: '25:00' }], condition: { tags: [], minAge: null } });
    const res = await t.as('manager').put(`/api/care-rules/${elderly.id}`, bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'condition.tags': '请至少选择一个档案标签或填写最低年龄',
      'actions.0.itemNumber': '本项目服务目录中没有这个服务项目',
      'actions.0.timeOfDay': '时间须为 00:00–23:59',
      'actions.0.recurrence.weekdays': '请选择每周哪几天',
    });
    const en = await t.as('manager').put(`/api/care-rules/${elderly.id}`, bad, { 'accept-language': 'en' });
    expect(en.json().error.fields['actions.0.itemNumber']).toBe('The project’s service catalog has no such item');
    expect((await rules())[0]!.version).toBe(elderly.version);
  });

  it('manager: edits a rule with the version read (stale 409); butler 403; another project’s butler 404', async () => {
    const sporty = (await rules())[2]!;
    const edit = body(sporty, { condition: { tags: ['sporty'], minAge: 18 } });
    expect((await t.as('butler').put(`/api/care-rules/${sporty.id}`, edit)).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/care-rules?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('technician').get(`/api/care-rules?projectId=${p1}`)).statusCode).toBe(403);
    const ok = await t.as('manager').put(`/api/care-rules/${sporty.id}`, edit);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ condition: { minAge: 18 }, version: sporty.version + 1 });
    expect((await t.as('admin').put(`/api/care-rules/${sporty.id}`, edit)).statusCode).toBe(409);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', sporty.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['careRule.update']);
  });

  it('manager: disabling a rule withdraws its open suggestions; a new rule of the project’s own suggests at once after the refresh', async () => {
    const { householdId } = await elderlyHousehold(t, '秦先生', { tags: ['pets'] });
    await runCareRefreshJobs(t);
    expect((await suggestionsOf(t, householdId, 'suggested')).length).toBe(3);
    const elderly = (await rules())[0]!;
    expect((await t.as('manager').put(`/api/care-rules/${elderly.id}`, body(elderly, { enabled: false }))).statusCode).toBe(200);
    const pets = await t.as('manager').post('/api/care-rules', {
      projectId: p1,
      name: '养宠物的家庭',
      description: null,
      condition: { tags: ['pets'], minAge: null },
      actions: [{ key: '', title: '宠物护理', categoryNumber: 5, itemNumber: 26, recurrence: { kind: 'everyDays', days: 7 }, timeOfDay: '16:00' }],
      enabled: true,
    });
    expect(pets.statusCode, pets.body).toBe(201);
    expect(pets.json().actions[0].key).toMatch(/^a-/);
    await runCareRefreshJobs(t);
    const after = await suggestionsOf(t, householdId);
    expect(after.filter((s) => s.status === 'suggested').map((s) => s.proposal.title)).toEqual(['宠物护理']);
    expect(after.filter((s) => s.status === 'withdrawn')).toHaveLength(3);
    // Enabled again: the withdrawn ones come back.
    const again = (await rules())[0]!;
    await t.as('manager').put(`/api/care-rules/${again.id}`, body(again, { enabled: true }));
    await runCareRefreshJobs(t);
    expect((await suggestionsOf(t, householdId, 'suggested')).length).toBe(4);
  });

  it('system: two refreshes of one household at the same moment leave one open suggestion per service', async () => {
    const { householdId } = await elderlyHousehold(t, '尤先生');
    await Promise.all([0, 1, 2].map(() => inTransaction(t.ctx.db, (trx) => refreshCareSuggestions(trx, null, householdId)).catch(() => undefined)));
    await runCareRefreshJobs(t);
    const open = await suggestionsOf(t, householdId, 'suggested');
    expect(open.map((s) => s.actionKey).sort()).toEqual(['healthRecord', 'purchasing', 'visits']);
  });
});
