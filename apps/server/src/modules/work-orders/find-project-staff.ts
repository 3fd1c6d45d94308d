import { COMPANY_WIDE_ROLES, type Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';

export interface ProjectStaff {
  id: string;
  name: string;
  roles: Role[];
  department_id: string | null;
  vendor_id: string | null;
}

/** An active staff account of the company that works in the project (granted it, or company-wide), or null. */
export async function findProjectStaff(db: DbOrTx, companyId: string, projectId: string, userId: string): Promise<ProjectStaff | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'roles', 'department_id', 'vendor_id'])
    .where('id', '=', userId)
    .where('company_id', '=', companyId)
    .where('kind', '=', 'staff')
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!user) return null;
  const roles = JSON.parse(user.roles) as Role[];
  if (!roles.some((r) => COMPANY_WIDE_ROLES.includes(r))) {
    const grant = await db.selectFrom('user_projects').select('user_id').where('user_id', '=', userId).where('project_id', '=', projectId).executeTakeFirst();
    if (!grant) return null;
  }
  return { ...user, roles };
}
