import { rehearsalDate } from '@guanjia/domain/event-plans/backward-schedule';
import { canConfirmRehearsal } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ForbiddenError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { loadVisiblePlan, type EventPlanRow } from './event-plan-access.js';
import { noticeEventPlan } from './event-plan-notices.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';

/**
 * 营销部现场负责人 confirms the joint rehearsal of an approved plan (活动前2天联系营销部现场负责人共同
 * 完成现场演练); the event lead is told. Confirming again changes nothing.
 */
export async function confirmRehearsal(
  trx: Tx,
  actor: Actor,
  id: string,
  input: { note?: string; version?: number },
  now: Date = new Date(),
): Promise<{ plan: EventPlanRow; notifications: NotificationRow[] }> {
  if (!canConfirmRehearsal(actor.roles)) throw new ForbiddenError();
  const before = await loadVisiblePlan(trx, actor, id);
  assertVersion(before.version, input.version);
  if (before.status !== 'approved') throw new BusinessRuleError('REHEARSAL_NOT_APPROVED', 'eventPlan.error.rehearsalNotApproved', {}, { status: before.status });
  if (before.rehearsal_confirmed_at) return { plan: before, notifications: [] };
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'event_plans', before, { rehearsal_confirmed_by: actor.userId, rehearsal_confirmed_at: at });
  await recordEventPlanEvent(trx, after, { action: 'confirmRehearsal', actorId: actor.userId, note: input.note || null, at });
  await recordAudit(trx, actor, after.company_id, { action: 'eventPlan.confirmRehearsal', entityType: 'eventPlan', entityId: after.id, projectId: after.project_id, before, after });
  const notifications = await noticeEventPlan(trx, after, {
    userIds: [after.created_by, after.submitted_by],
    exceptUserId: actor.userId,
    kind: 'rehearsalConfirmed',
    titleKey: 'eventPlan.notice.rehearsalConfirmedTitle',
    bodyKey: 'eventPlan.notice.rehearsalConfirmedBody',
    params: { actor: actor.name, rehearsalDate: rehearsalDate(after.event_date) },
  });
  return { plan: after, notifications };
}
