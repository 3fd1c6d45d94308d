import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { REMIND_LIAISON_FORMS, remindLiaisonFormsSchedule } from './jobs.js';
import { draftForm, walk } from './liaison-form-test-kit.js';
import { remindLiaisonForms } from './remind-liaison-forms.js';

// Monday 2026-03-02, 08:30 in Shanghai: the demo's acknowledged form fell due on 2026-02-28.
const NOW = new Date('2026-03-02T00:30:00Z');

let t: TestApp;
let overdueDemo: string;
let issuedDemo: string;
let repliedDemo: string;
let dueTomorrow: string;
let repliedLate: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Forms written the week before, so their due dates can have passed by NOW.
  vi.setSystemTime(new Date('2026-02-23T02:00:00Z'));
  t = await createTestApp();
  // The demo's forms, seeded on 2026-02-23: acknowledged (due 02-21), issued (due 02-26), answered (due 02-25) are all overdue by NOW.
  const demoForm = async (status: 'acknowledged' | 'issued' | 'replied') => (await t.ctx.db.selectFrom('liaison_forms').select('id').where('status', '=', status).executeTakeFirstOrThrow()).id;
  [overdueDemo, issuedDemo, repliedDemo] = [await demoForm('acknowledged'), await demoForm('issued'), await demoForm('replied')];
  dueTomorrow = (await draftForm(t, '2026-03-03', 'butler', { subject: '明天到期的联系单' })).id;
  await walk(t, dueTomorrow, [['butler', 'issue']]);
  repliedLate = (await draftForm(t, '2026-02-27', 'manager', { subject: '已回复但未收回' })).id;
  await walk(t, repliedLate, [['manager', 'issue'], ['marketing', 'acknowledge'], ['marketing', 'reply', { replyText: '已处理' }]]);
  const closed = (await draftForm(t, '2026-02-27', 'butler', { subject: '已收回的联系单' })).id;
  await walk(t, closed, [['butler', 'issue'], ['marketing', 'acknowledge'], ['marketing', 'reply', { replyText: '已处理' }], ['butler', 'return']]);
  vi.setSystemTime(NOW);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const reminders = async (formId: string) => t.ctx.db.selectFrom('notifications').select(['user_id', 'kind', 'title']).where('link', '=', `/liaison-forms?id=${formId}`).where('kind', 'in', ['liaisonForm.overdue', 'liaisonForm.dueTomorrow']).orderBy('id').execute();
const recipients = async (formId: string) => (await reminders(formId)).map((n) => n.user_id).sort();

describe('the daily liaison-form reminder', () => {
  it('system: overdue forms remind the issuer and, while it is their turn, the developer side; due-tomorrow forms too', async () => {
    const run = await remindLiaisonForms(t.ctx.db, NOW);
    expect(run.reminded).toBe(5);
    const { butler, manager, marketing, salesmgr } = t.demo.users;
    expect(await recipients(overdueDemo)).toEqual([butler, marketing, salesmgr].sort());
    expect(await recipients(issuedDemo)).toEqual([butler, marketing, salesmgr].sort());
    expect(await recipients(repliedDemo)).toEqual([butler]);
    expect((await reminders(overdueDemo))[0]!.title).toMatch(/^工作联系单已逾期：LX-/);
    expect(await recipients(dueTomorrow)).toEqual([butler, marketing, salesmgr].sort());
    expect((await reminders(dueTomorrow))[0]).toMatchObject({ kind: 'liaisonForm.dueTomorrow', title: expect.stringMatching(/^工作联系单明天到期/) });
    // Answered already: only the issuer, who has to take it back.
    expect(await recipients(repliedLate)).toEqual([manager]);
    const rows = await t.ctx.db.selectFrom('liaison_form_reminders').select(['form_id', 'reminder_date', 'kind']).orderBy('form_id').execute();
    expect(rows.map((r) => r.reminder_date)).toEqual(Array(5).fill('2026-03-02'));
    expect(rows.filter((r) => r.kind === 'dueTomorrow').map((r) => r.form_id)).toEqual([dueTomorrow]);
    const audit = await t.ctx.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'liaisonForm.remind').execute();
    expect(audit).toHaveLength(5);
    expect(audit.every((a) => a.actor_id === null)).toBe(true);
  });

  it('system: a second run the same day, or two at once, tells nobody again; the next day reminds again', async () => {
    const before = (await t.ctx.db.selectFrom('notifications').select('id').execute()).length;
    const again = await Promise.all([remindLiaisonForms(t.ctx.db, new Date(NOW.getTime() + 3_600_000)), remindLiaisonForms(t.ctx.db, NOW)]);
    expect(again.map((r) => r.reminded)).toEqual([0, 0]);
    expect((await t.ctx.db.selectFrom('notifications').select('id').execute()).length).toBe(before);

    const nextDay = new Date('2026-03-03T00:30:00Z');
    const both = await Promise.all([remindLiaisonForms(t.ctx.db, nextDay), remindLiaisonForms(t.ctx.db, nextDay)]);
    // dueTomorrow is due today now: neither overdue nor due tomorrow, so only the four overdue forms.
    expect(both.map((r) => r.reminded).reduce((a, b) => a + b)).toBe(4);
    expect(await recipients(repliedLate)).toEqual([t.demo.users.manager, t.demo.users.manager]);
    expect(await reminders(dueTomorrow)).toHaveLength(3);
    expect(await t.ctx.db.selectFrom('liaison_form_reminders').select('id').where('reminder_date', '=', '2026-03-03').execute()).toHaveLength(4);
  });

  it('system: the job is registered and scheduled every morning at 08:30 Shanghai time', async () => {
    expect(buildJobSchedules().map((s) => s.name)).toContain(remindLiaisonFormsSchedule.name);
    expect(remindLiaisonFormsSchedule.nextSlot(new Date('2026-03-03T12:00:00Z'))?.toISOString()).toBe('2026-03-04T00:30:00.000Z');
    const handler = buildJobHandlers()[REMIND_LIAISON_FORMS];
    expect(handler).toBeTypeOf('function');
    const day = new Date('2026-03-04T00:30:00Z');
    const ctx = { db: t.ctx.db, dialect: t.ctx.dialect, now: () => day } as unknown as JobContext;
    await handler!(null, ctx);
    expect((await t.ctx.db.selectFrom('liaison_form_reminders').select('id').where('reminder_date', '=', '2026-03-04').execute()).length).toBe(5);
  });
});
