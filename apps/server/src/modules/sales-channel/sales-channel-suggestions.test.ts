import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { auditActions, errorOf, expectStatus, NOW, noticesTo, p1, TODAY } from './sales-channel-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const list = async (who: string, query = '') => expectStatus(t.as(who).get(`/api/sales-channel/suggestions?projectId=${p1(t)}${query}`), 200);
const raise = (who: string, body: Record<string, unknown> = {}) =>
  t.as(who).post('/api/sales-channel/suggestions', { projectId: p1(t), category: 'environment', title: '样板区增设遮阳棚', content: '看房通道午间日晒强，建议增设遮阳棚。', dueDate: '2026-03-05', ...body });
const act = (who: string, id: string, action: string, body: Record<string, unknown> = {}) => t.as(who).post(`/api/sales-channel/suggestions/${id}/${action}`, body);
async function walk(id: string, steps: Array<[string, string, Record<string, unknown>?]>) {
  let last: any;
  for (const [who, action, body] of steps) last = await expectStatus(act(who, id, action, body ?? {}), 200);
  return last;
}

describe('建议与需求: the demo', () => {
  it('butler: four suggestions, one overdue (the sales side’s environment request to the property side)', async () => {
    expect((await list('butler')).total).toBe(4);
    const overdue = (await list('butler', '&overdue=true')).items;
    expect(overdue.map((s: any) => [s.title, s.status, s.raisedBySide, s.addressedTo, s.overdue])).toEqual([['样板区入口绿化补种和指引牌更新', 'open', 'sales', 'property', true]]);
    expect(overdue[0].allowedActions).toEqual(['answer']);
    expect((await list('butler', '&direction=toMySide')).total).toBe(2);
    expect((await list('marketing', '&direction=toMySide')).items.map((s: any) => s.title).sort()).toEqual(['联合举办业主社区文化节', '请提前告知周末看房团规模']);
    const fees = (await list('sales', '&status=accepted')).items[0];
    expect(fees).toMatchObject({ answerCount: 2, number: expect.stringMatching(/^JY-\d{8}-\d{4}$/) });
    const detail = await expectStatus(t.as('sales').get(`/api/sales-channel/suggestions/${fees.id}`), 200);
    expect(detail.history.map((h: any) => h.action)).toEqual(['raise', 'answer', 'sendBack', 'answer', 'accept']);
  });
});

