import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { uploadPhoto } from '../daily-checks/daily-check-test-kit.js';
import { auditActions, errorOf, expectStatus, NOW, noticesTo, p1 } from './sales-channel-test-kit.js';

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

const feed = async (who: string, query = '') => expectStatus(t.as(who).get(`/api/sales-channel/items?projectId=${p1(t)}${query}`), 200);
const post = (who: string, body: Record<string, unknown>) => t.as(who).post('/api/sales-channel/items', { projectId: p1(t), ...body });

describe('信息共享: the demo feed', () => {
  it('butler: both sides’ items newest first; one service commitment still awaits the property side', async () => {
    const all = await feed('butler');
    expect(all.total).toBe(7);
    expect(all.items.slice(0, 2).map((i: { title: string }) => i.title).sort()).toEqual(['客户反映看房通道遮阳不足', '首年物业费九五折']);
    expect(new Set(all.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['salesPlan', 'salesPolicy', 'serviceCommitment', 'dealSummary', 'operationsStatus', 'customerFeedback']));
    const awaiting = (await feed('butler', '&awaiting=true')).items;
    expect(awaiting.map((i: { title: string }) => i.title)).toEqual(['首年物业费九五折']);
    expect(awaiting[0]).toMatchObject({ kind: 'serviceCommitment', side: 'sales', awaitingAcknowledgement: true, canAcknowledge: true, canEdit: false });
    expect((await feed('butler', '&awaiting=false')).total).toBe(6);
    const acknowledged = all.items.find((i: { title: string }) => i.title === '交房后一年内免费小件维修');
    expect(acknowledged).toMatchObject({ awaitingAcknowledgement: false, acknowledgements: [{ user: { id: t.demo.users.manager }, side: 'property' }] });
    expect((await feed('marketing', '&side=property')).items.map((i: { kind: string }) => i.kind).sort()).toEqual(['customerFeedback', 'operationsStatus']);
    expect((await feed('marketing', '&kind=salesPolicy')).items[0]).toMatchObject({ title: '老带新奖励政策', version: 2, canEdit: true, canAcknowledge: false });
  });
});

