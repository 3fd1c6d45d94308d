import { uuidv7, type Role } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { replaceUserProjects, userAuditSnapshot, type UserRow } from './user-record.js';

export interface NewUser {
  username: string;
  passwordHash: string;
  name: string;
  phone: string | null;
  idNumber: string | null;
  kind: 'staff' | 'owner';
  roles: readonly Role[];
  projectIds: readonly string[];
  departmentId: string | null;
  vendorId: string | null;
  ownerId: string | null;
}

/**
 * Inserts a login (staff or owner) with its project grants and audit row. A taken username is 409
 * naming `usernameField` (the body path the caller sent it in). Callers validate references first.
 */
export async function insertUser(trx: Tx, actor: Actor, input: NewUser, usernameField = 'username'): Promise<UserRow> {
  const row: UserRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    username: input.username.trim().toLowerCase(),
    name: input.name,
    phone: input.phone,
    id_number: input.idNumber,
    kind: input.kind,
    roles: JSON.stringify([...new Set(input.roles)]),
    department_id: input.departmentId,
    vendor_id: input.vendorId,
    owner_id: input.ownerId,
    active: 1,
    ...newRowStamp(),
  };
  await withUniqueField(usernameField, row.username, () =>
    trx
      .insertInto('users')
      .values({ ...row, password_hash: input.passwordHash })
      .execute(),
  );
  await replaceUserProjects(trx, row, input.projectIds);
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'user', entityId: row.id, after: userAuditSnapshot(row, input.projectIds) });
  return row;
}
