import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, receptionKit, TODAY, type ReceptionKit } from './reception-test-kit.js';

let k: ReceptionKit;
beforeAll(async () => {
  k = await receptionKit();
});
afterAll(async () => k.close());

const book = (who: string, body: Record<string, unknown> = {}) =>
  k.t.as(who).post('/api/reception/appointments', {
    salesCenterId: k.center,
    visitorName: '周女士',
    visitorPhone: '13611112222',
    consultantId: k.user('sales'),
    date: TODAY,
    time: '11:00',
    consentRecorded: true,
    ...body,
  });
const list = async (who: string, query = '') => k.t.as(who).get(`/api/reception/appointments?salesCenterId=${k.center}${query}`);

describe('appointments', () => {
  it('demo: today’s appointments of project 1 are seeded, one of them with 孙丽', async () => {
    const res = await list('butler');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { visitorName: string; consultant: { name: string }; status: string; appointmentAt: string }[];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.find((i) => i.visitorName === '王先生')).toMatchObject({ consultant: { name: '销售顾问 孙丽' }, status: 'expected', appointmentAt: '2026-03-02T02:30:00.000Z' });
    // In time order.
    expect(items.map((i) => i.appointmentAt)).toEqual([...items.map((i) => i.appointmentAt)].sort());
  });

  it('butler: books an appointment for 孙丽, audited with its history; it is found by name or by phone', async () => {
    const res = await book('butler');
    expect(res.statusCode, res.body).toBe(201);
    const visit = res.json();
    expect(visit).toMatchObject({ type: 'appointment', status: 'expected', visitorName: '周女士', visitorPhone: '136****2222', visitorPhoneRevealable: true, consultant: { id: k.user('sales') }, assignedVia: 'appointment', appointmentAt: '2026-03-02T03:00:00.000Z', visitDate: TODAY });
    expect(visit.allowedActions).toEqual(expect.arrayContaining(['checkIn', 'reschedule', 'cancel', 'markNoShow']));
    const audit = await k.t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', visit.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['visit.create']);
    expect((await list('butler', '&q=周女')).json().items.map((i: { id: string }) => i.id)).toEqual([visit.id]);
    expect((await list('butler', '&q=1361111')).json().items.map((i: { id: string }) => i.id)).toEqual([visit.id]);
  });

  it('sales manager: sees the phone masked and cannot find a visitor by a phone number', async () => {
    const items = (await list('salesmgr', '&q=周女')).json().items;
    expect([items[0].visitorPhone, items[0].visitorPhoneRevealable]).toEqual(['136****2222', false]);
    expect((await list('salesmgr', '&q=1361111')).json().items).toEqual([]);
  });

  it('sales consultant: books for themself; booking for a colleague is 403; sees only own appointments', async () => {
    const own = await book('sales2', { consultantId: k.user('sales2'), visitorName: '吴先生', time: '17:00' });
    expect(own.statusCode, own.body).toBe(201);
    const other = await book('sales2', { consultantId: k.user('sales') });
    expect(other.statusCode).toBe(403);
    const names = (await list('sales2')).json().items.map((i: { visitorName: string; consultant: { id: string } }) => i.consultant.id);
    expect(new Set(names)).toEqual(new Set([k.user('sales2')]));
    expect((await list('sales2')).json().items.map((i: { visitorPhone: string; visitorPhoneRevealable: boolean }) => [i.visitorPhone, i.visitorPhoneRevealable])).toContainEqual(['136****2222', true]);
  });

  it('bad input: every bad field is named in the user’s language, and nothing is written', async () => {
    const before = await countRows(k.t, 'reception_visits');
    const bad = await k.t.as('butler').post('/api/reception/appointments', { salesCenterId: k.center, visitorName: ' ', consultantId: k.user('sales'), date: '2026-02-30', time: '25:00', partySize: 0 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['consentRecorded', 'date', 'partySize', 'time', 'visitorName']);
    expect(bad.json().error.fields.time).toBe('请输入 HH:MM 格式的时间，如 14:30');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ consultantId: k.user('technician') }, 'consultantId', /不是本项目的销售/],
      [{ consultantId: k.user('butler') }, 'consultantId', /不是本项目的销售/],
      [{ consentRecorded: false }, 'visitorPhone', /未同意/],
      [{ date: '2026-03-01' }, 'date', /不能早于今天/],
      [{ visitorPhone: '12ab' }, 'visitorPhone', /格式/],
    ];
    for (const [patch, field, why] of cases) {
      const res = await book('butler', patch);
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
      expect(res.json().error.fields[field]).toMatch(why);
    }
    const english = await k.t.as('butler').post('/api/reception/appointments', { salesCenterId: k.center, visitorName: '周女士', consultantId: k.user('sales'), date: TODAY, time: '9点', consentRecorded: true }, { 'accept-language': 'en' });
    expect(english.json().error.fields.time).toBe('Enter a time as HH:MM, e.g. 14:30');
    expect(await countRows(k.t, 'reception_visits')).toBe(before);
  });

  it('visibility: another project’s butler gets 404; technicians, owners and marketing get 403', async () => {
    expect((await list('butler2')).statusCode).toBe(404);
    expect((await book('butler2')).statusCode).toBe(404);
    for (const who of ['technician', 'owner', 'marketing']) {
      expect((await list(who)).statusCode, who).toBe(403);
      expect((await book(who)).statusCode, who).toBe(403);
    }
    expect((await list('regional')).statusCode).toBe(200);
    expect((await book('regional')).statusCode).toBe(403);
  });

  it('sales consultant: reschedules own appointment; a colleague cannot; a stale version is 409', async () => {
    const visit = (await book('sales', { visitorName: '钱先生', time: '13:00' })).json();
    const moved = await k.t.as('sales').patch(`/api/reception/appointments/${visit.id}`, { time: '13:30', partySize: 3, version: visit.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ appointmentAt: '2026-03-02T05:30:00.000Z', partySize: 3, version: visit.version + 1 });
    expect((await k.t.as('sales').patch(`/api/reception/appointments/${visit.id}`, { time: '14:00', version: visit.version })).json().error.code).toBe('STALE_UPDATE');
    expect((await k.t.as('sales3').patch(`/api/reception/appointments/${visit.id}`, { time: '14:00' })).statusCode).toBe(404);
    const events = await k.t.ctx.db.selectFrom('reception_visit_events').select('action').where('visit_id', '=', visit.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'reschedule']);
  });

  it('cancel needs a reason; a cancelled appointment cannot be checked in (409 naming the state)', async () => {
    const visit = (await book('butler', { visitorName: '孔先生' })).json();
    const noReason = await k.t.as('sales').post(`/api/reception/appointments/${visit.id}/cancel`, { reason: '  ' });
    expect(noReason.json().error.fields).toEqual({ reason: expect.any(String) });
    const cancelled = await k.t.as('sales').post(`/api/reception/appointments/${visit.id}/cancel`, { reason: '客户改期' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '客户改期' });
    const checkIn = await k.t.as('butler').post('/api/reception/check-in', { type: 'appointment', appointmentId: visit.id, consentRecorded: true });
    expect(checkIn.statusCode).toBe(409);
    expect(checkIn.json().error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', message: '来访当前为“已取消”，不能执行“登记到访”，请刷新后查看最新状态' });
  });

  it('butler: marks a no-show; the visitor turning up late is still checked in', async () => {
    const visit = (await book('butler', { visitorName: '郝女士' })).json();
    expect((await k.t.as('sales').post(`/api/reception/appointments/${visit.id}/no-show`, {})).statusCode).toBe(403);
    const noShow = await k.t.as('butler').post(`/api/reception/appointments/${visit.id}/no-show`, {});
    expect(noShow.json().status).toBe('noShow');
    const late = await k.t.as('butler').post('/api/reception/check-in', { type: 'appointment', appointmentId: visit.id, consentRecorded: true });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json().status).toBe('waiting');
  });

  it('system: appointments of past days still expected become no-shows shortly after midnight', async () => {
    const { closePastAppointments } = await import('./close-past-appointments.js');
    const visit = (await book('butler', { visitorName: '过期客户', date: '2026-03-03' })).json();
    expect(await closePastAppointments(k.t.ctx.db, '2026-03-03', new Date('2026-03-02T16:05:00Z'))).toBeGreaterThan(0);
    const still = await k.t.ctx.db.selectFrom('reception_visits').select('status').where('id', '=', visit.id).executeTakeFirstOrThrow();
    expect(still.status).toBe('expected');
    await closePastAppointments(k.t.ctx.db, '2026-03-04', new Date('2026-03-03T16:05:00Z'));
    const closed = await k.t.ctx.db.selectFrom('reception_visits').select('status').where('id', '=', visit.id).executeTakeFirstOrThrow();
    expect(closed.status).toBe('noShow');
  });
});
