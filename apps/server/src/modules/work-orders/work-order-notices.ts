import type { Role } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import type { WorkOrderRow } from './work-order-access.js';

// Stored notifications have one text; recipients' languages are not known, so the company's (Chinese) is used.
const LOCALE = 'zh-CN';
/** Roles told about a new H5 request of their project. */
const DESK_NOTICE_ROLES: readonly Role[] = ['butler', 'serviceCenterManager'];

type Order = Pick<WorkOrderRow, 'id' | 'project_id' | 'number' | 'title'>;

export interface WorkOrderNotice {
  userIds: readonly (string | null)[];
  /** Suffix of the notification kind, e.g. 'urged' → workOrder.urged; also picks the title key. */
  kind: string;
  bodyKey: string;
  params?: Record<string, unknown>;
  /** Owners follow the order on the H5 pages. */
  forOwner?: boolean;
}

/** Writes the notification in the caller's transaction; the actor is never told about their own action. */
export async function noticeWorkOrder(trx: Tx, order: Order, actorId: string | null, n: WorkOrderNotice): Promise<NotificationRow[]> {
  const userIds = n.userIds.filter((id): id is string => id !== null && id !== actorId);
  if (!userIds.length) return [];
  const params = { number: order.number, title: order.title, ...n.params };
  return notify(trx, {
    userIds,
    kind: `workOrder.${n.kind}`,
    projectId: order.project_id,
    link: n.forOwner ? `/h5/work-orders/${order.id}` : `/work-orders/${order.id}`,
    title: translate(LOCALE, `workOrders.notice.${n.kind}Title`, params),
    body: translate(LOCALE, n.bodyKey, params),
  });
}

/** Active staff granted the project who hold one of the roles. */
export async function projectStaffWithRoles(trx: Tx, projectId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await trx
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select(['users.id', 'users.roles'])
    .where('user_projects.project_id', '=', projectId)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    .execute();
  return rows.filter((u) => (JSON.parse(u.roles) as Role[]).some((r) => roles.includes(r))).map((u) => u.id);
}

/** The project's desk (butlers and the service-center manager): told about every request an owner submits. */
export function projectDeskUserIds(trx: Tx, projectId: string): Promise<string[]> {
  return projectStaffWithRoles(trx, projectId, DESK_NOTICE_ROLES);
}

/** Active members of a department or vendor who work in the order's project. */
export async function poolMemberIds(trx: Tx, order: Pick<WorkOrderRow, 'project_id' | 'assignee_department_id' | 'assignee_vendor_id'>): Promise<string[]> {
  const departmentId = order.assignee_department_id;
  const vendorId = order.assignee_vendor_id;
  if (!departmentId && !vendorId) return [];
  const rows = await trx
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select('users.id')
    .where('user_projects.project_id', '=', order.project_id)
    .where('users.active', '=', 1)
    .where((eb) => eb.or([...(departmentId ? [eb('users.department_id', '=', departmentId)] : []), ...(vendorId ? [eb('users.vendor_id', '=', vendorId)] : [])]))
    .execute();
  return rows.map((r) => r.id);
}

/** Who answers for an order now: its assignee and accountable staff member, or the project's desk while nobody does. */
export async function responsibleStaffIds(trx: Tx, order: Pick<WorkOrderRow, 'project_id' | 'assignee_user_id' | 'accountable_staff_id'>): Promise<string[]> {
  const ids = [order.assignee_user_id, order.accountable_staff_id].filter((id): id is string => id !== null);
  return ids.length ? ids : projectDeskUserIds(trx, order.project_id);
}
