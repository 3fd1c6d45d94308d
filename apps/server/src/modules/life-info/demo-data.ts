import { uuidv7 } from '@guanjia/domain';
import type { LifeInfoCategory } from '@guanjia/domain/life-info/life-info';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { recordLifeInfoEvent, tagColumns, type LifeInfoEntryRow } from './life-info-access.js';

type DemoEntry = { category: LifeInfoCategory; name: string; address: string | null; phone: string | null; hours: string | null; note: string | null; tags: string[]; published: boolean };

/** The places around project 1 (江湾路) a butler is asked about most; one draft still being checked. */
const ENTRIES: DemoEntry[] = [
  { category: 'restaurant', name: '江湾本帮菜馆', address: '杨浦区江湾路 120 号 1 楼', phone: '021-6511 2088', hours: '11:00–14:00，17:00–21:30', note: '业主凭业主卡享九折，包间请提前一天预订', tags: ['本帮菜', '包间', '业主优惠'], published: true },
  { category: 'restaurant', name: '禾下粤式茶餐厅', address: '杨浦区政立路 58 号合生汇 B1', phone: '021-6530 7766', hours: '10:00–22:00', note: null, tags: ['粤菜', '早茶', '外卖'], published: true },
  { category: 'cinema', name: '江湾星光影城', address: '杨浦区淞沪路 77 号星光广场 4 楼', phone: '021-6533 9999', hours: '09:30–次日 01:00', note: '设 IMAX 厅，周二半价', tags: ['IMAX', '停车'], published: true },
  { category: 'dryCleaner', name: '洁雅干洗（江湾店）', address: '杨浦区江湾路 96 号', phone: '021-6548 1123', hours: '08:30–20:00', note: '可上门收送，满 3 件免费；羊绒、皮具需 5 个工作日', tags: ['上门收送', '皮具护理'], published: true },
  { category: 'clubhouse', name: '江湾壹号会所', address: '小区 3 号楼南侧', phone: '021-6501 8800', hours: '07:00–22:00', note: '泳池、健身房、棋牌室；场地请在管家服务“会所场地预定”中预约', tags: ['泳池', '健身', '棋牌'], published: true },
  { category: 'housekeeping', name: '安心家政服务有限公司', address: '杨浦区国权路 39 号 2 楼', phone: '400-820-6688', hours: '08:00–20:00', note: '保洁、月嫂、育儿嫂；经物业审核的合作单位', tags: ['保洁', '月嫂', '育儿嫂'], published: true },
  { category: 'supermarket', name: '鲜丰生活超市（江湾店）', address: '杨浦区江湾路 150 号', phone: '021-6512 3300', hours: '07:00–22:00', note: '3 公里内 30 分钟送达', tags: ['生鲜', '送货上门'], published: true },
  { category: 'hospital', name: '江湾社区卫生服务中心', address: '杨浦区江湾路 210 号', phone: '021-6569 1200', hours: '门诊 8:00–17:00', note: '家庭医生签约、慢病配药；夜间急诊请到区中心医院', tags: ['家庭医生', '配药'], published: true },
  { category: 'pharmacy', name: '仁和大药房（江湾路店）', address: '杨浦区江湾路 102 号', phone: '021-6543 2211', hours: '24 小时', note: '可用医保卡', tags: ['24小时', '医保'], published: true },
  { category: 'bank', name: '江湾银行网点', address: '杨浦区淞沪路 8 号', phone: '021-6520 5555', hours: '周一至周五 9:00–17:00，周六 9:00–16:00', note: '大厅有 24 小时自助银行', tags: ['自助银行', 'ATM'], published: true },
  { category: 'other', name: '江湾邮政所', address: '杨浦区江湾路 60 号', phone: '021-6522 0311', hours: '08:30–17:00', note: '快递寄件、报刊订阅', tags: ['邮寄', '快递'], published: true },
  // Still being checked by the butler: owners do not see it.
  { category: 'restaurant', name: '小杨生煎（江湾店）', address: '杨浦区江湾路 132 号', phone: null, hours: '07:00–20:00', note: '电话待核实', tags: ['小吃'], published: false },
];

export async function seedLifeInfoDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const butler = ids.users.butler;
  if (!butler) return;
  const at = new Date().toISOString();
  for (const [i, e] of ENTRIES.entries()) {
    const row: LifeInfoEntryRow = {
      id: uuidv7(),
      company_id: ids.companyId,
      project_id: projectId,
      category: e.category,
      name: e.name,
      address: e.address,
      phone: e.phone,
      opening_hours: e.hours,
      note: e.note,
      ...tagColumns(e.tags),
      published: e.published ? 1 : 0,
      published_at: e.published ? at : null,
      sort_order: (i + 1) * 10,
      created_by: butler,
      updated_by: butler,
      ...newRowStamp(at),
    };
    await trx.insertInto('life_info_entries').values(row).execute();
    await recordLifeInfoEvent(trx, row, { action: 'create', actorId: butler, data: { published: e.published }, at });
  }
}
