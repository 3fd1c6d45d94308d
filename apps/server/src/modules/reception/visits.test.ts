import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countRows, later, NOW, receptionKit, TODAY, type ReceptionKit } from './reception-test-kit.js';

let k: ReceptionKit;
let appointmentId: string;
beforeAll(async () => {
  k = await receptionKit();
  const appts = (await k.t.as('butler').get(`/api/reception/appointments?salesCenterId=${k.center}`)).json().items;
  appointmentId = appts.find((a: { visitorName: string }) => a.visitorName === '王先生').id;
});
afterAll(async () => k.close());

const checkIn = (body: Record<string, unknown>, who = 'butler') => k.t.as(who).post('/api/reception/check-in', body);
const visit = async (id: string, who = 'butler') => (await k.t.as(who).get(`/api/reception/visits/${id}`)).json();
const handOffs = (userId: string) => k.t.ctx.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('kind', '=', 'reception.handOff').orderBy('id').execute();

describe('check-in and hand-off', () => {
  it('butler: checks in 王先生’s appointment; 孙丽 is notified at once, the hand-off is logged and the alert job waits one minute', async () => {
    const before = (await handOffs(k.user('sales'))).length;
    const res = await checkIn({ type: 'appointment', appointmentId, consentRecorded: true, partySize: 3 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id: appointmentId, status: 'waiting', partySize: 3, checkedInAt: NOW.toISOString(), notifiedAt: NOW.toISOString(), secondsWaited: 0, consultant: { name: '销售顾问 孙丽' } });
    const notes = await handOffs(k.user('sales'));
    expect(notes).toHaveLength(before + 1);
    expect(notes.at(-1)).toMatchObject({ title: '客户到访：王先生（预约到访）', body: expect.stringContaining('请尽快出迎'), link: `/reception/my?visit=${appointmentId}` });
    const detail = await visit(appointmentId);
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['create', 'checkIn', 'handOff']);
    expect(detail.events[2].data).toMatchObject({ consultantId: k.user('sales'), notificationIds: [notes.at(-1)!.id] });
    const job = await k.t.ctx.db.selectFrom('jobs').selectAll().where('type', '=', 'reception.raiseHandoffAlert').where('payload', 'like', `%${appointmentId}%`).executeTakeFirstOrThrow();
    expect(job.run_at).toBe(later(60).toISOString());
  });

  it('butler: a walk-in goes to the next free consultant on the roster (孙丽 is busy with 王先生, so 何静)', async () => {
    const w = await k.walkIn({ visitorName: '散客甲', partySize: 2 });
    expect(w).toMatchObject({ status: 'waiting', type: 'walkIn', consultant: { id: k.user('sales2') }, rotationTurn: 1 });
    expect((await handOffs(k.user('sales2'))).at(-1)!.title).toBe('客户到访：散客甲（自然到访）');
  });

  it('butler: a walk-in who asks for a consultant by name goes to them and takes no rotation turn', async () => {
    const w = await k.walkIn({ visitorName: '老客户', consultantId: k.user('sales') });
    expect(w).toMatchObject({ consultant: { id: k.user('sales') }, rotationTurn: null });
    expect((await visit(w.id)).assignedVia).toBe('requested');
  });

  it('butler: a viewing group with its shuttle bus, and a VIP with the protocol checklist', async () => {
    const group = await checkIn({ type: 'viewingGroup', salesCenterId: k.center, visitorName: '浦东看房团', partySize: 18, shuttleBus: true, consentRecorded: false });
    expect(group.statusCode, group.body).toBe(201);
    expect(group.json()).toMatchObject({ type: 'viewingGroup', partySize: 18, shuttleBus: true, consentRecorded: false, visitorPhone: null, consultant: { id: k.user('sales3') } });
    expect(group.json().accompaniment.required).toEqual(['businessCard', 'waterBarDrink', 'shuttleBus', 'farewell']);
    const vip = await checkIn({
      type: 'vip',
      salesCenterId: k.center,
      visitorName: '黄董',
      visitorPhone: '13500001234',
      consultantId: k.user('salesmgr'),
      consentRecorded: true,
      vipChecklist: { items: { showFlatPrepared: true, lightsOn: true, airConditioningOn: true, greeterAtDoor: true }, greeterName: '管家 刘芳' },
    });
    expect(vip.statusCode, vip.body).toBe(201);
    expect(vip.json()).toMatchObject({ type: 'vip', consultant: { name: '销售经理 郑华' }, vipChecklist: { greeterName: '管家 刘芳', items: { lightsOn: true } } });
    expect(vip.json().accompaniment.missing).toEqual(expect.arrayContaining(['vipChecklist', 'showFlatTour']));
  });

  it('bad check-in input names the field and writes nothing', async () => {
    const before = await countRows(k.t, 'reception_visits');
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'walkIn', salesCenterId: k.center, visitorName: '甲' }, 'consentRecorded'],
      [{ type: 'walkIn', salesCenterId: k.center, visitorName: '甲', partySize: 0, consentRecorded: true }, 'partySize'],
      [{ type: 'viewingGroup', salesCenterId: k.center, visitorName: '团', partySize: 1, shuttleBus: false, consentRecorded: true }, 'partySize'],
      [{ type: 'viewingGroup', salesCenterId: k.center, visitorName: '团', partySize: 5, consentRecorded: true }, 'shuttleBus'],
      [{ type: 'teleport', salesCenterId: k.center }, 'type'],
      [{ type: 'walkIn', salesCenterId: k.center, visitorName: '甲', visitorPhone: '13800000000', consentRecorded: false }, 'visitorPhone'],
      [{ type: 'walkIn', salesCenterId: k.center, visitorName: '甲', consultantId: k.user('technician'), consentRecorded: true }, 'consultantId'],
      [{ type: 'vip', salesCenterId: k.center, visitorName: '甲', consentRecorded: true, vipChecklist: { items: { flyingCarpet: true } } }, 'vipChecklist.items.flyingCarpet'],
    ];
    for (const [body, field] of cases) {
      const res = await checkIn(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields), JSON.stringify(body)).toContain(field);
    }
    expect(await countRows(k.t, 'reception_visits')).toBe(before);
  });

  it('butler of project 2: nobody is on the roster there, so a walk-in is 422 saying so; naming a consultant works', async () => {
    const res = await checkIn({ type: 'walkIn', salesCenterId: k.center2, visitorName: '散客', consentRecorded: true }, 'butler2');
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'NO_CONSULTANT_AVAILABLE', details: { reason: 'nobodyOnDuty' }, message: expect.stringContaining('没有值班') });
    const butler2OnP1 = await checkIn({ type: 'walkIn', salesCenterId: k.center, visitorName: '散客', consentRecorded: true }, 'butler2');
    expect(butler2OnP1.statusCode).toBe(404);
  });

  it('only the desk checks visitors in: consultants, the sales manager, company-wide roles, technicians and owners get 403', async () => {
    for (const who of ['sales', 'salesmgr', 'admin', 'regional', 'technician', 'owner', 'marketing']) {
      const res = await checkIn({ type: 'walkIn', salesCenterId: k.center, visitorName: '甲', consentRecorded: true }, who);
      expect(res.statusCode, who).toBe(403);
    }
    // Everyone on duty is busy by now, so the manager names the consultant.
    expect((await checkIn({ type: 'walkIn', salesCenterId: k.center, visitorName: '甲', consultantId: k.user('sales3'), consentRecorded: true }, 'manager')).statusCode).toBe(201);
  });
});

