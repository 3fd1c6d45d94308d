import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { later, receptionKit, TODAY, type ReceptionKit } from './reception-test-kit.js';

let k: ReceptionKit;
beforeAll(async () => {
  k = await receptionKit();
});
afterAll(async () => k.close());

interface Standing {
  consultantId: string;
  walkIns: number;
  turnCredit: number;
  available: boolean;
  onDuty: boolean;
}
const roster = async (date = TODAY) => (await k.t.as('butler').get(`/api/reception/roster?salesCenterId=${k.center}&date=${date}`)).json();
const setRoster = (who: string, entries: { consultantId: string; onDuty: boolean }[], date = TODAY) =>
  k.t.as(who).put('/api/reception/roster', { salesCenterId: k.center, date, entries });
const counts = async () => Object.fromEntries(((await roster()).rotation.standings as Standing[]).map((s) => [s.consultantId, s.walkIns + s.turnCredit]));
const consultantLogin: Record<string, string> = {};

describe('the rotation (轮序) across a day', () => {
  it('demo: today’s roster is 孙丽, 何静, 马超, all on duty, nobody has had a walk-in', async () => {
    const r = await roster();
    expect(r.entries.map((e: { consultantName: string; onDuty: boolean; walkIns: number }) => [e.consultantName, e.onDuty, e.walkIns])).toEqual([
      ['销售顾问 孙丽', true, 0],
      ['销售顾问 何静', true, 0],
      ['销售顾问 马超', true, 0],
    ]);
    expect(r.rotation.next).toEqual({ id: k.user('sales'), name: '销售顾问 孙丽' });
    for (const u of ['sales', 'sales2', 'sales3']) consultantLogin[k.user(u)] = u;
  });

  it('a simulated day: each walk-in goes to the least-served free consultant; busy ones catch up; at closing the counts differ by at most 1', async () => {
    // Receptions of 15–75 minutes; a walk-in every 12 minutes from 10:00 to 17:00.
    const durations = [45, 15, 75, 30, 20, 60, 25, 40, 15, 70, 35, 20];
    const busyUntil = new Map<string, { id: string; until: number }>();
    let minute = 0;
    for (let i = 0; minute <= 7 * 60; i++, minute += 12) {
      vi.setSystemTime(later(minute * 60));
      for (const [consultantId, v] of [...busyUntil]) {
        if (v.until > minute) continue;
        const bye = await k.t.as('butler').post(`/api/reception/visits/${v.id}/farewell`, { closingQuestionAsked: true });
        expect(bye.statusCode, bye.body).toBe(200);
        busyUntil.delete(consultantId);
      }
      const before = (await roster()).rotation.standings as Standing[];
      const free = before.filter((s) => s.available);
      const w = await k.t.as('butler').post('/api/reception/check-in', { type: 'walkIn', salesCenterId: k.center, visitorName: `散客${i}`, consentRecorded: true });
      if (!free.length) {
        expect(w.json().error.details).toEqual({ reason: 'allBusy' });
        continue;
      }
      expect(w.statusCode, w.body).toBe(201);
      const chosen = w.json().consultant.id as string;
      const score = (s: Standing) => s.walkIns + s.turnCredit;
      expect(free.map((s) => s.consultantId)).toContain(chosen);
      expect(score(before.find((s) => s.consultantId === chosen)!)).toBe(Math.min(...free.map(score)));
      expect((await k.t.as(consultantLogin[chosen]!).post(`/api/reception/visits/${w.json().id}/receive`, {})).statusCode).toBe(200);
      busyUntil.set(chosen, { id: w.json().id, until: minute + durations[i % durations.length]! });
    }
    // Closing time: everyone is seen off, and the evening's last walk-ins find everyone free.
    for (const v of busyUntil.values()) await k.t.as('butler').post(`/api/reception/visits/${v.id}/farewell`, { closingQuestionAsked: true });
    const c = await counts();
    const owed = Object.values(c).reduce((sum, n) => sum + Math.max(...Object.values(c)) - n, 0);
    for (let i = 0; i < owed; i++) {
      const w = await k.walkIn({ visitorName: `晚间客户${i}` });
      await k.t.as('butler').post(`/api/reception/visits/${w.id}/receive`, {});
      await k.t.as('butler').post(`/api/reception/visits/${w.id}/farewell`, { closingQuestionAsked: true });
    }
    const final = Object.values(await counts());
    expect(final.reduce((a, b) => a + b, 0)).toBeGreaterThan(25);
    expect(Math.max(...final) - Math.min(...final)).toBeLessThanOrEqual(1);
  });
});

