import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { REMIND_OVERDUE_CHECKLIST_ITEMS } from './jobs.js';
import { remindOverdueChecklistItems } from './remind-overdue-checklist-items.js';
import { checklistsOf, itemOf, noticesOf, P, type ChecklistsBody } from './sales-preparation-test-kit.js';

// Tuesday 2026-09-01, 10:00 in Shanghai.
const NOW = new Date('2026-09-01T02:00:00Z');

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

describe('preparation checklists (筹备清单)', () => {
  it('butler: project 1 holds the demo lists: 10 pre-work points, the posts, the materials; done and overdue counted', async () => {
    const lists = await checklistsOf(t, p1);
    expect(lists).toMatchObject({ generated: true, canWork: true });
    const [preWork, staffing, materials] = lists.checklists;
    expect(preWork).toMatchObject({ kind: 'preWork', progress: { total: 10, done: 3, overdue: 1 } });
    expect(itemOf(lists, 'preWork', 'receptionOperation')).toMatchObject({ overdue: true, assignee: { name: '管家 刘芳' } });
    expect(staffing!.items.map((i) => i.title)).toContain('形象岗');
    expect(itemOf(lists, 'staffing', 'siteButler')).toMatchObject({ plannedHeadcount: 2, staffNames: ['刘芳'] });
    // All seven categories of 二、(四) are on the list, the three without printed examples with one item each.
    expect(new Set(materials!.items.map((i) => i.categoryKey))).toEqual(new Set(['office', 'uniforms', 'sceneDecoration', 'serviceWare', 'postTools', 'publicity', 'other']));
    expect(lists.assignees.map((a) => a.name).sort()).toEqual(['工程技术员 赵磊', '服务中心经理 张伟', '管家 刘芳'].sort());
  });

  it('regional: reads the lists but does not work them; butler2 cannot read project 1 (404)', async () => {
    expect(await checklistsOf(t, p1, 'regional')).toMatchObject({ canWork: false, assignees: [] });
    expect((await t.as('regional').post(`${P}/projects/${p1}/checklists/generate`, {})).statusCode).toBe(403);
    expect((await t.as('butler2').get(`${P}/projects/${p1}/checklists`)).statusCode).toBe(404);
  });

  it('butler2: generates project 2 from the templates; generating again doubles nothing', async () => {
    expect((await checklistsOf(t, p2, 'butler2')).generated).toBe(false);
    const first = await t.as('butler2').post(`${P}/projects/${p2}/checklists/generate`, {});
    expect(first.statusCode, first.body).toBe(200);
    const counts = (b: ChecklistsBody) => b.checklists.map((c) => c.progress.total);
    expect(counts(first.json())).toEqual([10, 6, 15]);
    const again = await t.as('butler2').post(`${P}/projects/${p2}/checklists/generate`, {});
    expect(counts(again.json())).toEqual([10, 6, 15]);
  });

  it('manager: gives an item to the butler with a due date; the butler is told; a sales consultant cannot be given one', async () => {
    const item = itemOf(await checklistsOf(t, p1, 'manager'), 'preWork', 'siteLayout');
    const bad = await t.as('manager').post(`${P}/checklist-items/${item.id}/assign`, { assigneeId: t.demo.users.sales, dueDate: '2026-09-10', version: item.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ assigneeId: '负责人须是本项目物业服务人员' });
    const ok = await t.as('manager').post(`${P}/checklist-items/${item.id}/assign`, { assigneeId: t.demo.users.butler, dueDate: '2026-09-10', version: item.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(itemOf(ok.json(), 'preWork', 'siteLayout')).toMatchObject({ assignee: { name: '管家 刘芳' }, dueDate: '2026-09-10', version: item.version + 1 });
    const notices = await noticesOf(t, 'butler', 'preparationChecklist.assigned');
    expect(notices.at(-1)).toMatchObject({ title: expect.stringContaining('对销售现场进行布置'), link: `/sales-preparation?tab=checklists&projectId=${p1}` });
    expect(notices.at(-1)!.body).toBe('销售配合前期工作要点“对销售现场进行布置或提供布置建议，建立服务良性运行空间”由您负责，请于 2026-09-10 前完成。');
    const stale = await t.as('manager').post(`${P}/checklist-items/${item.id}/assign`, { assigneeId: null, dueDate: null, version: item.version });
    expect(stale.statusCode).toBe(409);
  });

  it('butler: starts and completes an item; completing twice is 409; not applicable needs a reason; reopen clears it', async () => {
    let item = itemOf(await checklistsOf(t, p1), 'preWork', 'recruitment');
    const started = await t.as('butler').post(`${P}/checklist-items/${item.id}/status`, { action: 'start', version: item.version });
    item = itemOf(started.json(), 'preWork', 'recruitment');
    expect(item).toMatchObject({ status: 'inProgress', allowedActions: ['complete', 'markNotApplicable', 'reopen'] });
    item = itemOf((await t.as('butler').post(`${P}/checklist-items/${item.id}/status`, { action: 'complete' })).json(), 'preWork', 'recruitment');
    expect(item.status).toBe('done');
    const twice = await t.as('butler').post(`${P}/checklist-items/${item.id}/status`, { action: 'complete' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('事项当前为“已完成”，不能完成');
    const other = itemOf(await checklistsOf(t, p1), 'preWork', 'salesKnowledge');
    const noReason = await t.as('butler').post(`${P}/checklist-items/${other.id}/status`, { action: 'markNotApplicable' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual({ reason: '标记为不适用时请说明原因' });
    const na = await t.as('butler').post(`${P}/checklist-items/${other.id}/status`, { action: 'markNotApplicable', reason: '开发商已统一培训' });
    expect(itemOf(na.json(), 'preWork', 'salesKnowledge')).toMatchObject({ status: 'notApplicable', notApplicableReason: '开发商已统一培训' });
    const reopened = await t.as('butler').post(`${P}/checklist-items/${other.id}/status`, { action: 'reopen' });
    expect(itemOf(reopened.json(), 'preWork', 'salesKnowledge')).toMatchObject({ status: 'todo', notApplicableReason: null });
  });

  it('manager: adds a post and fills it with named staff; adds a material with quantity to its category', async () => {
    const added = await t.as('manager').post(`${P}/projects/${p1}/checklists/items`, { checklist: 'staffing', title: '电瓶车司机', plannedHeadcount: 2 });
    expect(added.statusCode, added.body).toBe(201);
    const post = (added.json() as ChecklistsBody).checklists[1]!.items.find((i) => i.title === '电瓶车司机')!;
    expect(post).toMatchObject({ plannedHeadcount: 2, staffNames: [], status: 'todo' });
    const filled = await t.as('manager').patch(`${P}/checklist-items/${post.id}`, { plannedHeadcount: 3, staffNames: ['王强', '李军'], version: post.version });
    expect((filled.json() as ChecklistsBody).checklists[1]!.items.find((i) => i.id === post.id)).toMatchObject({ plannedHeadcount: 3, staffNames: ['王强', '李军'] });
    expect((await t.as('manager').patch(`${P}/checklist-items/${post.id}`, { quantity: 3 })).json().error.fields).toEqual({ quantity: '该清单不使用此字段' });

    const noCategory = await t.as('manager').post(`${P}/projects/${p1}/checklists/items`, { checklist: 'materials', title: '签字笔' });
    expect(noCategory.json().error.fields).toEqual({ categoryKey: '请选择物资类别' });
    const pen = await t.as('manager').post(`${P}/projects/${p1}/checklists/items`, { checklist: 'materials', categoryKey: 'office', title: '签字笔', quantity: 50 });
    const materials = (pen.json() as ChecklistsBody).checklists[2]!.items;
    expect(materials.find((i) => i.title === '签字笔')).toMatchObject({ categoryKey: 'office', title: '签字笔', quantity: 50 });
  });
});

describe('the daily overdue-item alert', () => {
  it('system: each overdue item alerts its assignee once a day; unassigned ones alert the service-center manager', async () => {
    const lists = await checklistsOf(t, p1, 'manager');
    const mockDrill = itemOf(lists, 'preWork', 'mockDrill');
    // Unassigned, due yesterday.
    expect((await t.as('manager').post(`${P}/checklist-items/${mockDrill.id}/assign`, { assigneeId: null, dueDate: '2026-08-31', version: mockDrill.version })).statusCode).toBe(200);
    const first = await remindOverdueChecklistItems(t.ctx.db, NOW);
    expect(first.reminded).toBe(2);
    const butlerNotices = await noticesOf(t, 'butler', 'preparationChecklist.overdue');
    expect(butlerNotices.map((n) => n.title)).toEqual([expect.stringContaining('确定销售配合现场的具体服务接待运行方案')]);
    const managerNotices = await noticesOf(t, 'manager', 'preparationChecklist.overdue');
    expect(managerNotices).toHaveLength(1);
    expect(managerNotices[0]!.body).toContain('负责人：未指派');

    expect((await remindOverdueChecklistItems(t.ctx.db, NOW)).reminded).toBe(0);
    const nextDay = await remindOverdueChecklistItems(t.ctx.db, new Date('2026-09-02T01:00:00Z'));
    expect(nextDay.reminded).toBe(2);
    expect(await noticesOf(t, 'butler', 'preparationChecklist.overdue')).toHaveLength(2);
  });

  it('system: the job is registered and scheduled every morning', () => {
    expect(buildJobHandlers()).toHaveProperty(REMIND_OVERDUE_CHECKLIST_ITEMS);
    expect(buildJobSchedules().find((s) => s.jobType === REMIND_OVERDUE_CHECKLIST_ITEMS)).toMatchObject({ cron: '30 8 * * *' });
  });
});
