import { businessDate, uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { newPublicCode } from './public-code.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import type { PublicityItemTable } from './tables.js';

const DAY = 86_400_000;

/**
 * Project 1's sales center: an approved showcase (decoration starts in a month), two trained
 * explainers on today's duty, work instruction v1 and a small publicity library with a few days of
 * counts. Written straight to the tables; the demo's files are catalogue rows only (the seed has
 * no data directory), so downloading them answers 404 until a real file is uploaded.
 */
export async function seedShowcaseDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const day = (daysAgo: number) => businessDate(now - daysAgo * DAY);
  const { butler, manager, regional } = ids.users;
  const projectId = ids.projectIds[0];
  const tenancy = { company_id: ids.companyId, project_id: projectId };
  const center = await trx.selectFrom('sales_centers').select('id').where('project_id', '=', projectId).orderBy('id').executeTakeFirst();
  if (!center) return;

  const demoFile = async (name: string, contentType: string) => {
    const id = uuidv7();
    await trx
      .insertInto('files')
      .values({ id, ...tenancy, owner_id: manager, original_name: name, content_type: contentType, size: 0, sha256: '', storage_path: `files/demo/${id}`, created_at: at(12) })
      .execute();
    return id;
  };
  const drawing = await demoFile('形象展示区布置图.pdf', 'application/pdf');
  const showcase = {
    id: uuidv7(),
    ...tenancy,
    sales_center_id: center.id,
    location: '销售中心一层大厅东侧，紧邻洽谈区',
    area_m2: 36,
    layout_plan: '背景墙（公司标识与服务理念）、资料架两组、55 寸视频屏一台、形象岗接待台一处、员工礼仪演练区 12 平方米。',
    layout_file_ids: JSON.stringify([drawing]),
    decoration_start_date: day(-30),
    status: 'approved' as const,
    approval_request_id: null,
    submitted_by: butler,
    submitted_at: at(12),
    decided_at: at(10),
    public_code: newPublicCode(),
    created_by: butler,
    ...newRowStamp(at(14)),
  };
  await trx.insertInto('brand_showcases').values(showcase).execute();
  await recordShowcaseEvent(trx, showcase, { action: 'create', to: 'draft', actorId: butler, at: at(14) });
  await recordShowcaseEvent(trx, showcase, { action: 'submit', from: 'draft', to: 'submitted', actorId: butler, at: at(12) });
  await recordShowcaseEvent(trx, showcase, { action: 'approve', from: 'submitted', to: 'approved', actorId: regional, note: '同意，资料架靠近入口', at: at(10) });

  const trainer = '地区物业公司 培训主管 王老师';
  const explainers = [butler, manager].map((userId) => ({ id: uuidv7(), ...tenancy, showcase_id: showcase.id, user_id: userId, trained_on: day(9), trainer, active: 1, ...newRowStamp(at(9)) }));
  await trx.insertInto('showcase_explainers').values(explainers).execute();
  await trx
    .insertInto('showcase_duties')
    .values([
      { id: uuidv7(), ...tenancy, showcase_id: showcase.id, explainer_id: explainers[0].id, duty_date: day(0), shift: 'morning', assigned_by: manager, created_at: at(2) },
      { id: uuidv7(), ...tenancy, showcase_id: showcase.id, explainer_id: explainers[1].id, duty_date: day(0), shift: 'afternoon', assigned_by: manager, created_at: at(2) },
    ])
    .execute();
  await trx
    .insertInto('showcase_instructions')
    .values({ id: uuidv7(), ...tenancy, showcase_id: showcase.id, version_no: 1, file_id: await demoFile('物业服务中心展示作业指导书 V1.pdf', 'application/pdf'), note: '首版', uploaded_by: manager, created_at: at(8) })
    .execute();

  const item = (fields: Pick<PublicityItemTable, 'kind' | 'topic' | 'title' | 'summary' | 'body' | 'file_id' | 'media_url' | 'display_order'>): PublicityItemTable => ({
    id: uuidv7(),
    ...tenancy,
    ...fields,
    status: 'published',
    published_at: at(7),
    created_by: butler,
    ...newRowStamp(at(7)),
  });
  const law = item({
    kind: 'notice',
    topic: 'law',
    title: '《物业管理条例》要点',
    summary: '业主的权利与义务、物业服务合同与前期物业服务',
    body: '一、业主依法享有物业服务合同约定的服务，并按约定交纳物业服务费用。\n二、建设单位在销售物业之前，应当制定临时管理规约，并向物业买受人明示。\n三、物业服务企业应当按照物业服务合同的约定，提供相应的服务。',
    file_id: null,
    media_url: null,
    display_order: 1,
  });
  const brochure = item({
    kind: 'brochure',
    topic: 'company',
    title: '锦华物业公司简介',
    summary: '公司基本资料、服务理念与管家式服务',
    body: null,
    file_id: await demoFile('锦华物业公司简介.pdf', 'application/pdf'),
    media_url: null,
    display_order: 2,
  });
  const video = item({
    kind: 'video',
    topic: 'service',
    title: '管家式服务宣传片',
    summary: '三分钟了解一天的管家式服务',
    body: null,
    file_id: null,
    media_url: 'https://media.example.com/jinhua/butler-service.mp4',
    display_order: 3,
  });
  await trx.insertInto('publicity_items').values([law, brochure, video]).execute();

  const handouts = [1, 2, 3].map((d) => ({ id: uuidv7(), ...tenancy, item_id: brochure.id, sales_center_id: center.id, handout_date: day(d), quantity: 20 + d * 5, recorded_by: butler, created_at: at(d) }));
  await trx.insertInto('publicity_handouts').values(handouts).execute();
  const counters = [1, 2, 3].flatMap((d) => [
    { id: uuidv7(), ...tenancy, item_id: video.id, sales_center_id: center.id, count_date: day(d), counter: 'played' as const, quantity: 30 + d },
    { id: uuidv7(), ...tenancy, item_id: law.id, sales_center_id: center.id, count_date: day(d), counter: 'played' as const, quantity: 28 + d },
    { id: uuidv7(), ...tenancy, item_id: law.id, sales_center_id: center.id, count_date: day(d), counter: 'viewed' as const, quantity: 4 + d },
    { id: uuidv7(), ...tenancy, item_id: brochure.id, sales_center_id: center.id, count_date: day(d), counter: 'viewed' as const, quantity: 2 + d },
  ]);
  await trx.insertInto('publicity_counters').values(counters).execute();
}