describe('the sales manager’s override', () => {
  it('a walk-in moved from the picked consultant keeps them next in line and counts for the one who got it', async () => {
    const before = await counts();
    const picked = (await roster()).rotation.next.id as string;
    const w = await k.walkIn({ visitorName: '改派散客' });
    expect(w.consultant.id).toBe(picked);
    const other = [k.user('sales'), k.user('sales2'), k.user('sales3')].find((id) => id !== picked)!;
    expect((await k.t.as('butler').post(`/api/reception/visits/${w.id}/reassign`, { consultantId: other, reason: '客户是其老客户' })).statusCode).toBe(403);
    expect(Object.keys((await k.t.as('salesmgr').post(`/api/reception/visits/${w.id}/reassign`, { consultantId: other })).json().error.fields)).toEqual(['reason']);
    expect((await k.t.as('salesmgr').post(`/api/reception/visits/${w.id}/reassign`, { consultantId: picked, reason: '同一人' })).json().error.fields).toEqual({ consultantId: expect.any(String) });
    const res = await k.t.as('salesmgr').post(`/api/reception/visits/${w.id}/reassign`, { consultantId: other, reason: '客户是其老客户' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ assignedVia: 'override', consultant: { id: other }, skippedConsultant: { id: picked }, overrideReason: '客户是其老客户', rotationTurn: w.rotationTurn });
    const after = await counts();
    expect(after[picked]).toBe(before[picked]);
    expect(after[other]).toBe(before[other]! + 1);
    // Both were told: the new consultant handed the visitor, the old one that they were moved.
    const kinds = await k.t.ctx.db.selectFrom('notifications').select(['user_id', 'kind']).where('link', 'like', '/reception/my%').orderBy('id', 'desc').limit(2).execute();
    expect(kinds).toEqual(expect.arrayContaining([{ user_id: other, kind: 'reception.handOff' }, { user_id: picked, kind: 'reception.reassigned' }]));
    const events = (await k.t.as('butler').get(`/api/reception/visits/${w.id}`)).json().events;
    expect(events.find((e: { action: string }) => e.action === 'reassign')).toMatchObject({ actor: { name: '销售经理 郑华' }, data: { from: picked, to: other, reason: '客户是其老客户' } });
    // The skipped consultant is still next (the visitor now with `other` keeps them busy).
    expect((await roster()).rotation.next.id).toBe(picked);
    await k.t.as('butler').post(`/api/reception/visits/${w.id}/receive`, {});
    await k.t.as('butler').post(`/api/reception/visits/${w.id}/farewell`, { closingQuestionAsked: true });
  });
});

