import type { Me } from '../../ui/auth';
import type { CarePlan, CareRule, CareSuggestion } from './api';

export const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const suggestion = (patch: Partial<CareSuggestion> = {}): CareSuggestion => ({
  id: 's1',
  projectId: 'p1',
  householdId: 'h1',
  householdLabel: '1号楼 1-101（吴宅）',
  ruleId: 'r1',
  ruleName: '家庭结构以老人为主的家庭',
  actionKey: 'visits',
  status: 'suggested',
  proposal: { title: '定时巡查问候', categoryNumber: 5, itemNumber: 1, itemName: '日常生活安排', recurrence: { kind: 'weekly', weekdays: [2, 5] }, timeOfDay: '10:00', note: null },
  decidedBy: null,
  decidedAt: null,
  declineReason: null,
  planId: null,
  createdAt: '2026-03-02T02:00:00Z',
  version: 1,
  allowedActions: ['accept', 'adjust', 'decline'],
  ...patch,
});

export const plan = (patch: Partial<CarePlan> = {}): CarePlan => ({
  id: 'cp1',
  projectId: 'p1',
  householdId: 'h1',
  householdLabel: '1号楼 1-101（吴宅）',
  categoryNumber: 5,
  itemNumber: 17,
  itemName: '代购服务',
  title: '主动征询物品代购需求',
  recurrence: { kind: 'weekly', weekdays: [1] },
  timeOfDay: '10:00',
  note: null,
  startOn: '2026-03-02',
  nextDueOn: '2026-03-09',
  upcoming: ['2026-03-09', '2026-03-16', '2026-03-23'],
  status: 'active',
  accountable: { id: 'u-butler', name: '李管家' },
  recent: [{ dueOn: '2026-03-02', status: 'created', workOrder: { id: 'wo1', number: 'GD-20260302-0001', status: 'accepted' }, skipReason: null }],
  version: 2,
  allowedActions: ['pause', 'end'],
  ...patch,
});

export const rule = (patch: Partial<CareRule> = {}): CareRule => ({
  id: 'r1',
  projectId: 'p1',
  key: 'sporty',
  name: '喜欢运动的业主',
  description: '管家将主动根据其作息规律在征询业主意见后为其预订合适的运动场地',
  condition: { tags: ['sporty'], minAge: null },
  actions: [{ key: 'venue', title: '预订合适的运动场地', categoryNumber: 1, itemNumber: 3, itemName: '会所场地预定', recurrence: { kind: 'weekly', weekdays: [6] }, timeOfDay: '09:00', fromUsualTimes: true }],
  enabled: true,
  origin: 'seed',
  updatedAt: '2026-03-02T02:00:00Z',
  version: 3,
  allowedActions: ['edit'],
  ...patch,
});

export const page = <T>(items: T[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
