import type { Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';

/** Active butlers granted the project: whom a deal's onboarding checklist may be given to. */
export async function listProjectButlers(db: DbOrTx, companyId: string, projectId: string): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_projects as up', 'up.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.roles'])
    .where('users.company_id', '=', companyId)
    .where('up.project_id', '=', projectId)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    // roles is a JSON array; LIKE narrows the rows, the parsed check is exact.
    .where('users.roles', 'like', '%"butler"%')
    .orderBy('users.name')
    .execute();
  return rows.filter((u) => (JSON.parse(u.roles) as Role[]).includes('butler')).map((u) => ({ id: u.id, name: u.name }));
}
