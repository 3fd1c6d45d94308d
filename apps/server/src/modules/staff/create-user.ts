import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertMayChangeSystemAdmin, assertUserReferences } from './assert-user-references.js';
import { insertUser } from './insert-user.js';
import type { CreateUserBody } from './schemas.js';
import type { UserRow } from './user-record.js';

/** Creates a staff account. The password arrives hashed: hashing is slow and must not hold the transaction open. */
export async function createUser(trx: Tx, actor: Actor, input: Omit<CreateUserBody, 'password'> & { passwordHash: string }): Promise<UserRow> {
  const vendorId = input.vendorId ?? null;
  assertMayChangeSystemAdmin(actor, [], input.roles);
  await assertUserReferences(trx, actor, { roles: input.roles, projectIds: input.projectIds, departmentId: input.departmentId, vendorId });
  return insertUser(trx, actor, {
    username: input.username,
    passwordHash: input.passwordHash,
    name: input.name,
    phone: input.phone ?? null,
    idNumber: input.idNumber ?? null,
    kind: 'staff',
    roles: input.roles,
    projectIds: input.projectIds,
    departmentId: input.departmentId ?? null,
    vendorId,
    ownerId: null,
  });
}
