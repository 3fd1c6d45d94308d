import type { Role } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { assertVersion, StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { forgetUserSessions } from '../auth/session-cache.js';
import { assertMayChangeSystemAdmin, assertUserReferences } from './assert-user-references.js';
import { getUser } from './get-user.js';
import type { UpdateUserBody } from './schemas.js';
import { projectIdsByUser, replaceUserProjects, userAuditSnapshot, type UserRow } from './user-record.js';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/**
 * Edits a staff account. Deactivating it also deletes its sessions, so the person is logged out at
 * once and reactivating later does not revive an old cookie.
 */
export async function updateUser(trx: Tx, actor: Actor, id: string, patch: UpdateUserBody): Promise<UserRow> {
  const before = await getUser(trx, actor, id);
  assertVersion(before.version, patch.version);
  const beforeRoles = JSON.parse(before.roles) as Role[];
  const beforeProjects = (await projectIdsByUser(trx, [id])).get(id) ?? [];
  const roles = patch.roles ? [...new Set(patch.roles)] : beforeRoles;
  assertMayChangeSystemAdmin(actor, beforeRoles, roles);
  const vendorId = patch.vendorId === undefined ? before.vendor_id : patch.vendorId;
  await assertUserReferences(trx, actor, { roles, projectIds: patch.projectIds, departmentId: patch.departmentId, vendorId });

  const changes = changedColumns(before, {
    name: patch.name,
    phone: patch.phone,
    id_number: patch.idNumber,
    roles: patch.roles ? JSON.stringify(roles) : undefined,
    department_id: patch.departmentId,
    vendor_id: patch.vendorId,
    active: patch.active === undefined ? undefined : patch.active ? 1 : 0,
  });
  const projectsChange = patch.projectIds && !sameSet(patch.projectIds, beforeProjects) ? patch.projectIds : undefined;
  if (!Object.keys(changes).length && !projectsChange) return before;

  const after: UserRow = { ...before, ...changes, updated_at: nowIso(), version: before.version + 1 };
  const res = await trx
    .updateTable('users')
    .set({ ...changes, updated_at: after.updated_at, version: after.version })
    .where('id', '=', id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new StaleUpdateError();
  if (projectsChange) await replaceUserProjects(trx, after, projectsChange);
  if (changes.active === 0) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
  // Name, roles, projects, department or vendor are part of the signed-in actor.
  forgetUserSessions(id, trx);

  await recordAudit(trx, actor, actor.companyId, {
    action: 'update',
    entityType: 'user',
    entityId: id,
    before: userAuditSnapshot(before, beforeProjects),
    after: userAuditSnapshot(after, projectsChange ?? beforeProjects),
  });
  return after;
}
