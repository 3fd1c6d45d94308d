import { uuidv7 } from '@guanjia/domain';
import { seedPersonalDataDemo } from '../modules/personal-data/demo-data.js';
import { seedLifeSecretaryDemo } from '../modules/life-secretary/demo-data.js';
import { seedOwnerVisitDemo } from '../modules/owner-visits/demo-data.js';
import { seedCarePlanDemo } from '../modules/care-plans/demo-data.js';
import type { Db } from '../platform/db/database.js';
import { inTransaction, newRowStamp, nowIso, type Tx } from '../platform/db/transaction.js';
import { hashPassword } from '../modules/auth/password.js';
import { seedProjectCatalog } from '../modules/service-catalog/seed-project-catalog.js';
import { seedReceptionDemo } from '../modules/reception/demo-data.js';
import { seedKnowledgeDemo } from '../modules/knowledge/demo-data.js';
import { seedDailyCheckDemo } from '../modules/daily-checks/demo-data.js';
import { seedExternalWorkerDemo } from '../modules/external-workers/demo-data.js';
import { seedLiaisonFormDemo } from '../modules/liaison-forms/demo-data.js';
import { seedSalesMeetingDemo } from '../modules/sales-meetings/demo-data.js';
import { seedEventPlanDemo } from '../modules/event-plans/demo-data.js';
import { seedSalesPreparationDemo } from '../modules/sales-preparation/demo-data.js';
import { seedShowcaseDemo } from '../modules/showcase/demo-data.js';
import { seedEtiquetteDrillDemo } from '../modules/etiquette-drills/demo-data.js';
import { seedDealDemo } from '../modules/deals/demo-data.js';
import { seedOwnerDocumentDemo } from '../modules/owner-documents/demo-data.js';
import { seedQuestionnaireDemo } from '../modules/questionnaires/demo-data.js';
import { seedServiceProfileDemo } from '../modules/service-profiles/demo-data.js';
import { seedMessagingDemo } from '../modules/messaging/demo-data.js';
import { seedLifeInfoDemo } from '../modules/life-info/demo-data.js';
import { seedSalesChannelDemo } from '../modules/sales-channel/demo-data.js';
import { seedTrainingDemo } from '../modules/training/demo-data.js';
import { seedOpeningReadinessDemo } from '../modules/opening-readiness/demo-data.js';


export const DEMO_FLAG = 'demo_seeded';

export interface DemoAccount {
  username: string;
  name: string;
  roles: string[];
  project: 1 | 2 | null;
  /** A department of that project, by name. */
  department?: string;
  description: string;
}

/** The demo accounts, printed at start and listed in the README. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', name: '系统管理员 王敏', roles: ['companyAdmin', 'systemAdmin'], project: null, description: 'company administrator' },
  { username: 'regional', name: '地区负责人 李强', roles: ['regionalHead'], project: null, description: 'regional company head' },
  { username: 'manager', name: '服务中心经理 张伟', roles: ['serviceCenterManager'], project: 1, description: 'service-center manager, project 1' },
  { username: 'butler', name: '管家 刘芳', roles: ['butler'], project: 1, description: 'butler, project 1' },
  { username: 'butler2', name: '管家 陈静', roles: ['butler'], project: 2, description: 'butler, project 2' },
  { username: 'technician', name: '工程技术员 赵磊', roles: ['technician'], project: 1, department: '工程部', description: 'technician, project 1 (工程部)' },
  { username: 'sales', name: '销售顾问 孙丽', roles: ['salesConsultant'], project: 1, description: "developer's sales consultant, project 1" },
  { username: 'sales2', name: '销售顾问 何静', roles: ['salesConsultant'], project: 1, description: "developer's sales consultant, project 1" },
  { username: 'sales3', name: '销售顾问 马超', roles: ['salesConsultant'], project: 1, description: "developer's sales consultant, project 1" },
  { username: 'salesmgr', name: '销售经理 郑华', roles: ['salesManager'], project: 1, description: "developer's sales manager, project 1" },
  { username: 'marketing', name: '营销负责人 周杰', roles: ['marketingLead'], project: 1, description: "developer's marketing on-site lead, project 1" },
  { username: 'owner', name: '业主 吴先生', roles: ['owner'], project: 1, description: 'owner in project 1 (unit 1-101)' },
];

export interface DemoIds {
  companyId: string;
  regionId: string;
  developerId: string;
  projectIds: [string, string];
  users: Record<string, string>;
  ownerHouseholdId: string;
  ownerUnitId: string;
}

/** Seeds the demo once per database; returns null when it already ran. */
export async function seedDemo(db: Db, password: string): Promise<DemoIds | null> {
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (trx) => {
    const done = await trx.selectFrom('app_meta').select('value').where('key', '=', DEMO_FLAG).executeTakeFirst();
    if (done) return null;
    const ids = await insertDemo(trx, passwordHash);
    await trx.insertInto('app_meta').values({ key: DEMO_FLAG, value: nowIso() }).execute();
    return ids;
  });
}

