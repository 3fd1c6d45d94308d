import { nextState } from '@guanjia/domain';
import { CARE_STAFF_ROLES, CARE_SUGGESTION_FLOW } from '@guanjia/domain/care-plans/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { findCareRecord } from './care-access.js';
import type { CareSuggestionRow } from './care-records.js';

/** A declined suggestion back in the queue, on the butler's word (the owner changed their mind). */
export async function reconsiderCareSuggestion(trx: Tx, actor: Actor, id: string, input: { version: number }, now: Date = new Date()): Promise<CareSuggestionRow> {
  requireRole(actor, ...CARE_STAFF_ROLES);
  const before = await findCareRecord(trx, actor, 'care_suggestions', id);
  if (before.version !== input.version) throw new StaleUpdateError();
  const status = nextState('careSuggestion', CARE_SUGGESTION_FLOW, before.status, 'reconsider');
  const at = now.toISOString();
  const row = await trx
    .updateTable('care_suggestions')
    .set({ status, decided_by: null, decided_at: null, decline_reason: null, updated_at: at, version: before.version + 1 })
    .where('id', '=', id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new StaleUpdateError();
  await recordAudit(trx, actor, row.company_id, { action: 'careSuggestion.reconsider', entityType: 'careSuggestion', entityId: row.id, projectId: row.project_id, before, after: row });
  return row;
}
