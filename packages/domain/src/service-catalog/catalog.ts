/**
 * 管家式服务内容一览表: the seed's 11 service categories and 110 items, with the printed numbers
 * (gaps kept: 便民服务 has no 15, 交通服务 no 2), wording and notes exactly as printed, and the
 * defaults a new project's catalog starts from. The server copies these rows into each project.
 */

export type ServicePriceMode = 'free' | 'fixed' | 'quoted';

/** ISO weekdays, 1 = Monday … 7 = Sunday; start/end are 'HH:MM' in Shanghai time. */
export interface ServiceHours {
  start: string;
  end: string;
  days: number[];
}

/** What a project may change per item; the catalog supplies the defaults. */
export interface ServiceItemDefaults {
  /** Minimum notice for an appointment, in Chinese working days. */
  leadWorkingDays: number;
  /** The request carries a service date and time (an appointment). */
  bookable: boolean;
  /** May also be reported as a fault now (报修): no lead time, only the SLA, possibly an emergency. */
  repairable: boolean;
  priceMode: ServicePriceMode;
  returnVisitRequired: boolean;
  serviceHours: ServiceHours;
  slaAcceptMinutes: number;
  slaCompleteMinutes: number;
  /** Both clocks count in this basis: 'clock' minutes or 'working' minutes (office hours on working days). */
  slaBasis: 'clock' | 'working';
}

export interface CatalogItem extends ServiceItemDefaults {
  categoryNumber: number;
  /** The printed number within the category. */
  number: number;
  name: string;
  /** The seed's 备注 exactly as printed, or null. */
  note: string | null;
}

export interface CatalogCategory {
  /** 1–11, printed as 一 … 十一. */
  number: number;
  /** Code name, also the web's i18n key. */
  key: string;
  name: string;
  items: CatalogItem[];
}

export const DEFAULT_SERVICE_HOURS: ServiceHours = { start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5, 6, 7] };
export const DEFAULT_SLA_ACCEPT_MINUTES = 30;
export const DEFAULT_SLA_COMPLETE_MINUTES = 1440;
/** A repair is promised within one working day of office hours (8 × 60). */
export const REPAIR_SLA_COMPLETE_WORKING_MINUTES = 480;

const BOOK_1 = '提前1个工作日预约';
const BOOK_3 = '提前3个工作日预约';

type Traits = Partial<ServiceItemDefaults> & { note?: string };
type Row = readonly [number: number, name: string, traits?: Traits];

interface CategorySpec {
  number: number;
  key: string;
  name: string;
  defaults: Partial<ServiceItemDefaults>;
  rows: readonly Row[];
}

const BASE: ServiceItemDefaults = {
  leadWorkingDays: 0,
  bookable: false,
  repairable: false,
  priceMode: 'free',
  returnVisitRequired: false,
  serviceHours: DEFAULT_SERVICE_HOURS,
  slaAcceptMinutes: DEFAULT_SLA_ACCEPT_MINUTES,
  slaCompleteMinutes: DEFAULT_SLA_COMPLETE_MINUTES,
  slaBasis: 'clock',
};

/** Work done at the home by staff or a vendor: booked ahead, priced per job, followed by a return visit. */
const ON_SITE_WORK: Partial<ServiceItemDefaults> = { bookable: true, priceMode: 'quoted', returnVisitRequired: true };
const appointment: Traits = { bookable: true };
/** Labour, a vehicle or a third party's work: the price is quoted per request. */
const quoted: Traits = { priceMode: 'quoted' };
const quotedAppointment: Traits = { bookable: true, priceMode: 'quoted' };