describe('receiving the visitor and the journey', () => {
  it('sales consultant: marks own visitor received from the phone; a colleague cannot see the visit (404)', async () => {
    vi.setSystemTime(later(42));
    expect((await k.t.as('sales2').post(`/api/reception/visits/${appointmentId}/receive`, {})).statusCode).toBe(404);
    const res = await k.t.as('sales').post(`/api/reception/visits/${appointmentId}/receive`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'received', alreadyReceived: false, receivedAt: later(42).toISOString(), secondsWaited: 42 });
  });

  it('a second press (or the butler at the same time) is answered as received, with one history row only', async () => {
    const res = await k.t.as('butler').post(`/api/reception/visits/${appointmentId}/receive`, {});
    expect(res.json()).toMatchObject({ status: 'received', alreadyReceived: true });
    const rows = await k.t.ctx.db.selectFrom('reception_visit_events').select('action').where('visit_id', '=', appointmentId).where('action', '=', 'receive').execute();
    expect(rows).toHaveLength(1);
    expect((await k.t.as('sales3').post(`/api/reception/visits/${appointmentId}/receive`, {})).statusCode).toBe(404);
  });

  it('butler and the consultant record the journey with times and who; the accompaniment completes at a farewell with the closing question', async () => {
    vi.setSystemTime(later(120));
    const step = (who: string, body: Record<string, unknown>) => k.t.as(who).post(`/api/reception/visits/${appointmentId}/steps`, body);
    expect((await step('butler', { step: 'businessCard' })).statusCode).toBe(200);
    expect((await step('butler', { step: 'waterBarDrink', note: '柠檬水' })).statusCode).toBe(200);
    expect((await step('sales', { step: 'showFlatTour' })).statusCode).toBe(200);
    const bad = await step('butler', { step: 'farewell' });
    expect(Object.keys(bad.json().error.fields)).toEqual(['step']);
    expect((await step('sales2', { step: 'projectTour' })).statusCode).toBe(404);
    const v = await visit(appointmentId);
    expect(v.journey.map((j: { step: string; by: { name: string } }) => [j.step, j.by.name])).toEqual([
      ['businessCard', '管家 刘芳'],
      ['waterBarDrink', '管家 刘芳'],
      ['showFlatTour', '销售顾问 孙丽'],
    ]);
    expect(v.journey[1]).toMatchObject({ note: '柠檬水', at: later(120).toISOString() });
    expect(v.accompaniment).toMatchObject({ applicable: true, complete: false, missing: ['farewell'] });
    expect((await k.t.as('sales').post(`/api/reception/visits/${appointmentId}/farewell`, { closingQuestionAsked: true })).statusCode).toBe(403);
    const bye = await k.t.as('butler').post(`/api/reception/visits/${appointmentId}/farewell`, { closingQuestionAsked: true });
    expect(bye.statusCode, bye.body).toBe(200);
    expect(bye.json()).toMatchObject({ status: 'departed', closingQuestionAsked: true, accompaniment: { complete: true, missing: [] } });
    expect(bye.json().journey.at(-1)).toMatchObject({ step: 'farewell', by: { name: '管家 刘芳' } });
  });

  it('a farewell without the closing question leaves the accompaniment incomplete; the history filters on completeness', async () => {
    const w = await k.walkIn({ visitorName: '匆忙客户', consultantId: k.user('sales3') });
    await k.t.as('butler').post(`/api/reception/visits/${w.id}/receive`, {});
    await k.t.as('butler').post(`/api/reception/visits/${w.id}/steps`, { step: 'businessCard' });
    await k.t.as('butler').post(`/api/reception/visits/${w.id}/steps`, { step: 'waterBarDrink', outcome: 'declined' });
    const bye = await k.t.as('butler').post(`/api/reception/visits/${w.id}/farewell`, { closingQuestionAsked: false });
    expect(bye.json().accompaniment).toMatchObject({ complete: false, missing: ['closingQuestion'] });
    const ids = async (complete: string) =>
      (await k.t.as('manager').get(`/api/reception/visits?salesCenterId=${k.center}&complete=${complete}&pageSize=200`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('true')).toContain(appointmentId);
    expect(await ids('true')).not.toContain(w.id);
    expect(await ids('false')).toContain(w.id);
  });

  it('forbidden moves are 409 naming the state: a farewell before the consultant came, a step after the farewell', async () => {
    const w = await k.walkIn({ visitorName: '等候中', consultantId: k.user('sales3') });
    const early = await k.t.as('butler').post(`/api/reception/visits/${w.id}/farewell`, { closingQuestionAsked: true });
    expect([early.statusCode, early.json().error.code, early.json().error.details]).toEqual([409, 'FORBIDDEN_TRANSITION', { entity: 'visit', from: 'waiting', action: 'depart' }]);
    const after = await k.t.as('butler').post(`/api/reception/visits/${appointmentId}/steps`, { step: 'umbrella' });
    expect(after.json().error.message).toBe('来访当前为“已送别”，不能执行“记录服务环节”，请刷新后查看最新状态');
  });

  it('butler: a visitor who left before anyone came is cancelled with a reason and leaves the board', async () => {
    const w = await k.walkIn({ visitorName: '先走了', consultantId: k.user('sales3') });
    expect((await k.t.as('butler').post(`/api/reception/visits/${w.id}/cancel`, {})).json().error.fields).toEqual({ reason: expect.any(String) });
    const res = await k.t.as('butler').post(`/api/reception/visits/${w.id}/cancel`, { reason: '客户有急事先离开' });
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: '客户有急事先离开', accompaniment: { applicable: false } });
    const board = (await k.t.as('butler').get(`/api/reception/board?salesCenterId=${k.center}`)).json();
    expect(board.onSite.map((v: { id: string }) => v.id)).not.toContain(w.id);
  });

  it('VIP checklist: only the desk updates it, only on a VIP visit; completing it clears the gap', async () => {
    const board = (await k.t.as('butler').get(`/api/reception/board?salesCenterId=${k.center}`)).json();
    const vip = board.vips.find((v: { visitorName: string }) => v.visitorName === '黄董');
    const items = { vipAreaReserved: true, showFlatPrepared: true, lightsOn: true, airConditioningOn: true, greeterAtDoor: true, waterBarReady: true, consultantBriefed: true };
    expect((await k.t.as('salesmgr').put(`/api/reception/visits/${vip.id}/vip-checklist`, { items, greeterName: '刘芳' })).statusCode).toBe(403);
    const res = await k.t.as('butler').put(`/api/reception/visits/${vip.id}/vip-checklist`, { items, greeterName: '刘芳' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().accompaniment.missing).not.toContain('vipChecklist');
    const notVip = await k.t.as('butler').put(`/api/reception/visits/${board.onSite.find((v: { type: string }) => v.type === 'walkIn').id}/vip-checklist`, { items });
    expect([notVip.statusCode, notVip.json().error.code]).toEqual([422, 'NOT_A_VIP_VISIT']);
  });
});

