import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { UserTable } from './tables.js';

/** Every users column except password_hash: hashes never leave the database layer. */
export const USER_COLUMNS = [
  'users.id',
  'users.company_id',
  'users.username',
  'users.name',
  'users.phone',
  'users.id_number',
  'users.kind',
  'users.roles',
  'users.department_id',
  'users.vendor_id',
  'users.owner_id',
  'users.active',
  'users.created_at',
  'users.updated_at',
  'users.version',
] as const;

export type UserRow = Omit<Selectable<UserTable>, 'password_hash'>;

/** Project grants per user id, in one query for a whole page. */
export async function projectIdsByUser(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (!userIds.length) return map;
  const rows = await db.selectFrom('user_projects').select(['user_id', 'project_id']).where('user_id', 'in', [...userIds]).orderBy('project_id').execute();
  for (const r of rows) map.get(r.user_id)?.push(r.project_id);
  return map;
}

/** What the audit log keeps of a user: the row without its hash, plus the project grants. */
export function userAuditSnapshot(row: UserRow, projectIds: readonly string[]) {
  return { ...row, roles: JSON.parse(row.roles) as string[], projectIds: [...projectIds].sort() };
}

/** Replaces a user's project grants with exactly `projectIds`. */
export async function replaceUserProjects(trx: DbOrTx, user: { id: string; company_id: string }, projectIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('user_projects').where('user_id', '=', user.id).execute();
  const unique = [...new Set(projectIds)];
  if (unique.length) {
    await trx
      .insertInto('user_projects')
      .values(unique.map((project_id) => ({ user_id: user.id, project_id, company_id: user.company_id })))
      .execute();
  }
}
