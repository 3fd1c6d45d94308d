import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inTransaction } from '../../platform/db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { markOnboardingItem } from './mark-onboarding-item.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const unitId = async (code: string, projectId = p1) => (await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', projectId).where('code', '=', code).executeTakeFirstOrThrow()).id;
const record = async (who: string, body: Record<string, unknown>, headers?: Record<string, string>) => t.as(who).post(`/api/projects/${p1}/deals`, body, headers);
const dealOn = async (code: string, patch: Record<string, unknown> = {}) => ({
  unitId: await unitId(code),
  buyer: { name: '王立新', phone: '13511112222', idNumber: '310101199001011234' },
  coBuyers: [],
  signingDate: '2026-03-01',
  ...patch,
});
const membersOf = async (householdId: string) =>
  (
    await t.ctx.db
      .selectFrom('household_members as m')
      .innerJoin('owners as o', 'o.id', 'm.owner_id')
      .select(['o.name', 'm.relation'])
      .where('m.household_id', '=', householdId)
      .orderBy('m.created_at')
      .orderBy('m.id')
      .execute()
  ).map((m) => `${m.name}:${m.relation}`);
const list = async (who: string, query = '') => t.as(who).get(`/api/projects/${p1}/deals${query}`);
const buyers = async (query = '') => ((await list('butler', query)).json().items as { buyer: { name: string } }[]).map((d) => d.buyer.name);

describe('deals: recording creates owners, the household and the checklist', () => {
  it('demo: project 1 has three deals, one fully onboarded; 吴先生 in 1-101 is untouched', async () => {
    expect((await buyers()).sort()).toEqual(['周雨桐', '陈建国', '黄志明'].sort());
    expect(await buyers('?onboarding=complete')).toEqual(['黄志明']);
    expect((await buyers('?onboarding=incomplete')).sort()).toEqual(['周雨桐', '陈建国'].sort());
    expect(await membersOf(t.demo.ownerHouseholdId)).toEqual(['吴先生:owner']);
  });

  it('sales consultant: records a deal with a co-buyer; sees the numbers masked; owners, household, members, checklist, history and audit are written; the butler is told', async () => {
    const res = await record('sales', {
      ...(await dealOn('1-102')),
      coBuyers: [{ name: '赵敏', phone: '13522223333' }],
      contractNumber: 'HT-T-001',
      salesConsultantName: '孙丽',
      butlerId: t.demo.users.butler,
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      status: 'recorded',
      source: 'web',
      signingDate: '2026-03-01',
      contractNumber: 'HT-T-001',
      buyer: { name: '王立新', phone: '135****2222', idNumber: '3101**********1234' },
      coBuyers: [{ name: '赵敏', phone: '135****3333', idNumber: null }],
      personalDataMasked: true,
      unit: { code: '1-102', buildingCode: '1' },
      butler: { id: t.demo.users.butler },
      recordedBy: { name: '销售顾问 孙丽' },
      onboarding: { done: 0, todo: 8, total: 8, complete: false },
      allowedActions: [],
    });
    expect(d.checklist.map((i: { item: string; label: string; status: string }) => [i.item, i.status])[0]).toEqual(['welcomeCall', 'todo']);
    expect(d.checklist.map((i: { label: string }) => i.label)).toContain('前期物业服务协议已签');
    expect(d.history.map((h: { action: string }) => h.action)).toEqual(['record']);
    expect(await membersOf(d.householdId)).toEqual(['王立新:owner', '赵敏:coOwner']);
    const owner = await t.ctx.db.selectFrom('owners').selectAll().where('id', '=', d.buyer.ownerId).executeTakeFirstOrThrow();
    expect([owner.phone, owner.id_number, owner.project_id]).toEqual(['13511112222', '310101199001011234', p1]);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['entity_type', 'action']).where('entity_id', '=', d.id).execute();
    expect(audit).toEqual([{ entity_type: 'deal', action: 'create' }]);
    const note = await t.ctx.db.selectFrom('notifications').select(['title', 'link']).where('user_id', '=', t.demo.users.butler).where('link', '=', `/deals?deal=${d.id}`).executeTakeFirst();
    expect(note?.title).toContain('1-102 王立新');
    const full = (await t.as('butler').get(`/api/deals/${d.id}`)).json();
    // The property side sees masks too and may reveal a number, each reveal logged (personal-data module).
    expect([full.buyer.phone, full.coBuyers[0].phone, full.personalDataMasked, full.personalDataRevealable]).toEqual(['135****2222', '135****3333', true, true]);
    const revealed = await t.as('butler').post('/api/personal-data/reveal', { subjectType: 'deal', dealId: d.id, ownerId: full.coBuyers[0].ownerId, field: 'phone' });
    expect(revealed.json().value).toBe('13522223333');
    expect(full.allowedActions).toEqual(['edit', 'cancel', 'assignButler', 'tickOnboarding']);
  });

  it('butler: a second deal of the same buyer (same ID number, new phone) reuses and updates the owner; a buyer without ID is found by phone and name', async () => {
    const first = (await record('butler', await dealOn('1-201', { buyer: { name: '钱多多', phone: '13600000001', idNumber: '11010119850101002X' } }))).json();
    const second = (await record('butler', await dealOn('1-202', { buyer: { name: '钱多多', phone: '13600000009', idNumber: '11010119850101002x' } }))).json();
    expect(second.buyer.ownerId).toBe(first.buyer.ownerId);
    const owner = await t.ctx.db.selectFrom('owners').select(['phone', 'version']).where('id', '=', first.buyer.ownerId).executeTakeFirstOrThrow();
    expect(owner).toEqual({ phone: '13600000009', version: 2 });
    const a = (await record('butler', await dealOn('1-301', { buyer: { name: '孙小美', phone: '13600000002' } }))).json();
    const b = (await record('butler', await dealOn('1-302', { buyer: { name: '孙小美', phone: '13600000002', idNumber: '310101199202020022' } }))).json();
    expect(b.buyer.ownerId).toBe(a.buyer.ownerId);
    // Same phone, another name: another person.
    const c = (await record('butler', await dealOn('1-401', { buyer: { name: '孙大美', phone: '13600000002' } }))).json();
    expect(c.buyer.ownerId).not.toBe(a.buyer.ownerId);
  });

  it('anyone recording: another owner on the unit refuses the deal (422) until the earlier deal is cancelled; the household is then reused and the old owner row kept', async () => {
    const onWu = await record('butler', await dealOn('1-101', { buyer: { name: '冯某', phone: '13700000001' } }));
    expect([onWu.statusCode, onWu.json().error.code]).toEqual([422, 'UNIT_HAS_OTHER_OWNER']);
    expect(onWu.json().error.message).toBe('房屋 1-101 已登记业主 吴先生，须先撤销其成交记录');

    const earlier = (await record('sales', await dealOn('1-402', { buyer: { name: '蒋一', phone: '13700000002' } }))).json();
    const second = await record('butler', await dealOn('1-402', { buyer: { name: '沈二', phone: '13700000003' } }));
    expect([second.statusCode, second.json().error.code]).toEqual([422, 'UNIT_HAS_OTHER_OWNER']);
    // The same buyer signing again on the unit is not refused.
    expect((await record('butler', await dealOn('1-402', { buyer: { name: '蒋一', phone: '13700000002' } }))).statusCode).toBe(201);
    const cancelledAgain = async () => {
      const ids = (await t.ctx.db.selectFrom('deals').select(['id', 'version']).where('household_id', '=', earlier.householdId).where('status', '=', 'recorded').execute());
      for (const d of ids) expect((await t.as('manager').post(`/api/deals/${d.id}/cancel`, { reason: 'returned', note: '客户退房', version: d.version })).statusCode).toBe(200);
    };
    await cancelledAgain();
    const cancelled = (await t.as('butler').get(`/api/deals/${earlier.id}`)).json();
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelKind: 'returned', cancelReason: '客户退房', allowedActions: [] });
    expect(cancelled.history.map((h: { action: string }) => h.action)).toEqual(['record', 'cancel']);
    expect((await t.as('butler').post(`/api/deals/${earlier.id}/cancel`, { reason: 'entryError' })).statusCode).toBe(409);

    const after = await record('butler', await dealOn('1-402', { buyer: { name: '沈二', phone: '13700000003' } }));
    expect(after.statusCode, after.body).toBe(201);
    expect(after.json().householdId).toBe(earlier.householdId);
    expect(await membersOf(earlier.householdId)).toEqual(['沈二:owner']);
    expect(await t.ctx.db.selectFrom('owners').select('id').where('id', '=', earlier.buyer.ownerId).executeTakeFirst()).toBeTruthy();
  });

  it('contract number and externalRef are unique per project (409 naming the field)', async () => {
    const res = await record('butler', await dealOn('1-501', { buyer: { name: '韩梅', phone: '13700000011' }, contractNumber: 'HT-T-001' }));
    expect([res.statusCode, res.json().error.fields]).toEqual([409, { contractNumber: '已被另一条成交记录使用' }]);
    expect((await record('butler', await dealOn('1-501', { buyer: { name: '韩梅', phone: '13700000011' }, externalRef: 'CRM-1' }))).statusCode).toBe(201);
    const dup = await record('butler', await dealOn('1-502', { buyer: { name: '韩梅', phone: '13700000011' }, externalRef: 'CRM-1' }));
    expect([dup.statusCode, dup.json().error.fields]).toEqual([409, { externalRef: '已被另一条成交记录使用' }]);
  });

  it('bad input names the fields in Chinese or English, and nothing is written', async () => {
    const count = async () => Number((await t.ctx.db.selectFrom('deals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = await record('butler', { unitId: '', buyer: { name: '', phone: 'x' }, signingDate: '2026-02-30', coBuyers: Array(6).fill({ name: '甲' }) });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['buyer.name', 'buyer.phone', 'coBuyers', 'signingDate', 'unitId']);
    const future = await record('butler', await dealOn('1-502', { signingDate: '2026-03-03', coBuyers: [{ name: '王立新', phone: '13511112222' }] }));
    expect([future.statusCode, future.json().error.fields]).toEqual([400, { signingDate: '签约日期不能晚于今天', 'coBuyers.0': '与买受人或其他共同买受人重复' }]);
    const other = await record('butler', { ...(await dealOn('1-502')), unitId: await unitId('1-502', p2), butlerId: t.demo.users.butler2 }, { 'accept-language': 'en' });
    expect(other.json().error.fields).toEqual({ unitId: 'This unit does not belong to the project', butlerId: "Choose one of the project's butlers" });
    expect(await count()).toBe(before);
  });

  it('who: property side and the project’s sales side record; technicians, marketing and owners 403; project-2 staff 404; sales may not tick or cancel', async () => {
    expect((await record('salesmgr', await dealOn('1-601', { buyer: { name: '许三', phone: '13700000021' } }))).statusCode).toBe(201);
    for (const who of ['technician', 'marketing', 'owner']) expect((await record(who, await dealOn('1-602'))).statusCode, who).toBe(403);
    expect((await record('butler2', await dealOn('1-602'))).statusCode).toBe(404);
    const id = (await list('butler')).json().items[0].id;
    expect((await t.as('butler2').get(`/api/deals/${id}`)).statusCode).toBe(404);
    expect((await t.as('sales').patch(`/api/deals/${id}/onboarding/welcomeCall`, { status: 'done' })).statusCode).toBe(403);
    expect((await t.as('sales').post(`/api/deals/${id}/cancel`, { reason: 'returned' })).statusCode).toBe(403);
    expect((await t.as(null).get(`/api/deals/${id}`)).statusCode).toBe(401);
  });
});

describe('deals: the onboarding checklist', () => {
  let dealId: string;
  beforeAll(async () => {
    dealId = (await record('butler', await dealOn('2-101', { buyer: { name: '杨帆', phone: '13800000031' } }))).json().id;
  });
  const tick = (item: string, body: Record<string, unknown>, who = 'butler') => t.as(who).patch(`/api/deals/${dealId}/onboarding/${item}`, body);

  it('butler: ticks an item with its version; a stale version is 409; the same status again is 409', async () => {
    const res = await tick('welcomeCall', { status: 'done', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json().checklist.find((i: { item: string }) => i.item === 'welcomeCall');
    expect(item).toMatchObject({ status: 'done', doneBy: { name: '管家 刘芳' }, doneAt: NOW.toISOString(), version: 2 });
    expect(res.json().onboarding).toMatchObject({ done: 1, todo: 7 });
    expect((await tick('welcomeCall', { status: 'todo', version: 1 })).json().error.code).toBe('STALE_UPDATE');
    expect((await tick('welcomeCall', { status: 'done', version: 2 })).json().error.code).toBe('FORBIDDEN_TRANSITION');
    const undo = await tick('welcomeCall', { status: 'todo', version: 2 }, 'manager');
    expect(undo.json().checklist[0]).toMatchObject({ status: 'todo', doneBy: null, doneAt: null });
  });

  it('butler: not applicable needs a reason; then back to todo; history names each move', async () => {
    const bad = await tick('renovationRules', { status: 'notApplicable' });
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { reason: '请填写不适用的原因' }]);
    const ok = await tick('renovationRules', { status: 'notApplicable', reason: '精装交付' });
    expect(ok.json().checklist.find((i: { item: string }) => i.item === 'renovationRules')).toMatchObject({ status: 'notApplicable', reason: '精装交付' });
    expect((await tick('nonsense', { status: 'done' })).statusCode).toBe(400);
    const detail = (await t.as('butler').get(`/api/deals/${dealId}`)).json();
    expect(detail.history.filter((h: { action: string }) => h.action === 'onboarding').map((h: { data: { action: string } }) => h.data.action)).toEqual(['complete', 'reopen', 'skip']);
  });

  it('manager: assigns the butler later and the butler is told; a project-2 butler is refused', async () => {
    const res = await t.as('manager').patch(`/api/deals/${dealId}/butler`, { butlerId: t.demo.users.butler });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().butler.id).toBe(t.demo.users.butler);
    expect(await t.ctx.db.selectFrom('notifications').select('id').where('link', '=', `/deals?deal=${dealId}`).executeTakeFirst()).toBeTruthy();
    const bad = await t.as('manager').patch(`/api/deals/${dealId}/butler`, { butlerId: t.demo.users.butler2 });
    expect(bad.json().error.fields).toEqual({ butlerId: '请选择本项目的物业管家' });
    expect((await t.as('sales').get(`/api/projects/${p1}/deal-butlers`)).json().items).toEqual([{ id: t.demo.users.butler, name: '管家 刘芳' }]);
  });

  it('markOnboardingItem: another module’s transaction ticks the buyer’s open deals; no deal or already settled is a no-op', async () => {
    const ownerId = (await t.as('butler').get(`/api/deals/${dealId}`)).json().buyer.ownerId;
    const at = '2026-03-02T01:00:00.000Z';
    expect(await inTransaction(t.ctx.db, (trx) => markOnboardingItem(trx, { projectId: p1, ownerId, item: 'preliminaryServiceAgreement', at }))).toBe(1);
    expect(await inTransaction(t.ctx.db, (trx) => markOnboardingItem(trx, { projectId: p1, ownerId, item: 'preliminaryServiceAgreement', at }))).toBe(0);
    expect(await inTransaction(t.ctx.db, (trx) => markOnboardingItem(trx, { projectId: p1, ownerId, item: 'renovationRules', at }))).toBe(0);
    expect(await inTransaction(t.ctx.db, (trx) => markOnboardingItem(trx, { projectId: p1, ownerId: 'nobody', item: 'welcomeCall', at }))).toBe(0);
    const detail = (await t.as('butler').get(`/api/deals/${dealId}`)).json();
    expect(detail.checklist.find((i: { item: string }) => i.item === 'preliminaryServiceAgreement')).toMatchObject({ status: 'done', doneAt: at, doneBy: null });
    expect(detail.checklist.find((i: { item: string }) => i.item === 'renovationRules').status).toBe('notApplicable');
    expect(detail.history.at(-1)).toMatchObject({ action: 'onboarding', actor: null, data: { item: 'preliminaryServiceAgreement', automatic: true } });
  });

  it('a cancelled deal’s checklist cannot be ticked (422)', async () => {
    await t.as('butler').post(`/api/deals/${dealId}/cancel`, { reason: 'entryError' });
    expect((await tick('welcomeCall', { status: 'done' })).statusCode).toBe(422);
  });
});

