import { WORK_ORDER_DESK_ROLES, WORK_ORDER_WORKER_ROLES } from '@guanjia/domain/work-orders/work-order-flow';
import type { AuthValue } from '../../ui/auth';

/** The desk (butlers, front line, managers) records orders and return visits. */
export function isWorkOrderDesk(auth: AuthValue): boolean {
  return auth.hasRole(...WORK_ORDER_DESK_ROLES);
}

/** The desk and the people who do the work (technicians, vendor staff) read the lists; the sales side never does. */
export function canReadWorkOrders(auth: AuthValue): boolean {
  return auth.hasRole(...WORK_ORDER_DESK_ROLES, ...WORK_ORDER_WORKER_ROLES);
}