const SPECS: readonly CategorySpec[] = [
  {
    number: 1,
    key: 'lifeSecretary',
    name: '生活秘书服务',
    // The secretary's own work is free; what it books (家政, 维修, the venue) is priced on its own item.
    defaults: {},
    rows: [
      [1, '定时叫醒', appointment],
      [2, '留言转达'],
      [3, '会所场地预定', { note: BOOK_1, leadWorkingDays: 1, bookable: true }],
      [4, '家政服务预约', { note: BOOK_1, leadWorkingDays: 1, bookable: true }],
      [5, '维修服务预约', { note: BOOK_1, leadWorkingDays: 1, bookable: true }],
      [6, '手机短消息温馨提示', { note: '恶劣天气/紧急时间/社区信息' }],
      [7, '节日问候'],
      [8, '生日祝贺'],
      [9, '提供各项生活信息', { note: '提供各类生活服务单位如餐厅、影院、干洗店、会所、以及家政公司等联络资料、相关信息。' }],
    ],
  },
  {
    number: 2,
    key: 'security',
    name: '安保服务',
    defaults: {},
    rows: [
      [1, '陪业主存、取巨款服务', { note: BOOK_1, leadWorkingDays: 1, bookable: true }],
      [2, '访客接待/指引'],
    ],
  },
  {
    number: 3,
    key: 'housekeeping',
    name: '家政服务',
    // Every item is an appointment booked one working day ahead (via 家政服务预约); the seed prints no note here.
    defaults: { ...ON_SITE_WORK, leadWorkingDays: 1 },
    rows: [
      [1, '石材地面喷蜡保养、晶面处理'],
      [2, '台面、窗台等面积较小的晶面处理'],
      [3, '新房开荒清洁'],
      [4, '地板养护'],
      [5, '地毯清洗'],
      [6, '抽油烟机清洗'],
      [7, '空调清洗'],
      [8, '卫生间除臭去污'],
      [9, '木饰面打蜡'],
      [10, '玻璃(内侧)保洁'],
      [11, '不锈钢表面保洁保养'],
      [12, '包月家政服务'],
    ],
  },
  {
    number: 4,
    key: 'greening',
    name: '绿化服务',
    defaults: ON_SITE_WORK,
    rows: [
      [1, '室内绿化布置'],
      [2, '植物代种植', { note: BOOK_3, leadWorkingDays: 3 }],
      [3, '植物代养护'],
      // A rental, not a visit: no date is booked.
      [4, '绿色植物租赁', { bookable: false }],
    ],
  },
  {
    number: 5,
    key: 'convenience',
    name: '便民服务',
    // Errands are free (goods, tickets and bills are paid at cost); labour, vehicles and agencies are quoted.
    defaults: {},
    rows: [
      [1, '日常生活安排'],
      [2, '代订/送饮用水', appointment],
      [3, '代提行李物品'],
      [4, '代订鲜花'],
      [5, '代聘保姆', quoted],
      [6, '代收发信件、包裹'],
      [7, '钥匙代存'],
      [8, '代订报纸刊物'],
      [9, '代收、发行李托运'],
      [10, '代缴话费'],
      [11, '代订汽车、火车、飞机票'],
      [12, '代接飞机', quotedAppointment],
      [13, '代缴水、电、燃气、有线电视等费用'],
      [14, '代接车', quotedAppointment],
      [16, '代烹饪', quotedAppointment],
      [17, '代购服务'],
      [18, '物品转交'],
      [19, '便民雨伞提供'],
      [20, '便民手推车提供'],
      [21, '宴会安排', quotedAppointment],
      [22, '旅游计划安排'],
      [23, '上门收、送洗衣', quotedAppointment],
      [24, '钟点工服务', quotedAppointment],
      [25, '接待访客服务', appointment],
      [26, '宠物护理弃养', quotedAppointment],
      [27, '配送日常生活用品', appointment],
    ],
  },
  {
    number: 6,
    key: 'business',
    name: '商务服务',
    // Office basics are free; printing photos and hosting a meeting cost materials and a room.
    defaults: {},
    rows: [
      [1, '打字'],
      [2, '代收、发传真'],
      [3, '复印/扫描'],
      [4, '收发电子邮件'],
      [5, '代设电子邮箱'],
      [6, '保险咨询'],
      [7, '照片冲印', quoted],
      [8, '小型会议服务', quotedAppointment],
    ],
  },
  {
    number: 7,
    key: 'transport',
    name: '交通服务',
    // Every request names when the car is needed; a hired car or driver is quoted, hailing a taxi is free.
    defaults: { bookable: true, priceMode: 'quoted' },
    rows: [
      [1, '代招出租车', { priceMode: 'free' }],
      [3, '紧急用车'],
      [4, '包车旅游'],
      [5, '代请司机'],
    ],
  },
  {
    number: 8,
    key: 'repair',
    name: '维修服务',
    // Appointments need one working day (via 维修服务预约); a fault reported now skips the lead time.
    defaults: {
      ...ON_SITE_WORK,
      leadWorkingDays: 1,
      repairable: true,
      slaCompleteMinutes: REPAIR_SLA_COMPLETE_WORKING_MINUTES,
      slaBasis: 'working',
    },
    rows: [
      [1, '抽油烟机安装'],
      [2, '煤气炉安装'],
      [3, '电话线移位'],
      [4, '电话插座移位'],
      [5, '电器插座移位'],
      [6, '更换插座面板'],
      [7, '更换灯泡、灯管'],
      [8, '灯具安装'],
      [9, '水龙头安装'],
      [10, '水管更换'],
      [11, '更换水阀'],
      [12, '安装猫眼'],
      [13, '更换玻璃'],
      [14, '维修更换水表'],
      [15, '玻璃开孔'],
      [16, '维修浴缸'],
      [17, '维修洗手盆'],
      [18, '疏通下水道'],
      [19, '维修塑钢门窗'],
      [20, '更换地砖'],
      [21, '安装窗帘架、盒'],
      [22, '安装晾衣架'],
      [23, '小型家电安装'],
      [24, '墙面粉刷'],
      // The seed's doorman passage (门僮迎送服务) interrupts the table here; it is not a repair item.
      [25, '供电线路改造'],
      [26, '改造地板'],
      [27, '改造天花'],
      [28, '维修更换水阀软管'],
      [29, '热水器、抽油烟机拆装'],
      [30, '音响线路布置'],
      [31, '挂镜、相框'],
      [32, '电脑维修/软件维护'],
      [33, '家电调试'],
    ],
  },
  {
    number: 9,
    key: 'moving',
    name: '搬运服务',
    defaults: ON_SITE_WORK,
    rows: [
      [1, '搬运大件物品'],
      [2, '代请搬家公司'],
      [3, '清理装修垃圾'],
      [4, '搬运装修材料'],
    ],
  },
  {
    number: 10,
    key: 'rental',
    name: '租赁服务',
    defaults: { priceMode: 'quoted' },
    rows: [
      [1, '常用工具出租'],
      [2, '电动工具出租'],
      // A space is hired for a date and time; tools and parking spaces are not.
      [3, '场地出租', appointment],
      [4, '出租车位'],
    ],
  },
  {
    number: 11,
    key: 'houseCustody',
    name: '房屋代管服务',
    // Agency work on the owner's behalf, charged by agreement.
    defaults: { priceMode: 'quoted' },
    rows: [
      [1, '房屋出租'],
      [2, '房屋出售'],
      [3, '代收租金'],
      [4, '出租房代管理'],
    ],
  },
];

