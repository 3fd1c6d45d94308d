import { COMPANY_WIDE_ROLES, WORK_ORDER_DESK_ROLES, WORK_ORDER_WORKER_ROLES, type Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';

export interface AssigneeRef {
  id: string;
  name: string;
}

export interface AssigneeWorker extends AssigneeRef {
  roles: Role[];
  departmentId: string | null;
  departmentName: string | null;
  vendorId: string | null;
}

export interface AssigneeDeskStaff extends AssigneeRef {
  roles: Role[];
}

export interface WorkOrderAssignees {
  departments: AssigneeRef[];
  workers: AssigneeWorker[];
  vendors: AssigneeRef[];
  deskStaff: AssigneeDeskStaff[];
}

/**
 * Whom a desk member may dispatch an order of the project to (departments and posts, named workers,
 * vendors serving it) and whom a manager may hand accountability to. The desk needs names, not
 * contact details, so no phone is read.
 */
export async function listWorkOrderAssignees(db: DbOrTx, actor: Actor, projectId: string): Promise<WorkOrderAssignees> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const [departments, vendors, staff] = await Promise.all([
    projectDepartments(db, actor.companyId, projectId),
    servingVendors(db, actor.companyId, projectId),
    projectStaff(db, actor.companyId, projectId),
  ]);
  const holding = (roles: readonly Role[]) => staff.filter((s) => s.roles.some((r) => roles.includes(r)));
  return {
    departments,
    vendors,
    workers: holding(WORK_ORDER_WORKER_ROLES).map((s) => ({
      id: s.id,
      name: s.name,
      roles: s.roles,
      departmentId: s.department_id,
      departmentName: s.department_name,
      vendorId: s.vendor_id,
    })),
    deskStaff: holding(WORK_ORDER_DESK_ROLES).map((s) => ({ id: s.id, name: s.name, roles: s.roles })),
  };
}

// Chinese names sort the same way on SQLite and PostgreSQL only when sorted here.
const byName = <T extends AssigneeRef>(rows: T[]): T[] => rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));

/** The project's departments and posts, and the property company's own company-level ones (not the developer's). */
async function projectDepartments(db: DbOrTx, companyId: string, projectId: string): Promise<AssigneeRef[]> {
  const rows = await db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('company_id', '=', companyId)
    .where((eb) => eb.or([eb('project_id', '=', projectId), eb.and([eb('project_id', 'is', null), eb('developer_id', 'is', null)])]))
    .execute();
  return byName(rows);
}

async function servingVendors(db: DbOrTx, companyId: string, projectId: string): Promise<AssigneeRef[]> {
  const rows = await db
    .selectFrom('vendors')
    .innerJoin('vendor_projects', 'vendor_projects.vendor_id', 'vendors.id')
    .select(['vendors.id', 'vendors.name'])
    .where('vendors.company_id', '=', companyId)
    .where('vendors.active', '=', 1)
    .where('vendor_projects.project_id', '=', projectId)
    .execute();
  return byName(rows);
}

/** Active staff who work in the project: granted it, or holding a company-wide role (as findProjectStaff decides). */
async function projectStaff(db: DbOrTx, companyId: string, projectId: string): Promise<Array<AssigneeDeskStaff & { department_id: string | null; department_name: string | null; vendor_id: string | null }>> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('user_projects', (join) => join.onRef('user_projects.user_id', '=', 'users.id').on('user_projects.project_id', '=', projectId))
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select(['users.id', 'users.name', 'users.roles', 'users.department_id', 'users.vendor_id', 'user_projects.user_id as granted', 'departments.name as department_name'])
    .where('users.company_id', '=', companyId)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    // Roles are JSON text: the LIKE narrows the company-wide candidates, the parse below decides.
    .where((eb) => eb.or([eb('user_projects.user_id', 'is not', null), ...COMPANY_WIDE_ROLES.map((r) => eb('users.roles', 'like', `%"${r}"%`))]))
    .execute();
  const staff = rows.map((r) => ({ ...r, roles: JSON.parse(r.roles) as Role[] }));
  return byName(staff.filter((r) => r.granted !== null || r.roles.some((role) => COMPANY_WIDE_ROLES.includes(role))));
}
