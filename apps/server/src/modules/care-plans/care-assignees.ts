import { WORK_ORDER_WORKER_ROLES } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { findProjectStaff } from '../work-orders/find-project-staff.js';

export interface CareAssignees {
  departmentId: string | null;
  userId: string | null;
}

/**
 * Which of a plan's optional assignees can still take its work orders: a department of the project
 * (or the property company's own), a worker of the project. Returns the fields that are not.
 */
export async function invalidAssignees(db: DbOrTx, companyId: string, projectId: string, a: CareAssignees): Promise<('assigneeDepartmentId' | 'assigneeUserId')[]> {
  const bad: ('assigneeDepartmentId' | 'assigneeUserId')[] = [];
  if (a.departmentId) {
    const department = await db
      .selectFrom('departments')
      .select('id')
      .where('id', '=', a.departmentId)
      .where('company_id', '=', companyId)
      .where((eb) => eb.or([eb('project_id', '=', projectId), eb.and([eb('project_id', 'is', null), eb('developer_id', 'is', null)])]))
      .executeTakeFirst();
    if (!department) bad.push('assigneeDepartmentId');
  }
  if (a.userId) {
    const staff = await findProjectStaff(db, companyId, projectId, a.userId);
    if (!staff || !staff.roles.some((r) => WORK_ORDER_WORKER_ROLES.includes(r))) bad.push('assigneeUserId');
  }
  return bad;
}
