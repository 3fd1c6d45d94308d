import { businessDate } from '@guanjia/domain';
import { rehearsalDate } from '@guanjia/domain/event-plans/backward-schedule';
import { eventPlanRefusal, reviewRefusal, submissionRefusal, type EventPlanAction } from '@guanjia/domain/event-plans/event-plan-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { translate } from '../../platform/http/i18n.js';
import { AppError, BusinessRuleError, ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { cancelRequest } from '../approvals/cancel-request.js';
import { submitForApproval } from '../approvals/submit-for-approval.js';
import type { NotificationRow } from '../notifications/notify.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { assertPlanTransition, loadPlanTasks, loadVisiblePlan, parseJson, type EventPlanRow } from './event-plan-access.js';
import { noticeRehearsal } from './event-plan-notices.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import type { PlanActionBody } from './schemas.js';
import type { EventPlanTable } from './tables.js';

export const EVENT_PLAN_DOCUMENT_TYPE = 'eventPlan';

export interface EventPlanStep {
  plan: EventPlanRow;
  /** Written in the transaction; published after commit. */
  notifications: NotificationRow[];
}

/**
 * The one place a plan changes state: re-read it (404 when not visible), the caller's part (403; approve
 * and reject only when the approval engine decides), the version (409) and the transition table (409),
 * then what the step needs, the row, its history and audit rows, in the caller's transaction.
 */
export async function transitionEventPlan(
  trx: Tx,
  actor: Actor,
  id: string,
  action: EventPlanAction,
  input: PlanActionBody,
  opts: { now?: Date; viaApproval?: boolean; plan?: EventPlanRow } = {},
): Promise<EventPlanStep> {
  const now = opts.now ?? new Date();
  const before = opts.plan ?? (await loadVisiblePlan(trx, actor, id));
  if (!opts.viaApproval) {
    const refusal = eventPlanRefusal(actor.roles, action);
    if (refusal) throw new ForbiddenError(`eventPlan.refusal.${refusal}`);
  }
  assertVersion(before.version, input.version);
  const to = assertPlanTransition(before.status, action);
  const at = now.toISOString();
  const changes: Updateable<EventPlanTable> = { status: to, ...(await stepColumns(trx, actor, before, action, input, now)) };
  let after = await updateVersioned(trx, 'event_plans', before, changes);
  const notifications: NotificationRow[] = [];
  if (action === 'submit') {
    const opened = await submitForApproval(trx, actor, {
      documentType: EVENT_PLAN_DOCUMENT_TYPE,
      documentId: after.id,
      projectId: after.project_id,
      title: translate('zh-CN', 'eventPlan.approval.title', { title: after.title, eventDate: after.event_date }),
      description: translate('zh-CN', 'eventPlan.approval.description', {
        eventDate: after.event_date,
        rehearsalDate: rehearsalDate(after.event_date),
        count: (await loadPlanTasks(trx, after.id)).length,
      }),
      comment: input.note,
    });
    after = await updateVersioned(trx, 'event_plans', after, { approval_request_id: opened.request.id });
    notifications.push(...opened.notifications);
  }
  if (action === 'cancel' && before.status === 'submitted' && before.approval_request_id && !opts.viaApproval) {
    // Withdraw the pending request too; its hook finds the plan cancelled already.
    await cancelRequest(trx, actor, before.approval_request_id, { comment: input.reason });
  }
  if (action === 'approve') notifications.push(...(await noticeRehearsal(trx, after, rehearsalDate(after.event_date), false)));
  const note = action === 'cancel' ? input.reason : input.note;
  await recordEventPlanEvent(trx, after, { action, from: before.status, to, actorId: actor.userId, note: note || null, at });
  await recordAudit(trx, actor, after.company_id, { action: `eventPlan.${action}`, entityType: 'eventPlan', entityId: after.id, projectId: after.project_id, before, after });
  return { plan: after, notifications };
}

/** What each step records besides the status; the inputs a step needs are checked here. */
async function stepColumns(trx: Tx, actor: Actor, plan: EventPlanRow, action: EventPlanAction, input: PlanActionBody, now: Date): Promise<Updateable<EventPlanTable>> {
  const at = now.toISOString();
  switch (action) {
    case 'submit': {
      const missing = submissionRefusal({
        major: plan.major === 1,
        eventLeadGroup: parseJson(plan.lead_group, []),
        assignments: parseJson(plan.assignments, []),
        backwardSchedule: await loadPlanTasks(trx, plan.id),
        orderPlan: plan.order_plan,
        emergencyPlan: plan.emergency_plan,
      });
      if (missing.length) {
        const fields = Object.fromEntries(missing.map((part) => [part, `eventPlan.part.${part}`]));
        throw new AppError(422, 'EVENT_PLAN_INCOMPLETE', 'eventPlan.error.incomplete', { count: missing.length }, fields, { missing });
      }
      return { submitted_by: actor.userId, submitted_at: at, decided_at: null };
    }
    case 'approve':
    case 'reject':
      return { decided_at: at };
    case 'revise':
      return { rehearsal_confirmed_by: null, rehearsal_confirmed_at: null };
    case 'hold':
      if (plan.event_date > businessDate(now)) throw new BusinessRuleError('EVENT_NOT_YET_HELD', 'eventPlan.error.eventNotYet', { eventDate: plan.event_date });
      return { held_by: actor.userId, held_at: at };
    case 'review': {
      const review = { wentWell: input.wentWell ?? '', problems: input.problems ?? '', photoIds: input.photoIds ?? [] };
      const missing = reviewRefusal(review);
      if (missing.length) throw new ValidationError(Object.fromEntries(missing.map((part) => [part, `eventPlan.field.${part}`])));
      const photoIds = await attachOwnFiles(trx, actor, review.photoIds, plan.project_id, 'photoIds');
      return { review_went_well: review.wentWell, review_problems: review.problems, review_photo_ids: JSON.stringify(photoIds), reviewed_by: actor.userId, reviewed_at: at };
    }
    case 'cancel':
      if (!input.reason) throw new ValidationError({ reason: 'eventPlan.field.reasonRequired' });
      if (plan.status === 'submitted' && plan.submitted_by !== actor.userId) {
        throw new BusinessRuleError('EVENT_PLAN_UNDER_APPROVAL', 'eventPlan.error.underApprovalBySomeoneElse');
      }
      return { cancelled_by: actor.userId, cancelled_at: at, cancel_reason: input.reason };
  }
}