function buildCategory(spec: CategorySpec): CatalogCategory {
  const items = spec.rows.map(([number, name, traits = {}]): CatalogItem => {
    const { note, ...overrides } = traits;
    const merged = { ...BASE, ...spec.defaults, ...overrides };
    return { categoryNumber: spec.number, number, name, note: note ?? null, ...merged, serviceHours: { ...merged.serviceHours, days: [...merged.serviceHours.days] } };
  });
  return { number: spec.number, key: spec.key, name: spec.name, items };
}

/** The 11 categories in the seed's order, each with its items in printed order. */
export const SERVICE_CATEGORIES: readonly CatalogCategory[] = SPECS.map(buildCategory);

/** All 110 items, category by category. */
export const SERVICE_CATALOG_ITEMS: readonly CatalogItem[] = SERVICE_CATEGORIES.flatMap((c) => c.items);

export const SERVICE_CATEGORY_NUMBERS: readonly number[] = SERVICE_CATEGORIES.map((c) => c.number);

export function serviceCategory(number: number): CatalogCategory | undefined {
  return SERVICE_CATEGORIES.find((c) => c.number === number);
}

/** Defaults for an item added to a category: the category's own (a repair item added stays repairable). */
export function serviceCategoryDefaults(categoryNumber: number): ServiceItemDefaults {
  const spec = SPECS.find((s) => s.number === categoryNumber);
  const merged = { ...BASE, ...spec?.defaults };
  return { ...merged, serviceHours: { ...merged.serviceHours, days: [...merged.serviceHours.days] } };
}

/** The highest printed number of a category: added items are numbered above it. */
export function highestPrintedNumber(categoryNumber: number): number {
  const items = serviceCategory(categoryNumber)?.items ?? [];
  return items.reduce((max, i) => Math.max(max, i.number), 0);
}
