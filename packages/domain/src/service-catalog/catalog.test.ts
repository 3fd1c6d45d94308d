import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_HOURS, SERVICE_CATALOG_ITEMS, SERVICE_CATEGORIES, highestPrintedNumber, serviceCategoryDefaults, type CatalogItem } from './catalog.js';

const item = (category: number, number: number): CatalogItem | undefined =>
  SERVICE_CATEGORIES.find((c) => c.number === category)?.items.find((i) => i.number === number);

describe('the seed catalog', () => {
  it('has 110 items in 11 categories in the seed order', () => {
    expect(SERVICE_CATALOG_ITEMS).toHaveLength(110);
    expect(SERVICE_CATEGORIES.map((c) => [c.number, c.name])).toEqual([
      [1, '生活秘书服务'],
      [2, '安保服务'],
      [3, '家政服务'],
      [4, '绿化服务'],
      [5, '便民服务'],
      [6, '商务服务'],
      [7, '交通服务'],
      [8, '维修服务'],
      [9, '搬运服务'],
      [10, '租赁服务'],
      [11, '房屋代管服务'],
    ]);
  });

  const counts = [9, 2, 12, 4, 26, 8, 4, 33, 4, 4, 4];
  for (const [i, count] of counts.entries()) {
    it(`category ${i + 1} has ${count} items, numbered in ascending printed order`, () => {
      const numbers = SERVICE_CATEGORIES[i].items.map((x) => x.number);
      expect(numbers).toHaveLength(count);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(SERVICE_CATEGORIES[i].items.every((x) => x.categoryNumber === i + 1)).toBe(true);
    });
  }

  const gaps: Array<[number, number[]]> = [
    [5, [...Array.from({ length: 14 }, (_, k) => k + 1), ...Array.from({ length: 12 }, (_, k) => k + 16)]],
    [7, [1, 3, 4, 5]],
  ];
  for (const [category, numbers] of gaps) {
    it(`category ${category} keeps its printed numbers with the gap`, () => {
      expect(SERVICE_CATEGORIES[category - 1].items.map((x) => x.number)).toEqual(numbers);
    });
  }
  it('keeps the highest printed numbers (added items go above them)', () => {
    expect(highestPrintedNumber(5)).toBe(27);
    expect(highestPrintedNumber(7)).toBe(5);
    expect(highestPrintedNumber(8)).toBe(33);
  });

  const names: Array<[number, number, string]> = [
    [1, 1, '定时叫醒'],
    [1, 9, '提供各项生活信息'],
    [2, 1, '陪业主存、取巨款服务'],
    [2, 2, '访客接待/指引'],
    [3, 1, '石材地面喷蜡保养、晶面处理'],
    [3, 10, '玻璃(内侧)保洁'],
    [4, 2, '植物代种植'],
    [5, 2, '代订/送饮用水'],
    [5, 13, '代缴水、电、燃气、有线电视等费用'],
    [5, 14, '代接车'],
    [5, 16, '代烹饪'],
    [5, 26, '宠物护理弃养'],
    [6, 3, '复印/扫描'],
    [7, 1, '代招出租车'],
    [7, 3, '紧急用车'],
    [8, 1, '抽油烟机安装'],
    [8, 24, '墙面粉刷'],
    [8, 25, '供电线路改造'],
    [8, 32, '电脑维修/软件维护'],
    [8, 33, '家电调试'],
    [9, 3, '清理装修垃圾'],
    [10, 4, '出租车位'],
    [11, 4, '出租房代管理'],
  ];
  for (const [category, number, name] of names) {
    it(`${category}.${number} is ${name}`, () => expect(item(category, number)?.name).toBe(name));
  }
  it('has no 便民服务 15 and no 交通服务 2', () => {
    expect(item(5, 15)).toBeUndefined();
    expect(item(7, 2)).toBeUndefined();
  });

  it('keeps the doorman passage out of the repair list', () => {
    const text = SERVICE_CATALOG_ITEMS.map((i) => `${i.name}${i.note ?? ''}`).join('|');
    for (const fragment of ['门僮', '内容提要', '护车顶', '迎送']) expect(text).not.toContain(fragment);
  });

  // Every printed note; every other item's note is null.
  const notes: Array<[number, number, string]> = [
    [1, 3, '提前1个工作日预约'],
    [1, 4, '提前1个工作日预约'],
    [1, 5, '提前1个工作日预约'],
    [1, 6, '恶劣天气/紧急时间/社区信息'],
    [1, 9, '提供各类生活服务单位如餐厅、影院、干洗店、会所、以及家政公司等联络资料、相关信息。'],
    [2, 1, '提前1个工作日预约'],
    [4, 2, '提前3个工作日预约'],
  ];
  for (const [category, number, note] of notes) {
    it(`${category}.${number} notes ${note}`, () => expect(item(category, number)?.note).toBe(note));
  }
  it('prints no other note', () => {
    const noted = SERVICE_CATALOG_ITEMS.filter((i) => i.note !== null).map((i) => [i.categoryNumber, i.number]);
    expect(noted).toEqual(notes.map(([c, n]) => [c, n]));
  });

  it('lead times: 1 for the three bookings, 家政, 维修 and 巨款; 3 for 植物代种植; 0 otherwise', () => {
    const expected = (i: CatalogItem) => {
      if (i.categoryNumber === 1 && [3, 4, 5].includes(i.number)) return 1;
      if (i.categoryNumber === 3 || i.categoryNumber === 8) return 1;
      if (i.categoryNumber === 2 && i.number === 1) return 1;
      if (i.categoryNumber === 4 && i.number === 2) return 3;
      return 0;
    };
    for (const i of SERVICE_CATALOG_ITEMS) expect([i.name, i.leadWorkingDays]).toEqual([i.name, expected(i)]);
    expect(SERVICE_CATALOG_ITEMS.filter((i) => i.leadWorkingDays > 0)).toHaveLength(3 + 12 + 33 + 1 + 1);
  });

  it('家政 and 维修 appointments keep a null note although they inherit the lead time', () => {
    for (const i of SERVICE_CATALOG_ITEMS.filter((x) => x.categoryNumber === 3 || x.categoryNumber === 8)) expect(i.note).toBeNull();
  });
});

