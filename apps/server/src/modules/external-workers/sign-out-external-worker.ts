import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError, ConflictError, ValidationError } from '../../platform/http/errors.js';
import { loadVisibleExternalWorker, recordExternalWorkerEvent, type ExternalWorkerRow } from './external-worker-access.js';
import type { SignOutBody } from './schemas.js';

/** Records the time a worker left (now, or the time given); once only. */
export async function signOutExternalWorker(trx: Tx, actor: Actor, id: string, input: SignOutBody, now: Date = new Date()): Promise<ExternalWorkerRow> {
  const before = await loadVisibleExternalWorker(trx, actor, id);
  assertVersion(before.version, input.version);
  if (before.time_out) throw new ConflictError('ALREADY_SIGNED_OUT', 'externalWorker.error.alreadySignedOut', { timeOut: before.time_out });
  const timeOut = input.timeOut ? new Date(input.timeOut) : now;
  if (timeOut.getTime() > now.getTime()) throw new ValidationError({ timeOut: 'externalWorker.field.timeOutFuture' });
  if (timeOut.getTime() < Date.parse(before.time_in)) throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { timeIn: before.time_in }, { timeOut: 'externalWorker.field.timeOutBeforeIn' });
  const after = await updateVersioned(trx, 'external_workers', before, { time_out: timeOut.toISOString(), signed_out_by: actor.userId });
  await recordExternalWorkerEvent(trx, after, { action: 'signOut', actorId: actor.userId, data: { timeOut: after.time_out }, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'signOut', entityType: 'externalWorker', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
