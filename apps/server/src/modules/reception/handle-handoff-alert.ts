import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { AlertRow } from './reception-access.js';
import { AlertHandledError } from './reception-errors.js';
import { recordVisitEvent } from './record-visit-event.js';
import type { HandleAlertBody } from './schemas.js';

/**
 * The butler records how the alert was handled (已与客户沟通, or the consultant called again).
 * Two butlers at once: the version guard lets one through; the other gets 409.
 */
export async function handleHandoffAlert(trx: Tx, actor: Actor, id: string, input: HandleAlertBody, now: Date = new Date()): Promise<AlertRow> {
  const before = await trx.selectFrom('reception_handoff_alerts').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.handoffAlert');
  assertProjectVisible(actor, before.project_id, 'entity.handoffAlert');
  if (before.handled_at) throw new AlertHandledError();
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'reception_handoff_alerts', before, { handled_at: at, handled_by: actor.userId, handled_how: input.how, note: input.note || null });
  await recordVisitEvent(trx, { id: before.visit_id, company_id: before.company_id, project_id: before.project_id }, {
    action: 'alertHandled',
    actorId: actor.userId,
    data: { alertId: id, how: input.how, ...(input.note ? { note: input.note } : {}) },
    at,
  });
  await recordAudit(trx, actor, before.company_id, { action: 'handoffAlert.handle', entityType: 'handoffAlert', entityId: id, projectId: before.project_id, before, after });
  return after;
}