describe('per-item defaults', () => {
  const byCategory = (n: number) => SERVICE_CATEGORIES[n - 1].items;

  it('bookable: 家政, 维修, 搬运, 交通, 绿化 1–3, 安保 1, 生活秘书 1/3/4/5', () => {
    for (const n of [3, 7, 8, 9]) expect(byCategory(n).every((i) => i.bookable)).toBe(true);
    expect(byCategory(4).map((i) => i.bookable)).toEqual([true, true, true, false]);
    expect(byCategory(2).map((i) => i.bookable)).toEqual([true, false]);
    expect(byCategory(1).filter((i) => i.bookable).map((i) => i.number)).toEqual([1, 3, 4, 5]);
  });

  it('repairable: exactly the 33 维修 items', () => {
    expect(SERVICE_CATALOG_ITEMS.filter((i) => i.repairable).every((i) => i.categoryNumber === 8)).toBe(true);
    expect(SERVICE_CATALOG_ITEMS.filter((i) => i.repairable)).toHaveLength(33);
  });

  it('price: 生活秘书 and 安保 free; 家政, 维修, 绿化, 搬运, 租赁, 房屋代管 quoted; nothing fixed', () => {
    for (const n of [1, 2]) expect(byCategory(n).every((i) => i.priceMode === 'free')).toBe(true);
    for (const n of [3, 4, 8, 9, 10, 11]) expect(byCategory(n).every((i) => i.priceMode === 'quoted')).toBe(true);
    expect(byCategory(6).filter((i) => i.priceMode === 'free').map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(SERVICE_CATALOG_ITEMS.some((i) => i.priceMode === 'fixed')).toBe(false);
  });

  it('return visits: 家政, 维修, 绿化, 搬运 only', () => {
    for (const i of SERVICE_CATALOG_ITEMS) expect([i.name, i.returnVisitRequired]).toEqual([i.name, [3, 4, 8, 9].includes(i.categoryNumber)]);
  });

  it('SLA: accept in 30 minutes; 维修 completes in 480 working minutes, others in 1440 clock minutes', () => {
    for (const i of SERVICE_CATALOG_ITEMS) {
      const repair = i.categoryNumber === 8;
      expect([i.name, i.slaAcceptMinutes, i.slaCompleteMinutes, i.slaBasis]).toEqual([i.name, 30, repair ? 480 : 1440, repair ? 'working' : 'clock']);
    }
  });

  it('service hours 08:00–20:00 every day, one copy per item', () => {
    for (const i of SERVICE_CATALOG_ITEMS) expect(i.serviceHours).toEqual({ start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5, 6, 7] });
    expect(SERVICE_CATALOG_ITEMS[0].serviceHours).not.toBe(DEFAULT_SERVICE_HOURS);
    expect(SERVICE_CATALOG_ITEMS[0].serviceHours.days).not.toBe(SERVICE_CATALOG_ITEMS[1].serviceHours.days);
  });
});

describe('defaults for an item added to a category', () => {
  const cases: Array<[number, Partial<CatalogItem>]> = [
    [1, { bookable: false, priceMode: 'free', leadWorkingDays: 0, returnVisitRequired: false }],
    [3, { bookable: true, priceMode: 'quoted', leadWorkingDays: 1, returnVisitRequired: true, repairable: false }],
    [4, { bookable: true, priceMode: 'quoted', leadWorkingDays: 0, returnVisitRequired: true }],
    [7, { bookable: true, priceMode: 'quoted' }],
    [8, { bookable: true, repairable: true, leadWorkingDays: 1, slaBasis: 'working', slaCompleteMinutes: 480, returnVisitRequired: true }],
    [11, { bookable: false, priceMode: 'quoted', returnVisitRequired: false }],
  ];
  for (const [category, expected] of cases) {
    it(`category ${category}`, () => expect(serviceCategoryDefaults(category)).toMatchObject({ ...expected, serviceHours: DEFAULT_SERVICE_HOURS }));
  }
});