describe('what each role sees', () => {
  it('the visitor’s phone: masked for all; the desk and the visitor’s own consultant reveal it, each read logged; others cannot', async () => {
    const id = (await checkIn({ type: 'walkIn', salesCenterId: k.center, visitorName: '隐私客户', visitorPhone: '13912345678', consultantId: k.user('sales2'), consentRecorded: true })).json().id;
    const shown = async (who: string) => {
      const v = await visit(id, who);
      return [v.visitorPhone, v.visitorPhoneRevealable];
    };
    for (const who of ['butler', 'manager', 'sales2']) expect(await shown(who), who).toEqual(['139****5678', true]);
    for (const who of ['salesmgr', 'admin', 'regional']) expect(await shown(who), who).toEqual(['139****5678', false]);
    const reveal = (who: string, body: Record<string, unknown> = { subjectType: 'visit', visitId: id, field: 'phone', purpose: '约看房' }) =>
      k.t.as(who).post('/api/personal-data/reveal', body);
    const logged = async () => (await k.t.ctx.db.selectFrom('personal_data_reads').select(['staff_user_id', 'owner_id', 'subject_type', 'field', 'purpose']).where('subject_id', '=', id).execute()).sort((a, b) => a.staff_user_id.localeCompare(b.staff_user_id));
    for (const who of ['butler', 'sales2']) {
      const res = await reveal(who);
      expect([res.statusCode, res.json().value], who).toEqual([200, '13912345678']);
    }
    expect(await logged()).toEqual([k.user('butler'), k.user('sales2')].sort().map((staff) => ({ staff_user_id: staff, owner_id: null, subject_type: 'visit', field: 'phone', purpose: '约看房' })));
    for (const who of ['salesmgr', 'admin']) expect((await reveal(who)).statusCode, who).toBe(403);
    expect((await reveal('sales')).statusCode).toBe(404);
    expect((await reveal('butler2')).statusCode).toBe(404);
    expect((await reveal('butler', { subjectType: 'visit', visitId: id, field: 'idNumber' })).statusCode).toBe(400);
    expect(await logged()).toHaveLength(2);
    const names = (await k.t.as('admin').get(`/api/personal-data/reads?projectId=${k.p1}`)).json().items.filter((r: { subjectId: string }) => r.subjectId === id);
    expect(names.map((r: { personName: string; subjectType: string }) => [r.personName, r.subjectType])).toEqual([['隐私客户', 'visit'], ['隐私客户', 'visit']]);
    expect((await k.t.as('sales').get(`/api/reception/visits/${id}`)).statusCode).toBe(404);
    expect((await k.t.as('butler2').get(`/api/reception/visits/${id}`)).statusCode).toBe(404);
    expect((await k.t.as('technician').get(`/api/reception/visits/${id}`)).statusCode).toBe(403);
  });

  it('sales consultant: my-visits lists only their own visitors and hand-offs, never a colleague’s', async () => {
    const mine = await k.t.as('sales').get('/api/reception/my-visits');
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body.date).toBe(TODAY);
    expect(new Set(body.items.map((v: { consultant: { id: string } }) => v.consultant.id))).toEqual(new Set([k.user('sales')]));
    expect(body.items.map((v: { visitorName: string }) => v.visitorName)).toEqual(expect.arrayContaining(['王先生', '老客户']));
    expect(body.handOffs.map((h: { visitorName: string }) => h.visitorName)).toEqual(expect.arrayContaining(['王先生', '老客户']));
    expect(body.items.map((v: { visitorName: string }) => v.visitorName)).not.toContain('散客甲');
    const theirs = (await k.t.as('sales2').get('/api/reception/my-visits')).json();
    expect(theirs.items.map((v: { visitorName: string }) => v.visitorName)).toContain('散客甲');
    expect(theirs.items.map((v: { visitorName: string }) => v.visitorName)).not.toContain('王先生');
    for (const who of ['butler', 'technician', 'owner']) expect((await k.t.as(who).get('/api/reception/my-visits')).statusCode, who).toBe(403);
    expect((await k.t.as('sales').get(`/api/reception/board?salesCenterId=${k.center}`)).statusCode).toBe(403);
    expect((await k.t.as('sales').get(`/api/reception/visits?salesCenterId=${k.center}`)).statusCode).toBe(403);
  });

  it('the board: today’s appointments, visitors on site with seconds waited, VIPs and the rotation', async () => {
    vi.setSystemTime(later(300));
    const board = (await k.t.as('butler').get(`/api/reception/board?salesCenterId=${k.center}`)).json();
    expect(board).toMatchObject({ date: TODAY, now: later(300).toISOString(), alertThresholdSeconds: 60, salesCenter: { id: k.center, projectId: k.p1 } });
    expect(board.appointments.every((v: { status: string }) => ['expected', 'noShow'].includes(v.status))).toBe(true);
    expect(board.appointments.map((v: { visitorName: string }) => v.visitorName)).toContain('李女士');
    const waiting = board.onSite.find((v: { visitorName: string }) => v.visitorName === '散客甲');
    expect(waiting).toMatchObject({ status: 'waiting', secondsWaited: 300, consultant: { name: '销售顾问 何静' } });
    expect(board.vips.map((v: { visitorName: string }) => v.visitorName)).toEqual(expect.arrayContaining(['黄董', '陈总']));
    expect(board.departedCount).toBeGreaterThanOrEqual(2);
    expect(board.rotation.standings.map((s: { consultantName: string }) => s.consultantName).sort()).toEqual(['销售顾问 何静', '销售顾问 孙丽', '销售顾问 马超'].sort());
    const sm = (await k.t.as('salesmgr').get(`/api/reception/board?salesCenterId=${k.center}`)).json();
    expect(sm.onSite.find((v: { visitorName: string }) => v.visitorName === '散客甲').allowedActions).toEqual(['reassign']);
  });
});
