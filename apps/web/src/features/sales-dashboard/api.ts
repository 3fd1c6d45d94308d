import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { VisitType } from '@guanjia/domain/reception/index';
import type { WorkOrderKind, WorkOrderStatus } from '@guanjia/domain';
import { api } from '../../ui/api';

export interface Person {
  id: string;
  name: string;
}

export interface VisitFigures {
  visitors: number;
  people: number;
  byType: Record<VisitType, number>;
  walkIns: number;
  appointments: number;
  noShows: number;
  received: number;
  averageWaitSeconds: number | null;
  alertsRaised: number;
  alertsHandled: number;
  accompanimentComplete: number;
  departed: number;
}

export interface DayFigures extends VisitFigures {
  date: string;
}

export interface ConsultantFigures {
  consultant: Person;
  daysOnDuty: number;
  visitors: number;
  walkIns: number;
  received: number;
  averageWaitSeconds: number | null;
  alerts: number;
}

export interface ComplaintItem {
  id: string;
  number: string;
  kind: WorkOrderKind;
  title: string;
  status: WorkOrderStatus;
  replyBy: string | null;
  overdue: boolean;
  createdAt: string;
  accountable: Person | null;
}

export interface SalesDashboard {
  salesCenter: { id: string; name: string; projectId: string };
  from: string;
  to: string;
  today: string;
  days: DayFigures[];
  consultants: ConsultantFigures[];
  totals: VisitFigures;
  complaints: {
    open: number;
    overdue: number;
    answeredOnTime: number;
    answeredLate: number;
    settledOnSpot: number;
    /** Null when the caller's role does not see work orders (the sales manager). */
    items: ComplaintItem[] | null;
  };
  dailyCheck: { date: string; state: 'notStarted' | 'inProgress' | 'completed'; checkId: string | null } | null;
  liaisonForms: { overdue: number } | null;
}

export interface DashboardRange {
  from: string;
  to: string;
}

export const salesDashboardKeys = {
  all: ['salesDashboard'] as const,
  one: (salesCenterId: string, range: DashboardRange) => ['salesDashboard', salesCenterId, range.from, range.to] as const,
};

export function useSalesDashboard(salesCenterId: string | undefined, range: DashboardRange) {
  return useQuery({
    queryKey: salesDashboardKeys.one(salesCenterId ?? '', range),
    queryFn: ({ signal }) => api.get<SalesDashboard>('/api/sales-dashboard', { salesCenterId, from: range.from, to: range.to }, signal),
    enabled: Boolean(salesCenterId),
    placeholderData: keepPreviousData,
  });
}
