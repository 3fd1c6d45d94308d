import { businessDate } from '@guanjia/domain';
import { actionItemNextState, actionItemRefusal, type ActionItemAction } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { assertChannelTransition, loadActionItem, recordChannelEvent, type ActionItemRow } from './channel-access.js';
import type { ActionItemStepBody } from './meeting-schemas.js';

/**
 * Progress on an action item, allowed after the minutes are final: done with a note, or reopened. The
 * editors and the item's owner (403 for others), version and state (409).
 */
export async function transitionActionItem(trx: Tx, actor: Actor, id: string, action: ActionItemAction, input: ActionItemStepBody, now: Date = new Date()): Promise<ActionItemRow> {
  const before = await loadActionItem(trx, actor, id);
  const refusal = actionItemRefusal({ roles: actor.roles, isOwner: before.owner_id === actor.userId });
  if (refusal) throw new ForbiddenError(`salesChannel.refusal.${refusal}`);
  assertVersion(before.version, input.version);
  const to = assertChannelTransition('actionItem', actionItemNextState, before.status, action);
  if (!input.note) throw new ValidationError({ note: action === 'complete' ? 'salesChannel.field.doneNoteRequired' : 'salesChannel.field.reopenReasonRequired' });
  const at = now.toISOString();
  const after = await updateVersioned(
    trx,
    'sales_channel_action_items',
    before,
    action === 'complete' ? { status: to, done_note: input.note, done_by: actor.userId, done_at: at, done_on: businessDate(now) } : { status: to, done_note: null, done_by: null, done_at: null, done_on: null },
  );
  await recordChannelEvent(trx, after, { entityType: 'actionItem', action, from: before.status, to, note: input.note, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: `jointMeetingActionItem.${action}`, entityType: 'jointMeetingActionItem', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
