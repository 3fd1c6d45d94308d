import type { Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';

export interface ProjectStaffMember {
  id: string;
  name: string;
  roles: Role[];
}

/**
 * Active staff granted the project who hold any of `roles`, by name: the people a form may name as
 * owner, assignee, performer or trainee.
 */
export async function listProjectStaff(db: DbOrTx, projectId: string, roles: readonly Role[]): Promise<ProjectStaffMember[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.roles'])
    .where('user_projects.project_id', '=', projectId)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
  return rows.map((u) => ({ id: u.id, name: u.name, roles: JSON.parse(u.roles) as Role[] })).filter((u) => u.roles.some((r) => roles.includes(r)));
}
