import { Route, Routes } from 'react-router';
import { SERVICE_CATEGORIES } from '@guanjia/domain/service-catalog/catalog';
import type { Me } from '../../ui/auth';
import { catalogItem } from '../../testing/catalog';
import { renderWithApp } from '../../testing/utils';
import { H5App } from '../H5App';
import type { OwnerWorkOrder, ServiceCategory, ServiceItem } from './api';

export const ownerMe: Me = {
  user: { id: 'o1', username: 'owner', name: '吴先生', kind: 'owner', roles: ['owner'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const myHouseholds = {
  items: [
    {
      id: 'h1',
      projectId: 'p1',
      name: '吴宅',
      unit: { id: 'u1', code: '1-101', floor: 1, buildingId: 'b1', buildingCode: '1', buildingName: '1号楼' },
      members: [],
      version: 1,
    },
  ],
};

export const carpetCleaning = catalogItem({
  id: 'i-carpet',
  categoryNumber: 3,
  number: 5,
  name: '地毯清洗',
  leadWorkingDays: 1,
  bookable: true,
  priceMode: 'fixed',
  priceFen: 1500,
  unit: '平方米',
});

/** Items the owner tests pick, by category; every other category offers one plain item. */
const PICKED: Record<number, ServiceItem[]> = {
  1: [
    catalogItem({ id: 'i-wake', categoryNumber: 1, number: 1, name: '定时叫醒' }),
    catalogItem({ id: 'i-club', categoryNumber: 1, number: 3, name: '会所场地预定', note: '提前1个工作日预约', leadWorkingDays: 1, bookable: true }),
  ],
  3: [
    catalogItem({ id: 'i-stone', categoryNumber: 3, number: 1, name: '石材地面喷蜡保养、晶面处理', leadWorkingDays: 1, bookable: true, priceMode: 'quoted' }),
    carpetCleaning,
  ],
  8: [catalogItem({ id: 'i-drain', categoryNumber: 8, number: 18, name: '疏通下水道', leadWorkingDays: 1, bookable: true, repairable: true })],
};

/** The seed's eleven categories in printed order, one or two items each. */
export const catalog: { categories: ServiceCategory[] } = {
  categories: SERVICE_CATEGORIES.map(({ number, name }) => ({
    number,
    name,
    items: PICKED[number] ?? [catalogItem({ id: `i-${number}`, categoryNumber: number, number: 1, name: `${name}项目` })],
  })),
};

export function workOrder(over: Partial<OwnerWorkOrder> = {}): OwnerWorkOrder {
  return {
    id: 'w1',
    number: 'GD-20261127-0001',
    projectId: 'p1',
    kind: 'booking',
    status: 'submitted',
    title: '地毯清洗',
    description: '客厅地毯约 12 平方米',
    category: { number: 3, name: '家政服务' },
    serviceItem: { id: 'i-carpet', number: 5, name: '地毯清洗' },
    emergency: false,
    householdId: 'h1',
    unitLabel: '1号楼 1-101',
    serviceDate: '2026-11-30',
    serviceStart: '09:00',
    serviceEnd: '10:00',
    acceptDueAt: '2026-11-27T09:00:00.000Z',
    completeDueAt: '2026-11-30T10:00:00.000Z',
    acceptOverdue: false,
    completeOverdue: false,
    handlerName: null,
    reopenCount: 0,
    urgeCount: 0,
    satisfaction: null,
    photos: [],
    timeline: [{ action: 'create', toStatus: 'submitted', reason: null, at: '2026-11-27T07:00:00.000Z' }],
    allowedActions: ['cancel'],
    canUrge: true,
    version: 1,
    createdAt: '2026-11-27T07:00:00.000Z',
    updatedAt: '2026-11-27T07:00:00.000Z',
    ...over,
  };
}

/** The owner pages as App mounts them, under /h5/. */
export function renderH5(path: string) {
  return renderWithApp(
    <Routes>
      <Route path="/h5/*" element={<H5App />} />
    </Routes>,
    path,
  );
}
