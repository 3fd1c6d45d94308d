import { personalDataRequestNextState } from '@guanjia/domain/personal-data/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadVisibleRequest } from './load-request.js';
import { recordRequestEvent, type PersonalDataRequestRow } from './request-events.js';

/** 拒绝: the reviewer refuses with a reason the owner reads on the phone; a decided request cannot be refused (409). */
export async function refusePersonalDataRequest(trx: Tx, actor: Actor, id: string, input: { reason: string; version?: number }, now: Date = new Date()): Promise<PersonalDataRequestRow> {
  const req = await loadVisibleRequest(trx, actor, id, input.version);
  const to = personalDataRequestNextState(req.state, 'refuse');
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'personal_data_requests', req, { state: to, decided_by: actor.userId, decided_at: at, refuse_reason: input.reason });
  await recordRequestEvent(trx, actor, req, 'refuse', req.state, to, { reason: input.reason }, at);
  await recordAudit(trx, actor, req.company_id, { action: 'refuse', entityType: 'personalDataRequest', entityId: req.id, projectId: req.project_id, before: { state: req.state }, after: { state: to, reason: input.reason } });
  return after;
}
