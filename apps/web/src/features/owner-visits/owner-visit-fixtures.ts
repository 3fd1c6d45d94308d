import type { Assignment, OwnerVisit, ScheduleItem, VisitCoverage } from './api';

export const household = (unitCode: string, id = `h-${unitCode}`) => ({ id, label: `1号楼 ${unitCode}`, name: null, unitCode, buildingId: 'b1', buildingName: '1号楼' });
export const quarter = { year: 2026, quarter: 2, start: '2026-04-01', end: '2026-06-30', label: '2026年第2季度' };

export const scheduleItem = (unitCode: string, patch: Partial<ScheduleItem> = {}): ScheduleItem => ({
  household: household(unitCode),
  butler: { id: 'u-butler', name: '李管家' },
  lastVisitedOn: null,
  dueOn: '2026-06-30',
  status: 'due',
  plannedOn: null,
  planVersion: 0,
  ...patch,
});

export const schedulePage = (items: ScheduleItem[]) => ({ items, total: items.length, page: 1, pageSize: 20, quarter, cadence: 'quarterly', today: '2026-05-10' });

export const coverage = (patch: Partial<VisitCoverage> = {}): VisitCoverage => ({
  projectId: 'p1',
  quarter,
  cadence: 'quarterly',
  totals: { visited: 1, assigned: 4, percent: 25, overdue: 1 },
  unassigned: 0,
  butlers: [{ butler: { id: 'u-butler', name: '李管家' }, visited: 1, assigned: 4, percent: 25, overdue: 1 }],
  ...patch,
});

export const visit = (patch: Partial<OwnerVisit> = {}): OwnerVisit => ({
  id: 'v1',
  projectId: 'p1',
  household: household('1-101'),
  butler: { id: 'u-butler', name: '李管家' },
  visitedBy: { id: 'u-butler', name: '李管家' },
  kind: 'homeVisit',
  visitedAt: '2026-05-08T02:00:00.000Z',
  visitedOn: '2026-05-08',
  contactName: '吴先生',
  summary: '上门拜访',
  satisfaction: 5,
  needs: ['每月检查燃气'],
  needsInProfile: true,
  workOrder: null,
  createdAt: '2026-05-08T02:00:00.000Z',
  ...patch,
});

export const assignment = (unitCode: string, patch: Partial<Assignment> = {}): Assignment => ({ household: household(unitCode), butler: null, source: null, assignedAt: null, ...patch });

export const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