describe('建议与需求: the life of a suggestion', () => {
  it('marketing raises to the property side; the butler answers; marketing sends back with a new date; the manager answers; marketing accepts', async () => {
    const s = await expectStatus(raise('marketing'), 201);
    expect(s).toMatchObject({ status: 'open', raisedBySide: 'sales', addressedTo: 'property', dueDate: '2026-03-05', overdue: false, allowedActions: ['withdraw'], version: 1 });
    const link = `/sales-channel?tab=suggestions&suggestion=${s.id}`;
    expect(await noticesTo(t, 'butler', link)).toEqual([{ kind: 'salesChannel.suggestionRaised', title: `新的建议与需求：${s.number}`, body: '样板区增设遮阳棚（营销负责人 周杰），请于 2026-03-05 前答复' }]);
    expect(await noticesTo(t, 'manager', link)).toHaveLength(1);
    expect(await noticesTo(t, 'salesmgr', link)).toHaveLength(0);
    expect((await expectStatus(t.as('butler').get(`/api/sales-channel/suggestions/${s.id}`), 200)).allowedActions).toEqual(['answer']);

    const answered = await walk(s.id, [['butler', 'answer', { answerText: ' 已订购遮阳伞 6 把，周五前到位。 ', version: 1 }]]);
    expect(answered).toMatchObject({ status: 'answered', answerText: '已订购遮阳伞 6 把，周五前到位。', answeredBy: { id: t.demo.users.butler }, answerCount: 1, allowedActions: [] });
    expect((await noticesTo(t, 'marketing', link)).map((n) => n.kind)).toEqual(['salesChannel.suggestionAnswer']);
    const back = await walk(s.id, [['marketing', 'sendBack', { note: '遮阳伞不够，请考虑遮阳棚。', dueDate: '2026-03-09' }]]);
    expect(back).toMatchObject({ status: 'returned', dueDate: '2026-03-09', allowedActions: ['withdraw'] });
    expect((await noticesTo(t, 'butler', link)).map((n) => n.kind)).toEqual(['salesChannel.suggestionRaised', 'salesChannel.suggestionSendBack']);
    await walk(s.id, [['manager', 'answer', { answerText: '已联系供应商，3 月 8 日搭设遮阳棚。' }]]);
    const accepted = await walk(s.id, [['salesmgr', 'accept', { version: 4 }]]);
    expect(accepted).toMatchObject({ status: 'accepted', answerCount: 2, closedBy: { id: t.demo.users.salesmgr }, allowedActions: [] });
    expect(accepted.history.map((h: any) => [h.action, h.fromStatus, h.toStatus, h.actor.id])).toEqual([
      ['raise', null, 'open', t.demo.users.marketing],
      ['answer', 'open', 'answered', t.demo.users.butler],
      ['sendBack', 'answered', 'returned', t.demo.users.marketing],
      ['answer', 'returned', 'answered', t.demo.users.manager],
      ['accept', 'answered', 'accepted', t.demo.users.salesmgr],
    ]);
    expect(accepted.history[2].note).toBe('遮阳伞不够，请考虑遮阳棚。');
    expect(await auditActions(t, s.id)).toEqual(['create', 'salesChannelSuggestion.answer', 'salesChannelSuggestion.sendBack', 'salesChannelSuggestion.answer', 'salesChannelSuggestion.accept']);
  });

  it('butler raises to the sales side and withdraws it with a reason', async () => {
    const s = await expectStatus(raise('butler', { category: 'salesSupport', title: '请提供开盘当天到访预估' }), 201);
    expect(s).toMatchObject({ raisedBySide: 'property', addressedTo: 'sales' });
    expect(await errorOf(act('butler', s.id, 'withdraw', {}))).toMatchObject({ status: 400, fields: { note: '请说明撤回的原因' } });
    expect((await walk(s.id, [['manager', 'withdraw', { note: '已在联席会议上确认' }]])).status).toBe('withdrawn');
    expect((await noticesTo(t, 'marketing', `/sales-channel?tab=suggestions&suggestion=${s.id}`)).map((n) => n.kind)).toEqual(['salesChannel.suggestionRaised', 'salesChannel.suggestionWithdraw']);
  });

  it('each step belongs to one side (403), to one state (409) and to the version read (409); another project 404', async () => {
    const s = await expectStatus(raise('sales'), 201);
    const refusals: Array<[string, string, number, string?]> = [
      ['sales', 'answer', 403, '只有被提出的一方可以答复'],
      ['marketing', 'answer', 403],
      ['butler', 'withdraw', 403, '只有提出方可以采纳、退回或撤回'],
      ['technician', 'answer', 403],
      ['owner', 'answer', 403],
      ['butler2', 'answer', 404],
      ['sales', 'accept', 409],
      ['sales', 'sendBack', 409],
    ];
    for (const [who, action, status, message] of refusals) {
      const e = await errorOf(act(who, s.id, action, { answerText: '好的', note: '理由' }));
      expect(e.status, `${who} ${action}`).toBe(status);
      if (message) expect(e.message).toBe(message);
    }
    expect(await errorOf(act('sales', s.id, 'accept', {}))).toMatchObject({ code: 'FORBIDDEN_TRANSITION', message: '当前为“待答复”，不能确认采纳' });
    expect(await errorOf(act('butler', s.id, 'answer', { answerText: '   ' }))).toMatchObject({ status: 400, fields: { answerText: '请填写答复内容' } });
    expect(await errorOf(act('butler', s.id, 'answer', { answerText: '好', version: 9 }))).toMatchObject({ status: 409, code: 'STALE_UPDATE' });
    await walk(s.id, [['butler', 'answer', { answerText: '好', version: 1 }]]);
    expect((await act('butler', s.id, 'answer', { answerText: '再答一次' })).statusCode).toBe(409);
    expect(await errorOf(act('sales', s.id, 'sendBack', {}))).toMatchObject({ status: 400, fields: { note: '请说明退回的原因' } });
    expect(await errorOf(act('sales', s.id, 'sendBack', { note: '不够具体', dueDate: '2026-03-01' }))).toMatchObject({ status: 400, fields: { dueDate: '期限不能早于今天（2026-03-02）' } });
    expect((await t.as('sales').post(`/api/sales-channel/suggestions/${s.id}/reopen`, {})).statusCode).toBe(400);
    expect((await t.as('butler2').get(`/api/sales-channel/suggestions/${s.id}`)).statusCode).toBe(404);
    const en = await errorOf(t.as('sales').post(`/api/sales-channel/suggestions/${s.id}/withdraw`, { note: 'x' }, { 'accept-language': 'en' }));
    expect(en.message).toBe('It is “Answered”; you cannot withdraw it now');
  });

  it('raising: bad input names the field; roles of neither side 403; project 2 staff 404; nothing written', async () => {
    const before = (await list('admin')).total;
    const cases: Array<[Record<string, unknown>, Record<string, RegExp>]> = [
      [{ title: '', content: ' ' }, { title: /必填/, content: /必填/ }],
      [{ dueDate: '2026-03-01' }, { dueDate: /不能早于今天（2026-03-02）/ }],
      [{ dueDate: 'tomorrow' }, { dueDate: /格式不正确/ }],
      [{ category: 'gossip' }, { category: /必须是以下之一/ }],
      [{ side: 'property' }, { side: /不属于所选的一方/ }],
    ];
    for (const [body, fields] of cases) {
      const e = await errorOf(raise('sales', body));
      expect(e.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(e.fields!).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, why] of Object.entries(fields)) expect(e.fields![field]).toMatch(why);
    }
    for (const who of ['technician', 'owner']) expect((await raise(who)).statusCode, who).toBe(403);
    expect((await raise('butler2')).statusCode).toBe(404);
    expect((await list('admin')).total).toBe(before);
  });

  it('a suggestion is overdue the day after its due date while the answer is owed, not once answered', async () => {
    const s = await expectStatus(raise('butler', { dueDate: TODAY, title: '周末看房团人数' }), 201);
    vi.setSystemTime(new Date('2026-03-02T16:30:00Z'));
    try {
      expect((await expectStatus(t.as('butler').get(`/api/sales-channel/suggestions/${s.id}`), 200)).overdue).toBe(true);
      expect((await list('butler', '&overdue=true')).items.map((x: any) => x.title)).toContain('周末看房团人数');
      await walk(s.id, [['marketing', 'answer', { answerText: '约 40 人' }]]);
      expect((await expectStatus(t.as('butler').get(`/api/sales-channel/suggestions/${s.id}`), 200)).overdue).toBe(false);
    } finally {
      vi.setSystemTime(NOW);
    }
    expect((await list('butler', `&q=${s.number}`)).items.map((x: any) => x.id)).toEqual([s.id]);
  });
});
