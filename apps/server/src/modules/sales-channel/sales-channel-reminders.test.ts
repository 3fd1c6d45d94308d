import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { REMIND_SALES_CHANNEL, remindSalesChannelSchedule } from './jobs.js';
import { remindSalesChannel } from './remind-sales-channel.js';
import { expectStatus, NOW, p1 } from './sales-channel-test-kit.js';

// The next morning, 08:45 in Shanghai.
const MORNING = new Date('2026-03-03T00:45:00Z');

let t: TestApp;
let dueTomorrow: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  dueTomorrow = (
    await expectStatus(
      t.as('butler').post('/api/sales-channel/suggestions', { projectId: p1(t), category: 'salesSupport', title: '明天到期的需求', content: '请确认开盘活动当天的嘉宾名单。', dueDate: '2026-03-04' }),
      201,
    )
  ).id;
  vi.setSystemTime(MORNING);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const reminders = async (link: string) =>
  t.ctx.db.selectFrom('notifications').select(['user_id', 'kind', 'title']).where('link', '=', link).where('kind', 'like', 'salesChannel.%Overdue').execute();

describe('the daily sales-channel reminder', () => {
  it('system: overdue suggestions remind the addressed side and the raiser; due-tomorrow ones the addressed side; overdue action items their owner; once a day', async () => {
    const run = await remindSalesChannel(t.ctx.db, MORNING);
    // The demo's overdue environment request, the butler's request due tomorrow, the overdue 动线方案 item.
    expect(run.reminded).toBe(3);
    const { butler, manager, marketing, salesmgr } = t.demo.users;
    const overdue = await t.ctx.db.selectFrom('sales_channel_suggestions').select(['id', 'number']).where('title', '=', '样板区入口绿化补种和指引牌更新').executeTakeFirstOrThrow();
    const told = await reminders(`/sales-channel?tab=suggestions&suggestion=${overdue.id}`);
    expect(told.map((n) => n.user_id).sort()).toEqual([butler, manager, marketing].sort());
    expect(told[0]!.title).toBe(`建议与需求已逾期：${overdue.number}`);
    const tomorrow = await t.ctx.db.selectFrom('notifications').select(['user_id', 'kind']).where('link', '=', `/sales-channel?tab=suggestions&suggestion=${dueTomorrow}`).where('kind', '=', 'salesChannel.suggestionDueTomorrow').execute();
    expect(tomorrow.map((n) => n.user_id).sort()).toEqual([marketing, salesmgr].sort());
    const item = await t.ctx.db.selectFrom('notifications').select(['user_id', 'body']).where('kind', '=', 'salesChannel.actionItemOverdue').execute();
    expect(item).toEqual([{ user_id: marketing, body: '开盘活动客户动线方案，期限 2026-02-27 已过' }]);

    const again = await remindSalesChannel(t.ctx.db, new Date(MORNING.getTime() + 3_600_000));
    expect(again).toEqual({ reminded: 0, notifications: [] });
    const rows = await t.ctx.db.selectFrom('sales_channel_reminders').select(['entity_type', 'kind', 'reminder_date']).orderBy('entity_type').orderBy('kind').execute();
    expect(rows).toEqual([
      { entity_type: 'actionItem', kind: 'overdue', reminder_date: '2026-03-03' },
      { entity_type: 'suggestion', kind: 'dueTomorrow', reminder_date: '2026-03-03' },
      { entity_type: 'suggestion', kind: 'overdue', reminder_date: '2026-03-03' },
    ]);
  });

  it('system: the next day reminds again; an answered suggestion is no longer reminded', async () => {
    const overdue = await t.ctx.db.selectFrom('sales_channel_suggestions').select('id').where('title', '=', '样板区入口绿化补种和指引牌更新').executeTakeFirstOrThrow();
    await expectStatus(t.as('butler').post(`/api/sales-channel/suggestions/${overdue.id}/answer`, { answerText: '已安排本周补种' }), 200);
    const next = await remindSalesChannel(t.ctx.db, new Date(MORNING.getTime() + 86_400_000));
    // The request due 03-04 is now due today (no reminder), the action item still overdue.
    expect(next.reminded).toBe(1);
    expect(next.notifications.map((n) => n.kind)).toEqual(['salesChannel.actionItemOverdue']);
  });

  it('the job is registered with a daily 08:45 schedule', async () => {
    expect(buildJobSchedules().map((s) => s.name)).toContain(remindSalesChannelSchedule.name);
    const handler = buildJobHandlers()[REMIND_SALES_CHANNEL]!;
    await handler({}, { db: t.ctx.db, now: () => new Date(MORNING.getTime() + 2 * 86_400_000) } as unknown as JobContext);
    expect(await t.ctx.db.selectFrom('sales_channel_reminders').select('id').where('reminder_date', '=', '2026-03-05').execute()).toHaveLength(2);
  });
});
