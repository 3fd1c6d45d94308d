import { businessDate, uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { seedTemplateChecklists } from './generate-checklists.js';
import { recordChecklistEvent, recordPreAgreementEvent, recordServicePlanEvent } from './record-sales-preparation-event.js';
import type { ServicePlanTable } from './tables.js';

const DAY = 86_400_000;

/**
 * Project 1's preparation: the pre-agreement recorded, service plan version 1 approved by the
 * regional head, and the checklists generated with the first points done and some given to the
 * butler (one of them overdue). Written straight to the tables: no approval request or notification.
 */
export async function seedSalesPreparationDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const day = (offset: number) => businessDate(now + offset * DAY);
  const { butler, manager, regional } = ids.users;
  const projectId = ids.projectIds[0];
  const tenancy = { company_id: ids.companyId, project_id: projectId };

  const agreement = {
    id: uuidv7(),
    ...tenancy,
    project_positioning: '滨江改善型高端住宅，主力户型 128–180㎡，面向城市中产改善家庭。',
    sales_support_positioning: '以酒店式礼宾服务展示物业品牌，提升来访客户对交付后服务的信心，促进成交。',
    contract_number: 'JH-WT-2026-018',
    contract_signed_on: day(-40),
    term_start: day(-30),
    term_end: day(335),
    service_content: '销售中心、样板区及样板房的接待、秩序维护、保洁绿化、水吧服务，配合促销活动及前期物业文件签署。',
    service_requirements: '按五星级酒店服务标准执行；开放时间 09:00–18:00，重大活动延时；每月由营销部进行服务质量评估。',
    key_terms: JSON.stringify(['服务费用按月结算，人员按实际到岗计', '服务人员形象、着装须经开发商确认', '重大活动须提前 7 天书面通知物业']),
    file_ids: '[]',
    created_by: manager,
    updated_by: manager,
    ...newRowStamp(at(30)),
  };
  await trx.insertInto('pre_agreements').values(agreement).execute();
  await recordPreAgreementEvent(trx, agreement, { action: 'create', actorId: manager, at: at(30) });

  const plan: ServicePlanTable = {
    id: uuidv7(),
    ...tenancy,
    plan_version: 1,
    status: 'approved',
    service_model: '管家全程服务衔接的酒店式礼宾模式：迎宾—接待—参观—洽谈—送宾一线贯通，管家为服务协调者。',
    target_group: '改善型家庭为主，注重品质与私密性，常携家人多次到访；VIP 客户需专人陪同。',
    staffing: JSON.stringify([
      { post: '案场管家', headcount: 2 },
      { post: '形象岗', headcount: 1 },
      { post: '礼宾岗', headcount: 2 },
      { post: '水吧岗', headcount: 2 },
      { post: '秩序维护岗', headcount: 3 },
      { post: '保洁岗', headcount: 2 },
    ]),
    site_services: JSON.stringify(['trafficAndOrder', 'security24h', 'conciergeLuggage', 'drinksPastries', 'showFlatTour', 'propertyInquiries', 'preliminaryDocuments', 'cleaningGreening', 'vipReception']),
    materials: '办公用品、员工制服、礼宾地毯及绿植、水吧饮品与西点用具、雨伞与托盘、物业宣传折页。',
    rules: '案场服务管理制度、仪容仪表规定、交接班制度、VIP 接待程序、应急处置预案。',
    training_plan: '开放前两周：企业文化与应知应会；开放前一周：岗位流程与礼仪；开放前 2 天：全流程模拟演练。',
    approval_request_id: null,
    submitted_by: butler,
    submitted_at: at(20),
    decided_at: at(18),
    superseded_at: null,
    cancelled_at: null,
    cancel_reason: null,
    created_by: butler,
    ...newRowStamp(at(25)),
  };
  await trx.insertInto('service_plans').values(plan).execute();
  await recordServicePlanEvent(trx, plan, { action: 'create', to: 'draft', actorId: butler, at: at(25) });
  await recordServicePlanEvent(trx, plan, { action: 'submit', from: 'draft', to: 'submitted', actorId: butler, at: at(20) });
  await recordServicePlanEvent(trx, plan, { action: 'approve', from: 'submitted', to: 'approved', actorId: regional, note: '同意，按方案执行', at: at(18) });

  await seedTemplateChecklists(trx, ids.companyId, projectId, at(15));
  const items = await trx.selectFrom('preparation_checklist_items').select(['id', 'checklist', 'item_key', 'company_id', 'project_id']).where('project_id', '=', projectId).execute();
  const byKey = new Map(items.map((i) => [`${i.checklist}/${i.item_key}`, i]));
  const work: { key: string; assignee: string; due: number; done?: boolean }[] = [
    { key: 'preWork/developerBrief', assignee: manager, due: -10, done: true },
    { key: 'preWork/servicePlanning', assignee: butler, due: -8, done: true },
    { key: 'preWork/targetGroup', assignee: butler, due: -6, done: true },
    { key: 'preWork/receptionOperation', assignee: butler, due: -1 },
    { key: 'preWork/materialsProcurement', assignee: manager, due: 5 },
    { key: 'preWork/mockDrill', assignee: butler, due: 12 },
    { key: 'materials/sceneDecoration.2', assignee: butler, due: 7 },
  ];
  for (const w of work) {
    const item = byKey.get(w.key);
    if (!item) continue;
    await trx
      .updateTable('preparation_checklist_items')
      .set({ assignee_id: w.assignee, due_date: day(w.due), status: w.done ? 'done' : 'todo', done_at: w.done ? at(-w.due) : null, done_by: w.done ? w.assignee : null })
      .where('id', '=', item.id)
      .execute();
    await recordChecklistEvent(trx, item, { action: 'assign', to: w.assignee, actorId: manager, note: day(w.due), at: at(14) });
    if (w.done) await recordChecklistEvent(trx, item, { action: 'complete', from: 'todo', to: 'done', actorId: w.assignee, at: at(-w.due) });
  }
  const staffed = byKey.get('staffing/siteButler');
  if (staffed) await trx.updateTable('preparation_checklist_items').set({ staff_names: JSON.stringify(['刘芳']) }).where('id', '=', staffed.id).execute();
}
