import { businessDate, uuidv7 } from '@guanjia/domain';
import type { EquipmentStatus } from '@guanjia/domain/opening-readiness/equipment-flow';
import { addCalendarDays, openingMilestones, subtractCalendarMonths, type OpeningMilestoneKey } from '@guanjia/domain/opening-readiness/milestones';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { EquipmentPlaceKind } from './tables.js';

/** Who owns which milestone in the demo; the others wait to be assigned. */
const OWNERS: Partial<Record<OpeningMilestoneKey, 'manager' | 'butler' | 'marketing'>> = {
  clubhouseEquipmentPurchaseRequests: 'manager',
  clubhouseEquipmentInPlace: 'manager',
  clubhouseDisplayHours: 'marketing',
  clubhouseTraining: 'butler',
  showFlatOpening: 'butler',
};

const EQUIPMENT: Array<[EquipmentPlaceKind, string, string, number, EquipmentStatus]> = [
  ['clubhouse', '会所', '前台接待台', 1, 'checked'],
  ['clubhouse', '会所', '水吧咖啡机', 2, 'installed'],
  ['clubhouse', '会所', '制冰机', 1, 'delivered'],
  ['clubhouse', '会所', '健身房跑步机', 4, 'purchased'],
  ['clubhouse', '会所', '阅览室书架', 6, 'checked'],
  ['clubhouse', '会所', '背景音乐系统', 1, 'requested'],
  ['clubhouse', '会所', '消毒柜', 1, 'installed'],
  ['showFlat', 'A户型样板房', '鞋套机', 1, 'checked'],
  ['showFlat', 'A户型样板房', '香薰机', 3, 'delivered'],
  ['showFlat', 'A户型样板房', '讲解员对讲机', 4, 'purchased'],
  ['showFlat', 'B户型样板房', '鞋套机', 1, 'requested'],
  ['showFlat', 'B户型样板房', '参观路线指示牌', 8, 'installed'],
];

/**
 * Project 1 prepares its opening: first launch about four months ahead, the clubhouse about three
 * and a half, the show flat about two; the milestones come from the rules, the purchase requests are
 * done, and the clubhouse and show-flat configuration lists are part way.
 */
export async function seedOpeningReadinessDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const today = businessDate(new Date());
  const projectId = ids.projectIds[0];
  const tenancy = { company_id: ids.companyId, project_id: projectId };
  const at = new Date().toISOString();
  const dates = {
    firstLaunchDate: subtractCalendarMonths(today, -4),
    clubhouseOpeningDate: addCalendarDays(today, 105),
    showFlatOpeningDate: subtractCalendarMonths(today, -2),
  };
  await trx
    .insertInto('opening_dates')
    .values({
      id: uuidv7(),
      ...tenancy,
      first_launch_date: dates.firstLaunchDate,
      clubhouse_opening_date: dates.clubhouseOpeningDate,
      show_flat_opening_date: dates.showFlatOpeningDate,
      updated_by: ids.users.manager!,
      ...newRowStamp(at),
    })
    .execute();

  for (const m of openingMilestones(dates)) {
    const owner = OWNERS[m.key];
    const done = m.key === 'clubhouseEquipmentPurchaseRequests';
    await trx
      .insertInto('opening_milestones')
      .values({
        id: uuidv7(),
        ...tenancy,
        key: m.key,
        due_date: m.dueDate,
        owner_id: owner ? ids.users[owner]! : null,
        done_at: done ? at : null,
        done_by: done ? ids.users.manager! : null,
        note: done ? '会所设备采购申请已报公司采购部' : null,
        alert_level: 'none',
        ...newRowStamp(at),
      })
      .execute();
  }

  for (const [placeKind, placeName, itemName, quantity, status] of EQUIPMENT) {
    await trx
      .insertInto('opening_equipment_items')
      .values({
        id: uuidv7(),
        ...tenancy,
        place_kind: placeKind,
        place_name: placeName,
        item_name: itemName,
        quantity,
        status,
        note: null,
        created_by: ids.users.manager!,
        removed_at: null,
        ...newRowStamp(at),
      })
      .execute();
  }
}