describe('deals: the list', () => {
  it('filters by status, building, signing dates and search; a reversed range is 400', async () => {
    expect(await buyers('?status=cancelled')).toEqual(expect.arrayContaining(['杨帆', '蒋一']));
    expect(await buyers('?status=cancelled')).not.toContain('沈二');
    const b2 = (await t.ctx.db.selectFrom('buildings').select('id').where('project_id', '=', p1).where('code', '=', '2').executeTakeFirstOrThrow()).id;
    expect(await buyers(`?buildingId=${b2}`)).toEqual(['杨帆']);
    expect(await buyers('?from=2026-02-01&to=2026-02-28')).toEqual(expect.arrayContaining(['陈建国', '黄志明']));
    expect(await buyers('?from=2026-02-01&to=2026-02-28')).not.toContain('王立新');
    expect(await buyers('?q=HT-T-001')).toEqual(['王立新']);
    const bad = await list('butler', '?from=2026-03-02&to=2026-03-01');
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { to: '结束日期不能早于开始日期' }]);
  });

  it('masking: buyers’ numbers masked for everyone; the property side may reveal them (logged), the sales side may not', async () => {
    const phones = async (who: string) => ((await list(who, '?q=陈建国')).json().items as { buyer: { phone: string }; personalDataRevealable: boolean }[]).map((d) => [d.buyer.phone, d.personalDataRevealable]);
    for (const who of ['butler', 'manager', 'admin', 'regional']) expect(await phones(who), who).toEqual([['137****4501', true]]);
    for (const who of ['sales', 'salesmgr']) expect(await phones(who), who).toEqual([['137****4501', false]]);
    for (const who of ['technician', 'marketing', 'owner']) expect((await list(who)).statusCode, who).toBe(403);
  });
});
