import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError } from '../../platform/http/errors.js';
import type { Locale } from '../../platform/http/i18n.js';
import { assertErasable } from './check-erasure-blockers.js';
import { findOwnOwner } from './owner-scope.js';
import { recordRequestEvent, type PersonalDataRequestRow } from './request-events.js';

/**
 * 申请注销: the owner asks for erasure on the phone. It waits for a manager's decision; what would
 * stop it (an open work order, sole owner under a deal) is said now, so nobody waits for a refusal.
 */
export async function requestErasure(trx: Tx, actor: Actor, input: { reason: string | null }, locale: Locale, now: Date = new Date()): Promise<PersonalDataRequestRow> {
  const owner = await findOwnOwner(trx, actor);
  await assertErasable(trx, owner, locale);
  const at = now.toISOString();
  const row: PersonalDataRequestRow = {
    id: uuidv7(),
    company_id: owner.company_id,
    project_id: owner.project_id,
    owner_id: owner.id,
    kind: 'erasure',
    state: 'requested',
    requested_by: actor.userId,
    reason: input.reason,
    decided_by: null,
    decided_at: null,
    refuse_reason: null,
    completed_at: null,
    format: null,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  try {
    await trx.insertInto('personal_data_requests').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('ERASURE_ALREADY_REQUESTED', 'personalData.error.alreadyRequested');
    throw err;
  }
  await recordRequestEvent(trx, actor, row, 'request', null, 'requested', null, at);
  await recordAudit(trx, actor, row.company_id, { action: 'requestErasure', entityType: 'personalDataRequest', entityId: row.id, projectId: row.project_id, after: { kind: row.kind, state: row.state } });
  return row;
}
