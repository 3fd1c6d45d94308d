import { personalDataRequestNextState } from '@guanjia/domain/personal-data/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import type { Locale } from '../../platform/http/i18n.js';
import { anonymiseOwner } from './anonymise-owner.js';
import { assertErasable } from './check-erasure-blockers.js';
import { loadVisibleRequest } from './load-request.js';
import { recordRequestEvent, type PersonalDataRequestRow } from './request-events.js';

/**
 * 批准注销: the reviewer approves and the owner is anonymised in the same transaction (requested →
 * approved → done). A second approval finds the request done (409); a blocker that arose since the
 * owner asked (a new open work order) refuses with 409 and writes nothing.
 */
export async function approveErasureRequest(trx: Tx, actor: Actor, id: string, input: { version?: number }, deps: { dataDir: string; locale: Locale }, now: Date = new Date()): Promise<PersonalDataRequestRow> {
  const req = await loadVisibleRequest(trx, actor, id, input.version);
  const approved = personalDataRequestNextState(req.state, 'approve');
  const done = personalDataRequestNextState(approved, 'complete');
  const owner = await trx.selectFrom('owners').selectAll().where('id', '=', req.owner_id).executeTakeFirstOrThrow();
  await assertErasable(trx, owner, deps.locale);
  const at = now.toISOString();
  // The guarded update comes first: of two reviewers approving at once, one gets 409 before anything else is written.
  const after = await updateVersioned(trx, 'personal_data_requests', req, { state: done, decided_by: actor.userId, decided_at: at, completed_at: at });
  const summary = await anonymiseOwner(trx, actor, owner, deps.dataDir, now);
  await recordRequestEvent(trx, actor, req, 'approve', req.state, approved, null, at);
  await recordRequestEvent(trx, actor, req, 'complete', approved, done, { ...summary }, at);
  await recordAudit(trx, actor, req.company_id, { action: 'approveErasure', entityType: 'personalDataRequest', entityId: req.id, projectId: req.project_id, before: { state: req.state }, after: { state: done, ownerId: owner.id, ...summary } });
  return after;
}
