import { WORK_ORDER_DESK_ROLES, type Role } from '@guanjia/domain';
import { RECEPTION_READ_ROLES } from '@guanjia/domain/reception/index';
import { DAILY_CHECK_READER_ROLES } from '@guanjia/domain/sales-site/daily-check';
import { LIAISON_READER_ROLES } from '@guanjia/domain/sales-site/liaison-form-flow';

/**
 * Who opens the dashboard: whoever reads the whole sales center's reception (company-wide roles,
 * the service-center manager, butlers, front line, the developer's sales manager). Consultants,
 * marketing, technicians, vendors and owners get 403.
 */
export const SALES_DASHBOARD_ROLES: readonly Role[] = RECEPTION_READ_ROLES;

export interface DashboardSections {
  /** The open complaints themselves (numbers, titles, who is accountable), not only their counts. */
  complaintItems: boolean;
  dailyCheck: boolean;
  liaisonForms: boolean;
}

/**
 * Each block follows the read rule of the module it summarises. The sales manager sees visitors,
 * waits, alerts and how many complaints are open or late (the visitor experience at their site),
 * but not the work orders themselves, which the work-order module keeps to the property company's desk.
 */
export function dashboardSections(roles: readonly Role[]): DashboardSections {
  const any = (allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));
  return { complaintItems: any(WORK_ORDER_DESK_ROLES), dailyCheck: any(DAILY_CHECK_READER_ROLES), liaisonForms: any(LIAISON_READER_ROLES) };
}
