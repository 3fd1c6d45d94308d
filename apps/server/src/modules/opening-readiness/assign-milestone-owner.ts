import type { Role } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { ASSIGNABLE_OWNER_ROLES, findVisibleMilestone, type OpeningMilestoneRow } from './opening-readiness-access.js';
import { recordMilestoneEvent } from './record-milestone-event.js';
import type { AssignMilestoneBody } from './schemas.js';

/** Gives a milestone to a member of the project's staff (or takes it back with null); the owner is who the alerts reach. */
export async function assignMilestoneOwner(trx: Tx, actor: Actor, id: string, input: AssignMilestoneBody, now: Date = new Date()): Promise<OpeningMilestoneRow> {
  const before = await findVisibleMilestone(trx, actor, id);
  assertVersion(before.version, input.version);
  if (input.ownerId !== null) await assertAssignable(trx, before.project_id, input.ownerId);
  if (before.owner_id === input.ownerId) return before;
  const after = await updateVersioned(trx, 'opening_milestones', before, { owner_id: input.ownerId });
  await recordMilestoneEvent(trx, after, { action: 'assigned', from: before.owner_id, to: input.ownerId, actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'openingMilestone.assign', entityType: 'openingMilestone', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}

/** 400 on ownerId unless the user is active staff of the project in a role that works the milestones. */
async function assertAssignable(trx: Tx, projectId: string, userId: string): Promise<void> {
  const user = await trx
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select('users.roles')
    .where('users.id', '=', userId)
    .where('user_projects.project_id', '=', projectId)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    .executeTakeFirst();
  const roles = user ? (JSON.parse(user.roles) as Role[]) : [];
  if (!roles.some((r) => ASSIGNABLE_OWNER_ROLES.includes(r))) throw new ValidationError({ ownerId: 'openingReadiness.field.ownerNotAssignable' });
}
