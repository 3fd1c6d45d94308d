import { SERVICE_CATEGORIES } from '@guanjia/domain/service-catalog/catalog';
import type { CatalogServiceItem, ServiceCatalog } from '../features/service-catalog/api';

/** The eleven categories as the staff and owner pages head them: the seed's numerals, names and order. */
export const SEED_CATEGORY_HEADINGS = [
  '一、生活秘书服务',
  '二、安保服务',
  '三、家政服务',
  '四、绿化服务',
  '五、便民服务',
  '六、商务服务',
  '七、交通服务',
  '八、维修服务',
  '九、搬运服务',
  '十、租赁服务',
  '十一、房屋代管服务',
];

export const EVERY_DAY_HOURS = { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5, 6, 7] };

type ItemBasics = Pick<CatalogServiceItem, 'id' | 'categoryNumber' | 'number' | 'name'>;

/** An item as GET /api/service-catalog presents it; unless told otherwise a free, same-day, every-day one. */
export function catalogItem(over: Partial<CatalogServiceItem> & ItemBasics): CatalogServiceItem {
  return {
    note: null,
    leadWorkingDays: 0,
    enabled: true,
    priceMode: 'free',
    priceFen: null,
    unit: null,
    handlerDepartmentId: null,
    handlerVendorId: null,
    serviceHours: EVERY_DAY_HOURS,
    slaAcceptMinutes: 30,
    slaCompleteMinutes: 1440,
    slaBasis: 'clock',
    returnVisitRequired: false,
    bookable: false,
    repairable: false,
    origin: 'seed',
    version: 1,
    ...over,
  };
}

/** The seed catalog as the server presents it for project p1; repairs are handled by department d-eng. */
export function seedCatalog(): ServiceCatalog {
  return {
    projectId: 'p1',
    categories: SERVICE_CATEGORIES.map((c) => ({
      number: c.number,
      name: c.name,
      items: c.items.map((i) =>
        catalogItem({
          ...i,
          id: `i-${c.number}-${i.number}`,
          handlerDepartmentId: c.number === 8 ? 'd-eng' : null,
        }),
      ),
    })),
  };
}
