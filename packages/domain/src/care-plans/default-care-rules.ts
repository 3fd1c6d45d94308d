import type { CareRuleContent } from './care-rule.js';

export interface DefaultCareRule extends CareRuleContent {
  key: string;
}

/**
 * The seed's four examples of 个性化管家服务 (管家式服务内容（一）), worded as printed. Each service names
 * the catalog item (类别-项目, printed numbers) its work orders are recorded under; the days and times
 * are starting points the butler adjusts with the owner.
 */
export const DEFAULT_CARE_RULES: readonly DefaultCareRule[] = [
  {
    key: 'elderly',
    name: '家庭结构以老人为主的家庭',
    description: '管家将偏重于老人的生活便利及健康方面提供服务，例如：主动征询物品代购需求、建立健康档案、定时巡查问候等',
    condition: { tags: ['elderly'], minAge: null },
    actions: [
      { key: 'purchasing', title: '主动征询物品代购需求', categoryNumber: 5, itemNumber: 17, recurrence: { kind: 'weekly', weekdays: [1] }, timeOfDay: '10:00' },
      { key: 'healthRecord', title: '建立健康档案', categoryNumber: 5, itemNumber: 1, recurrence: { kind: 'once' }, timeOfDay: null },
      { key: 'visits', title: '定时巡查问候', categoryNumber: 5, itemNumber: 1, recurrence: { kind: 'weekly', weekdays: [2, 5] }, timeOfDay: '10:00' },
    ],
  },
  {
    key: 'holidayHome',
    name: '度假式居住的业主',
    description: '管家可根据业主需求定期为其安排房间通风、房屋设备维护、家居清洁、绿化打理、机票预订、出行车辆安排等服务',
    condition: { tags: ['holidayHome'], minAge: null },
    actions: [
      { key: 'ventilation', title: '房间通风', categoryNumber: 5, itemNumber: 1, recurrence: { kind: 'weekly', weekdays: [3] }, timeOfDay: '10:00' },
      { key: 'equipment', title: '房屋设备维护', categoryNumber: 8, itemNumber: 33, recurrence: { kind: 'monthly', dayOfMonth: 1 }, timeOfDay: '10:00' },
      { key: 'cleaning', title: '家居清洁', categoryNumber: 3, itemNumber: 12, recurrence: { kind: 'everyDays', days: 14 }, timeOfDay: '14:00' },
      { key: 'plants', title: '绿化打理', categoryNumber: 4, itemNumber: 3, recurrence: { kind: 'weekly', weekdays: [3] }, timeOfDay: '15:00' },
      { key: 'tickets', title: '机票预订', categoryNumber: 5, itemNumber: 11, recurrence: { kind: 'once' }, timeOfDay: null },
      { key: 'cars', title: '出行车辆安排', categoryNumber: 5, itemNumber: 14, recurrence: { kind: 'once' }, timeOfDay: null },
    ],
  },
  {
    key: 'sporty',
    name: '喜欢运动的业主',
    description: '管家将主动根据其作息规律在征询业主意见后为其预订合适的运动场地',
    condition: { tags: ['sporty'], minAge: null },
    actions: [{ key: 'venue', title: '预订合适的运动场地', categoryNumber: 1, itemNumber: 3, recurrence: { kind: 'weekly', weekdays: [6] }, timeOfDay: '09:00', fromUsualTimes: true }],
  },
  {
    key: 'busy',
    name: '工作繁忙的业主',
    description: '管家会安排家政人员对住宅进行清洁整理、洗涤衣物、代购生活用品，甚至按照主人喜好摆放好鲜花',
    condition: { tags: ['busy'], minAge: null },
    actions: [
      { key: 'housekeeping', title: '安排家政人员对住宅进行清洁整理', categoryNumber: 5, itemNumber: 24, recurrence: { kind: 'weekly', weekdays: [5] }, timeOfDay: '14:00' },
      { key: 'laundry', title: '洗涤衣物', categoryNumber: 5, itemNumber: 23, recurrence: { kind: 'weekly', weekdays: [2, 5] }, timeOfDay: '09:00' },
      { key: 'groceries', title: '代购生活用品', categoryNumber: 5, itemNumber: 27, recurrence: { kind: 'weekly', weekdays: [6] }, timeOfDay: '10:00' },
      { key: 'flowers', title: '按照主人喜好摆放好鲜花', categoryNumber: 5, itemNumber: 4, recurrence: { kind: 'weekly', weekdays: [1] }, timeOfDay: '09:00' },
    ],
  },
];