describe('the duty roster', () => {
  it('butler and sales manager set the order and who is on duty; consultants cannot; bad entries name the field', async () => {
    const [a, b, c] = [k.user('sales'), k.user('sales2'), k.user('sales3')];
    expect((await setRoster('sales', [{ consultantId: a, onDuty: true }])).statusCode).toBe(403);
    expect((await setRoster('technician', [{ consultantId: a, onDuty: true }])).statusCode).toBe(403);
    const dup = await setRoster('butler', [{ consultantId: a, onDuty: true }, { consultantId: a, onDuty: false }]);
    expect(dup.json().error.fields).toEqual({ 'entries.1.consultantId': expect.stringContaining('只能出现一次') });
    expect((await setRoster('butler', [{ consultantId: k.user('technician'), onDuty: true }])).json().error.fields).toEqual({ 'entries.0.consultantId': expect.any(String) });
    expect((await setRoster('butler', [{ consultantId: a, onDuty: true }], '2026-03-01')).json().error.fields).toEqual({ date: expect.any(String) });
    expect((await setRoster('butler2', [{ consultantId: a, onDuty: true }])).statusCode).toBe(404);

    const tomorrow = await setRoster('salesmgr', [{ consultantId: c, onDuty: true }, { consultantId: a, onDuty: false }, { consultantId: b, onDuty: true }], '2026-03-03');
    expect(tomorrow.statusCode, tomorrow.body).toBe(200);
    expect(tomorrow.json().entries.map((e: { consultantName: string; onDuty: boolean }) => [e.consultantName, e.onDuty])).toEqual([
      ['销售顾问 马超', true],
      ['销售顾问 孙丽', false],
      ['销售顾问 何静', true],
    ]);
    expect(tomorrow.json().rotation.next.id).toBe(c);
  });

  it('a consultant coming on duty mid-day starts level with the least-served colleague, so they take no burst of walk-ins', async () => {
    const late = await k.addConsultant('sales4', '销售顾问 钱多');
    const before = await counts();
    const level = Math.min(...Object.values(before));
    const entries = [k.user('sales'), k.user('sales2'), k.user('sales3'), late].map((consultantId) => ({ consultantId, onDuty: true }));
    const res = await setRoster('butler', entries);
    expect(res.statusCode, res.body).toBe(200);
    const joined = res.json().entries.find((e: { consultantId: string }) => e.consultantId === late);
    expect(joined).toMatchObject({ walkIns: 0, turnCredit: level, onDuty: true });
    const audit = await k.t.ctx.db.selectFrom('audit_log').select(['action', 'entity_type']).where('entity_id', '=', joined.id).execute();
    expect(audit).toEqual([{ action: 'create', entity_type: 'dutyRoster' }]);
  });
});

describe('concurrency', () => {
  it('eight walk-ins checked in at the same moment: eight different consultants, eight different turns', async () => {
    const ids: string[] = [];
    for (let i = 5; i < 12; i++) ids.push(await k.addConsultant(`sales${i}`, `销售顾问 ${i}号`));
    const all = [k.user('sales'), k.user('sales2'), k.user('sales3'), ...ids];
    expect((await setRoster('butler', all.map((consultantId) => ({ consultantId, onDuty: true })))).statusCode).toBe(200);
    const desks = ['butler', 'manager'];
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => k.t.as(desks[i % 2]!).post('/api/reception/check-in', { type: 'walkIn', salesCenterId: k.center, visitorName: `同时到访${i}`, consentRecorded: true })),
    );
    for (const r of responses) expect(r.statusCode, r.body).toBe(201);
    const visits = responses.map((r) => r.json());
    expect(new Set(visits.map((v) => v.consultant.id)).size).toBe(8);
    expect(new Set(visits.map((v) => v.rotationTurn)).size).toBe(8);
    const turns = await k.t.ctx.db.selectFrom('reception_visits').select('rotation_turn').where('sales_center_id', '=', k.center).where('rotation_turn', 'is not', null).execute();
    expect(new Set(turns.map((t) => t.rotation_turn)).size).toBe(turns.length);
  }, 60_000);

  it('the consultant and the butler press “received” at once: both answered 200, exactly one records it', async () => {
    const w = await k.walkIn({ visitorName: '双击客户', consultantId: k.user('sales') });
    const [a, b] = await Promise.all([
      k.t.as('sales').post(`/api/reception/visits/${w.id}/receive`, {}),
      k.t.as('butler').post(`/api/reception/visits/${w.id}/receive`, {}),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().alreadyReceived, b.json().alreadyReceived].sort()).toEqual([false, true]);
    const rows = await k.t.ctx.db.selectFrom('reception_visit_events').select('actor_id').where('visit_id', '=', w.id).where('action', '=', 'receive').execute();
    expect(rows).toHaveLength(1);
  });
});
