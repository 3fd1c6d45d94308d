import { businessDate, uuidv7 } from '@guanjia/domain';
import { OWNER_VISIT_RECORDER_ROLES } from '@guanjia/domain/owner-visits/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { findVisitHousehold } from './household-butler.js';
import type { PlanVisitBody } from './schemas.js';

/**
 * The date the butler plans to visit a household (null clears it). Version 0 creates the plan; a
 * version someone else moved on from is 409. Recording a visit clears the plan.
 */
export async function planOwnerVisit(trx: Tx, actor: Actor, householdId: string, input: PlanVisitBody, now: Date = new Date()): Promise<{ householdId: string; plannedOn: string | null; version: number }> {
  requireRole(actor, ...OWNER_VISIT_RECORDER_ROLES);
  const { household } = await findVisitHousehold(trx, actor, householdId);
  if (input.plannedOn && input.plannedOn < businessDate(now)) throw new ValidationError({ plannedOn: 'ownerVisit.field.plannedOnPast' });
  const before = await trx.selectFrom('owner_visit_plans').selectAll().where('household_id', '=', household.id).executeTakeFirst();
  if ((before?.version ?? 0) !== input.version) throw new StaleUpdateError();
  const at = now.toISOString();
  let result = { householdId: household.id, plannedOn: input.plannedOn, version: 0 };
  if (!before && input.plannedOn) {
    try {
      await trx
        .insertInto('owner_visit_plans')
        .values({ id: uuidv7(), company_id: household.company_id, project_id: household.project_id, household_id: household.id, planned_on: input.plannedOn, planned_by: actor.userId, ...newRowStamp(at) })
        .execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new StaleUpdateError();
      throw err;
    }
    result = { ...result, version: 1 };
  } else if (before && input.plannedOn) {
    const updated = await trx
      .updateTable('owner_visit_plans')
      .set({ planned_on: input.plannedOn, planned_by: actor.userId, updated_at: at, version: before.version + 1 })
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new StaleUpdateError();
    result = { ...result, version: before.version + 1 };
  } else if (before) {
    const deleted = await trx.deleteFrom('owner_visit_plans').where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) throw new StaleUpdateError();
  } else {
    return result;
  }
  await recordAudit(trx, actor, household.company_id, { action: 'ownerVisit.plan', entityType: 'household', entityId: household.id, projectId: household.project_id, before: before ?? null, after: { plannedOn: input.plannedOn } });
  return result;
}