async function insertDemo(trx: Tx, passwordHash: string): Promise<DemoIds> {
  const companyId = uuidv7();
  await trx.insertInto('companies').values({ id: companyId, name: '锦华物业服务有限公司', code: 'JH', ...newRowStamp() }).execute();
  const regionId = uuidv7();
  await trx.insertInto('regions').values({ id: regionId, company_id: companyId, name: '华东地区公司', code: 'HD', ...newRowStamp() }).execute();
  const developerId = uuidv7();
  await trx.insertInto('developers').values({ id: developerId, company_id: companyId, name: '华润置地（上海）有限公司', code: 'HR', ...newRowStamp() }).execute();
  await trx
    .insertInto('departments')
    .values({ id: uuidv7(), company_id: companyId, project_id: null, developer_id: developerId, parent_id: null, name: '营销部', kind: 'department', post_type: null, ...newRowStamp() })
    .execute();

  const projectDefs = [
    { name: '锦华·江湾壹号', code: 'JW01', city: '上海', address: '上海市杨浦区江湾路 88 号', buildings: 3 },
    { name: '锦华·滨江花园', code: 'BJ02', city: '上海', address: '上海市浦东新区滨江大道 1666 号', buildings: 2 },
  ];
  const projectIds: string[] = [];
  const firstUnits: string[] = [];
  // Department ids by name, per project (same order as projectIds).
  const departmentsByProject: Record<string, string>[] = [];
  for (const p of projectDefs) {
    const projectId = uuidv7();
    projectIds.push(projectId);
    await trx
      .insertInto('projects')
      .values({ id: projectId, company_id: companyId, region_id: regionId, developer_id: developerId, name: p.name, code: p.code, city: p.city, address: p.address, ...newRowStamp() })
      .execute();
    const tenancy = { company_id: companyId, project_id: projectId };
    await trx.insertInto('sales_centers').values({ id: uuidv7(), ...tenancy, name: `${p.name} 销售中心`, address: p.address, phone: '021-55550000', open_time: '09:00', close_time: '18:00', ...newRowStamp() }).execute();
    await trx.insertInto('service_centers').values({ id: uuidv7(), ...tenancy, name: `${p.name} 物业服务中心`, address: p.address, phone: '021-55551111', open_time: '08:30', close_time: '17:30', ...newRowStamp() }).execute();
    const depts = [
      { name: '客户服务部', kind: 'department' as const, post_type: null },
      { name: '工程部', kind: 'department' as const, post_type: null },
      { name: '秩序维护岗', kind: 'post' as const, post_type: 'security' },
      { name: '保洁岗', kind: 'post' as const, post_type: 'cleaning' },
      { name: '水吧岗', kind: 'post' as const, post_type: 'waterBar' },
    ];
    const deptIds: Record<string, string> = {};
    departmentsByProject.push(deptIds);
    for (const d of depts) {
      deptIds[d.name] = uuidv7();
      await trx.insertInto('departments').values({ id: deptIds[d.name], ...tenancy, developer_id: null, parent_id: null, ...d, ...newRowStamp() }).execute();
    }
    // The demo routes 维修服务 (category 8) to its 工程部; a new project's catalog starts unrouted.
    await seedProjectCatalog(trx, { companyId, projectId, handlerDepartmentByCategory: { 8: deptIds['工程部'] } });
    for (let b = 1; b <= p.buildings; b++) {
      const buildingId = uuidv7();
      await trx.insertInto('buildings').values({ id: buildingId, ...tenancy, name: `${b}号楼`, code: String(b), floors: 6, ...newRowStamp() }).execute();
      const units = [];
      for (let floor = 1; floor <= 6; floor++) {
        for (let n = 1; n <= 2; n++) {
          units.push({ id: uuidv7(), ...tenancy, building_id: buildingId, code: `${b}-${floor}0${n}`, floor, area_m2: n === 1 ? 128.5 : 96.2, layout: n === 1 ? '三室两厅' : '两室两厅', ...newRowStamp() });
        }
      }
      await trx.insertInto('units').values(units).execute();
      if (b === 1) firstUnits.push(units[0].id);
    }
  }

  // The demo owner: a household in unit 1-101 of project 1.
  const ownerId = uuidv7();
  const ownerHouseholdId = uuidv7();
  const p1 = { company_id: companyId, project_id: projectIds[0] };
  await trx.insertInto('owners').values({ id: ownerId, ...p1, name: '吴先生', phone: '13812345678', id_number: '310101198001011234', ...newRowStamp() }).execute();
  await trx.insertInto('households').values({ id: ownerHouseholdId, ...p1, unit_id: firstUnits[0], name: '吴宅', ...newRowStamp() }).execute();
  await trx.insertInto('household_members').values({ id: uuidv7(), ...p1, household_id: ownerHouseholdId, owner_id: ownerId, relation: 'owner', created_at: nowIso() }).execute();

  const users: Record<string, string> = {};
  let phoneSuffix = 1000;
  for (const a of DEMO_ACCOUNTS) {
    const id = uuidv7();
    users[a.username] = id;
    await trx
      .insertInto('users')
      .values({
        id,
        company_id: companyId,
        username: a.username,
        name: a.name,
        phone: `1390000${phoneSuffix++}`,
        id_number: null,
        password_hash: passwordHash,
        kind: a.roles.includes('owner') ? 'owner' : 'staff',
        roles: JSON.stringify(a.roles),
        department_id: a.project && a.department ? departmentsByProject[a.project - 1][a.department] : null,
        vendor_id: null,
        owner_id: a.roles.includes('owner') ? ownerId : null,
        active: 1,
        ...newRowStamp(),
      })
      .execute();
    if (a.project) await trx.insertInto('user_projects').values({ user_id: id, project_id: projectIds[a.project - 1], company_id: companyId }).execute();
  }
  const ids: DemoIds = { companyId, regionId, developerId, projectIds: projectIds as [string, string], users, ownerHouseholdId, ownerUnitId: firstUnits[0] };
  // The sales center's day: reception, the consultation desk's answers, opening checks, liaison forms, meetings.
  await seedReceptionDemo(trx, ids);
  await seedKnowledgeDemo(trx, ids);
  await seedDailyCheckDemo(trx, ids);
  await seedExternalWorkerDemo(trx, ids);
  await seedLiaisonFormDemo(trx, ids);
  await seedSalesMeetingDemo(trx, ids);
  await seedEventPlanDemo(trx, ids);
  await seedOpeningReadinessDemo(trx, ids);
  await seedSalesPreparationDemo(trx, ids);
  await seedShowcaseDemo(trx, ids);
  await seedEtiquetteDrillDemo(trx, ids);
  await seedTrainingDemo(trx, ids);
  await seedDealDemo(trx, ids);
  await seedOwnerDocumentDemo(trx, ids);
  await seedQuestionnaireDemo(trx, ids);
  await seedServiceProfileDemo(trx, ids);
  await seedMessagingDemo(trx, ids);
  await seedLifeInfoDemo(trx, ids);
  await seedSalesChannelDemo(trx, ids);
  await seedPersonalDataDemo(trx, ids);
  await seedLifeSecretaryDemo(trx, ids);
  await seedOwnerVisitDemo(trx, ids);
  await seedCarePlanDemo(trx, ids);
  return ids;
}
