import { nextState } from '@guanjia/domain';
import { CARE_STAFF_ROLES, CARE_SUGGESTION_FLOW } from '@guanjia/domain/care-plans/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { findCareRecord } from './care-access.js';
import type { CareSuggestionRow } from './care-records.js';

/** 不采纳, with the reason (the owner said no, not needed now …); it stays declined until the profile changes or someone reconsiders. */
export async function declineCareSuggestion(trx: Tx, actor: Actor, id: string, input: { version: number; reason: string }, now: Date = new Date()): Promise<CareSuggestionRow> {
  requireRole(actor, ...CARE_STAFF_ROLES);
  const reason = input.reason.trim();
  if (!reason) throw new ValidationError({ reason: 'carePlans.field.reasonRequired' });
  const before = await findCareRecord(trx, actor, 'care_suggestions', id);
  if (before.version !== input.version) throw new StaleUpdateError();
  const status = nextState('careSuggestion', CARE_SUGGESTION_FLOW, before.status, 'decline');
  const at = now.toISOString();
  const row = await trx
    .updateTable('care_suggestions')
    .set({ status, decided_by: actor.userId, decided_at: at, decline_reason: reason, updated_at: at, version: before.version + 1 })
    .where('id', '=', id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new StaleUpdateError();
  await recordAudit(trx, actor, row.company_id, { action: 'careSuggestion.decline', entityType: 'careSuggestion', entityId: row.id, projectId: row.project_id, before, after: row });
  return row;
}