describe('信息共享: posting, acknowledging and versions', () => {
  it('sales manager posts a commitment; the property side is told, acknowledges; the poster hears; a second receipt is 409', async () => {
    const item = await expectStatus(
      post('salesmgr', { kind: 'serviceCommitment', title: '交房即可入住的精装标准', body: '精装交付，物业提供入住前开荒保洁一次。', periodStart: '2026-03-01', periodEnd: '2026-06-30' }),
      201,
    );
    expect(item).toMatchObject({ side: 'sales', version: 1, requiresAcknowledgement: true, awaitingAcknowledgement: true, postedBy: { id: t.demo.users.salesmgr }, versions: [{ version: 1 }] });
    const link = `/sales-channel?tab=feed&item=${item.id}`;
    expect(await noticesTo(t, 'manager', link)).toEqual([{ kind: 'salesChannel.itemToAcknowledge', title: '请确认服务承诺：交房即可入住的精装标准', body: expect.stringContaining('物业方须确认') }]);
    expect(await noticesTo(t, 'butler', link)).toHaveLength(1);
    expect(await noticesTo(t, 'marketing', link)).toHaveLength(0);

    const acked = await expectStatus(t.as('butler').post(`/api/sales-channel/items/${item.id}/acknowledge`, { version: 1 }), 200);
    expect(acked).toMatchObject({ awaitingAcknowledgement: false, acknowledgedByMe: true, canAcknowledge: false, acknowledgements: [{ user: { id: t.demo.users.butler, name: '管家 刘芳' }, side: 'property' }] });
    expect(await noticesTo(t, 'salesmgr', link)).toEqual([expect.objectContaining({ kind: 'salesChannel.itemAcknowledged', body: '管家 刘芳 已确认' })]);
    expect(await errorOf(t.as('butler').post(`/api/sales-channel/items/${item.id}/acknowledge`, {}))).toMatchObject({ status: 409, code: 'ALREADY_ACKNOWLEDGED' });
    // The manager's own receipt is another person's: allowed.
    await expectStatus(t.as('manager').post(`/api/sales-channel/items/${item.id}/acknowledge`, {}), 200);
    expect(await auditActions(t, item.id)).toEqual(['create', 'salesChannelItem.acknowledge', 'salesChannelItem.acknowledge']);
  });

  it('an edit is a new version: receipts stay with the old one, the commitment awaits again, a stale version is 409', async () => {
    const item = await expectStatus(post('marketing', { kind: 'serviceCommitment', title: '车位优先选购', body: '认购客户可优先选购车位。' }), 201);
    await expectStatus(t.as('manager').post(`/api/sales-channel/items/${item.id}/acknowledge`, { version: 1 }), 200);
    const edited = await expectStatus(t.as('salesmgr').patch(`/api/sales-channel/items/${item.id}`, { body: '认购客户可优先选购车位，物业提供车位引导。', version: 1 }), 200);
    expect(edited).toMatchObject({ version: 2, awaitingAcknowledgement: true, acknowledgements: [], editedBy: { id: t.demo.users.salesmgr } });
    expect(edited.versions.map((v: { version: number; acknowledgements: unknown[] }) => [v.version, v.acknowledgements.length])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect((await noticesTo(t, 'manager', `/sales-channel?tab=feed&item=${item.id}`)).map((n) => n.kind)).toEqual(['salesChannel.itemToAcknowledge', 'salesChannel.itemRevised']);
    expect(await errorOf(t.as('salesmgr').patch(`/api/sales-channel/items/${item.id}`, { title: '旧版本上的修改', version: 1 }))).toMatchObject({ status: 409, code: 'STALE_UPDATE' });
    expect(await errorOf(t.as('manager').post(`/api/sales-channel/items/${item.id}/acknowledge`, { version: 1 }))).toMatchObject({ status: 409, code: 'STALE_UPDATE' });
    await expectStatus(t.as('manager').post(`/api/sales-channel/items/${item.id}/acknowledge`, { version: 2 }), 200);
    // Nothing changed: no new version.
    expect((await expectStatus(t.as('salesmgr').patch(`/api/sales-channel/items/${item.id}`, { title: '车位优先选购', version: 2 }), 200)).version).toBe(2);
  });

  it('each kind belongs to one side: the other side posts, edits 403; the poster’s side cannot acknowledge (403)', async () => {
    expect(await errorOf(post('butler', { kind: 'salesPolicy', title: '政策', body: '内容' }))).toMatchObject({ status: 403, message: '这类信息只能由其所属一方发布和修改' });
    expect((await post('sales', { kind: 'customerFeedback', title: '反馈', body: '内容' })).statusCode).toBe(403);
    const ops = await expectStatus(post('butler', { kind: 'operationsStatus', title: '本周设备运行情况', body: '电梯、空调运行正常。' }), 201);
    expect(ops.requiresAcknowledgement).toBe(false);
    expect(await noticesTo(t, 'marketing', `/sales-channel?tab=feed&item=${ops.id}`)).toEqual([expect.objectContaining({ kind: 'salesChannel.itemPosted', title: '新的物业运营情况：本周设备运行情况' })]);
    expect((await t.as('marketing').patch(`/api/sales-channel/items/${ops.id}`, { title: 'x' })).statusCode).toBe(403);
    expect(await errorOf(t.as('manager').post(`/api/sales-channel/items/${ops.id}/acknowledge`, {}))).toMatchObject({ status: 403, message: '只有对方可以确认已阅，发布方不能确认自己发布的信息' });
    // A sales consultant reads it: an optional read receipt.
    expect((await expectStatus(t.as('sales').post(`/api/sales-channel/items/${ops.id}/acknowledge`, {}), 200)).acknowledgements).toHaveLength(1);
    for (const who of ['technician', 'owner']) {
      expect((await post(who, { kind: 'operationsStatus', title: 't', body: 'b' })).statusCode, who).toBe(403);
      expect((await t.as(who).get(`/api/sales-channel/items/${ops.id}`)).statusCode, who).toBe(403);
    }
    expect((await post('butler2', { kind: 'operationsStatus', title: 't', body: 'b' })).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/sales-channel/items/${ops.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/sales-channel/items/${ops.id}/acknowledge`, {})).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/sales-channel/items?projectId=${p1(t)}`)).statusCode).toBe(404);
    expect((await t.as('admin').get(`/api/sales-channel/items/${ops.id}`)).statusCode).toBe(200);
  });

  it('bad input names the field; nothing is written', async () => {
    const before = (await feed('admin')).total;
    const cases: Array<[Record<string, unknown>, Record<string, RegExp>]> = [
      [{ kind: 'dealSummary', title: ' ', body: '' }, { title: /必填/, body: /必填/ }],
      [{ kind: 'rumour', title: 't', body: 'b' }, { kind: /必须是以下之一/ }],
      [{ kind: 'dealSummary', title: 't', body: 'b', periodStart: '2026-03-10', periodEnd: '2026-03-01' }, { periodEnd: /结束日期不能早于开始日期/ }],
      [{ kind: 'dealSummary', title: 't', body: 'b', periodStart: '2026-02-30' }, { periodStart: /格式不正确/ }],
      [{ kind: 'dealSummary', title: 't', body: 'b', attachmentIds: [await uploadPhoto(t, 'manager')] }, { attachmentIds: /不是您上传的/ }],
    ];
    for (const [body, fields] of cases) {
      const e = await errorOf(post('salesmgr', body));
      expect(e.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(e.fields!).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, why] of Object.entries(fields)) expect(e.fields![field]).toMatch(why);
    }
    expect((await errorOf(post('salesmgr', { kind: 'dealSummary', title: 't', body: 'b', periodStart: '2026-03-10', periodEnd: '2026-03-01' }))).fields).toBeDefined();
    const en = await errorOf(t.as('salesmgr').post('/api/sales-channel/items', { projectId: p1(t), kind: 'dealSummary', title: 't', body: 'b', periodStart: '2026-03-10', periodEnd: '2026-03-01' }, { 'accept-language': 'en' }));
    expect(en.fields).toEqual({ periodEnd: 'The end date cannot be before the start date' });
    expect((await feed('admin')).total).toBe(before);
  });

  it('sales manager: attaches own uploads; the item keeps them per version', async () => {
    const file = await uploadPhoto(t, 'salesmgr');
    const item = await expectStatus(post('salesmgr', { kind: 'salesPlan', title: '四月销售计划', body: '见附件', attachmentIds: [file] }), 201);
    expect(item.attachmentIds).toEqual([file]);
    const edited = await expectStatus(t.as('salesmgr').patch(`/api/sales-channel/items/${item.id}`, { attachmentIds: [], version: 1 }), 200);
    expect(edited.versions.map((v: { attachmentIds: string[] }) => v.attachmentIds)).toEqual([[], [file]]);
  });
});
