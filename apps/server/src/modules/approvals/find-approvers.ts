import { COMPANY_WIDE_ROLES, type Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';

/**
 * Active staff of the company holding `role` who can see the project (company-wide roles see every
 * project; others need a grant), except `excludeUserId` (the submitter never approves their own request).
 */
export async function findApprovers(db: DbOrTx, companyId: string, role: Role, projectId: string, excludeUserId: string): Promise<string[]> {
  // roles is a JSON array; LIKE narrows the rows, the parsed check below is exact.
  const candidates = await db
    .selectFrom('users')
    .select(['id', 'roles'])
    .where('company_id', '=', companyId)
    .where('kind', '=', 'staff')
    .where('active', '=', 1)
    .where('roles', 'like', `%"${role}"%`)
    .execute();
  const holders = candidates
    .map((u) => ({ id: u.id, roles: JSON.parse(u.roles) as Role[] }))
    .filter((u) => u.roles.includes(role) && u.id !== excludeUserId);
  const companyWide = holders.filter((u) => u.roles.some((r) => COMPANY_WIDE_ROLES.includes(r))).map((u) => u.id);
  const others = holders.filter((u) => !companyWide.includes(u.id)).map((u) => u.id);
  const granted = others.length
    ? await db.selectFrom('user_projects').select('user_id').where('project_id', '=', projectId).where('user_id', 'in', others).execute()
    : [];
  return [...companyWide, ...granted.map((g) => g.user_id)];
}
