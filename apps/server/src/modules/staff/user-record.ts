import type { Selectable } from 'kysely';
import { linkedProjectIds, replaceProjectLinks } from '../../platform/db/company-projects.js';
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
export const projectIdsByUser = (db: DbOrTx, userIds: readonly string[]) => linkedProjectIds(db, 'user_projects', userIds);

/** What the audit log keeps of a user: the row without its hash, plus the project grants. */
export function userAuditSnapshot(row: UserRow, projectIds: readonly string[]) {
  return { ...row, roles: JSON.parse(row.roles) as string[], projectIds: [...projectIds].sort() };
}

/** Replaces a user's project grants with exactly `projectIds`. */
export const replaceUserProjects = (trx: DbOrTx, user: { id: string; company_id: string }, projectIds: readonly string[]) =>
  replaceProjectLinks(trx, 'user_projects', user, projectIds);
