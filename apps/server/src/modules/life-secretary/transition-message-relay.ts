import { relayNextState } from '@guanjia/domain/life-secretary/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { loadRelay, type RelayRow } from './life-secretary-access.js';

export type RelayTransition = 'confirm' | 'confirmByCall' | 'cancel';

/**
 * The owner confirms receipt on the phone (已收到); staff confirm after a call, or cancel. The
 * transition table decides from the re-read row; a stale version is 409.
 */
export async function transitionMessageRelay(trx: Tx, actor: Actor, id: string, action: RelayTransition, version?: number, now: Date = new Date()): Promise<RelayRow> {
  // The owner's own confirmation is theirs only; staff confirm by call.
  if ((action === 'confirm') !== (actor.kind === 'owner')) throw new ForbiddenError();
  const before = await loadRelay(trx, actor, id);
  assertVersion(before.version, version);
  const status = relayNextState(before.status, action);
  const at = now.toISOString();
  const after = await updateVersioned(
    trx,
    'message_relays',
    before,
    action === 'cancel' ? { status, cancelled_at: at } : { status, confirmed_at: at, confirmed_by: actor.userId, confirmed_how: action === 'confirm' ? 'owner' : 'call' },
  );
  await recordAudit(trx, actor, actor.companyId, { action, entityType: 'messageRelay', entityId: id, projectId: before.project_id, before, after });
  return after;
}
