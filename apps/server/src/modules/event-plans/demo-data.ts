import { businessDate } from '@guanjia/domain';
import { DEFAULT_PROMOTION_TEMPLATE, scheduleFromTemplate } from '@guanjia/domain/event-plans/backward-schedule';
import type { DemoIds } from '../../demo/seed-demo.js';
import type { Tx } from '../../platform/db/transaction.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { newEventPlanRow } from './new-event-plan-row.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import { scheduledTaskRows } from './scheduled-task-rows.js';

const DAY = 86_400_000;

/**
 * One approved promotional event of project 1 three weeks ahead, its schedule from the default
 * template on the national calendar, the lead group set up and the division of labour agreed.
 * Written straight to the tables: no approval request or notification is created.
 */
export async function seedEventPlanDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const eventDate = businessDate(now + 21 * DAY);
  const { butler, manager, regional } = ids.users;
  const projectId = ids.projectIds[0];
  const center = await trx.selectFrom('sales_centers').select('id').where('project_id', '=', projectId).orderBy('id').executeTakeFirst();
  const plan = newEventPlanRow(at(3), {
    company_id: ids.companyId,
    project_id: projectId,
    sales_center_id: center?.id ?? null,
    kind: 'promotion',
    title: '二期开盘暖场活动',
    event_date: eventDate,
    major: 1,
    lead_group: JSON.stringify([
      { name: '张伟', role: '组长（服务中心经理）' },
      { name: '刘芳', role: '副组长（案场管家）' },
      { name: '周杰', role: '组员（营销部现场负责人）' },
    ]),
    assignments: JSON.stringify([
      { owner: '刘芳', duty: '来访签到、接待动线与水吧服务' },
      { owner: '秩序维护岗', duty: '入口分流、停车场引导、贵宾车辆停放' },
      { owner: '保洁岗', duty: '活动前后现场清洁，洗手间每 30 分钟巡查' },
    ]),
    order_plan: '入口设两处签到台分流；停车场安排 2 名秩序维护员引导；样板房参观每批不超过 15 人。',
    emergency_plan: '人员拥挤：暂停入场、启用备用通道；突发疾病：水吧备急救箱，联系最近医院；火情：按售楼处消防疏散图疏散，经理统一指挥。',
    status: 'approved',
    submitted_by: butler,
    submitted_at: at(2),
    decided_at: at(1),
    created_by: butler,
  });
  await trx.insertInto('event_plans').values(plan).execute();
  const schedule = scheduleFromTemplate(eventDate, DEFAULT_PROMOTION_TEMPLATE, await getWorkingCalendar(trx));
  const owners: Record<string, string> = { leadGroup: manager, assignments: manager, eventPlan: butler, orderEmergencyPlan: manager, materialsPurchase: butler, rehearsal: butler };
  const done = new Set(['leadGroup', 'assignments']);
  const tasks = scheduledTaskRows(plan, schedule, at(3)).map((t) => ({
    ...t,
    owner_id: owners[t.task_key] ?? null,
    done_at: done.has(t.task_key) ? at(2) : null,
    done_by: done.has(t.task_key) ? manager : null,
  }));
  await trx.insertInto('event_plan_tasks').values(tasks).execute();
  await recordEventPlanEvent(trx, plan, { action: 'create', to: 'draft', actorId: butler, at: at(3) });
  for (const key of done) await recordEventPlanEvent(trx, plan, { action: 'completeTask', actorId: manager, note: tasks.find((t) => t.task_key === key)!.title, at: at(2) });
  await recordEventPlanEvent(trx, plan, { action: 'submit', from: 'draft', to: 'submitted', actorId: butler, at: at(2) });
  await recordEventPlanEvent(trx, plan, { action: 'approve', from: 'submitted', to: 'approved', actorId: regional, note: '同意，注意雨天预案', at: at(1) });
}
