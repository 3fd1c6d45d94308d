import { businessDate, nextState } from '@guanjia/domain';
import { CARE_PLAN_FLOW, CARE_STAFF_ROLES, careOccurrenceOnOrAfter, type CarePlanAction } from '@guanjia/domain/care-plans/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { findCareRecord } from './care-access.js';
import { parseRecurrence, type CarePlanRow } from './care-records.js';

/**
 * Pause, resume or end a plan. A resumed plan does not make up the dates it missed while paused: it
 * continues from its next occurrence on or after today. An ended plan creates nothing more.
 */
export async function transitionCarePlan(trx: Tx, actor: Actor, id: string, action: CarePlanAction, input: { version: number }, now: Date = new Date()): Promise<CarePlanRow> {
  requireRole(actor, ...CARE_STAFF_ROLES);
  const before = await findCareRecord(trx, actor, 'care_plans', id);
  if (before.version !== input.version) throw new StaleUpdateError();
  const status = nextState('carePlan', CARE_PLAN_FLOW, before.status, action);
  const today = businessDate(now);
  let nextDue = before.next_due_on;
  if (action === 'end') nextDue = null;
  if (action === 'resume' && nextDue !== null && nextDue < today) nextDue = careOccurrenceOnOrAfter(parseRecurrence(before), before.start_on, today);
  const row = await trx
    .updateTable('care_plans')
    .set({ status: action === 'resume' && nextDue === null ? 'ended' : status, next_due_on: nextDue, updated_at: now.toISOString(), version: before.version + 1 })
    .where('id', '=', id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new StaleUpdateError();
  await recordAudit(trx, actor, row.company_id, { action: `carePlan.${action}`, entityType: 'carePlan', entityId: row.id, projectId: row.project_id, before, after: row });
  return row;
}
