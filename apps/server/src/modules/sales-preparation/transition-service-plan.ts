import { servicePlanRefusal, type ServicePlanAction } from '@guanjia/domain/sales-preparation/service-plan-flow';
import { missingServicePlanSections } from '@guanjia/domain/sales-preparation/service-plan-template';
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
import { contentOf } from './present-service-plan.js';
import { recordServicePlanEvent } from './record-sales-preparation-event.js';
import { assertServicePlanTransition, loadVisibleServicePlan, type ServicePlanRow } from './sales-preparation-access.js';
import { noticeServicePlanDecision } from './service-plan-notices.js';
import type { PlanActionBody } from './schemas.js';
import type { ServicePlanTable } from './tables.js';

/** 报地区公司负责人审批: the approval engine's document type; its default chain is the regional head. */
export const SERVICE_PLAN_DOCUMENT_TYPE = 'servicePlan';

export interface ServicePlanStep {
  plan: ServicePlanRow;
  /** Written in the transaction; published after commit. */
  notifications: NotificationRow[];
}

/**
 * The one place a plan changes state: re-read it (404 when not visible), the caller's part (403;
 * approve, reject and supersede only from the system), the version (409) and the transition table
 * (409), then what the step needs, the row, its history and audit rows, in the caller's transaction.
 */
export async function transitionServicePlan(
  trx: Tx,
  actor: Actor,
  id: string,
  action: ServicePlanAction,
  input: PlanActionBody,
  opts: { now?: Date; bySystem?: boolean; plan?: ServicePlanRow } = {},
): Promise<ServicePlanStep> {
  const at = (opts.now ?? new Date()).toISOString();
  const before = opts.plan ?? (await loadVisibleServicePlan(trx, actor, id));
  if (!opts.bySystem) {
    const refusal = servicePlanRefusal(actor.roles, action);
    if (refusal) throw new ForbiddenError(`servicePlan.refusal.${refusal}`);
  }
  assertVersion(before.version, input.version);
  const to = assertServicePlanTransition(before.status, action);
  const changes: Updateable<ServicePlanTable> = { status: to, ...stepColumns(actor, before, action, input, at) };
  let after = await updateVersioned(trx, 'service_plans', before, changes);
  const notifications: NotificationRow[] = [];

  if (action === 'submit') {
    const content = contentOf(after);
    const project = await trx.selectFrom('projects').select('name').where('id', '=', after.project_id).executeTakeFirstOrThrow();
    const opened = await submitForApproval(trx, actor, {
      documentType: SERVICE_PLAN_DOCUMENT_TYPE,
      documentId: after.id,
      projectId: after.project_id,
      title: translate('zh-CN', 'servicePlan.approval.title', { project: project.name, planVersion: after.plan_version }),
      description: translate('zh-CN', 'servicePlan.approval.description', {
        posts: content.staffing.length,
        headcount: content.staffing.reduce((n, p) => n + p.headcount, 0),
        services: content.siteServices.length,
      }),
      comment: input.note,
    });
    after = await updateVersioned(trx, 'service_plans', after, { approval_request_id: opened.request.id });
    notifications.push(...opened.notifications);
  }
  if (action === 'cancel' && before.status === 'submitted' && before.approval_request_id && !opts.bySystem) {
    // Withdraw the pending request too; its hook finds the plan cancelled already.
    notifications.push(...(await cancelRequest(trx, actor, before.approval_request_id, { comment: input.reason })).notifications);
  }
  if (action === 'approve') {
    // The version approved now replaces the one in force.
    const older = await trx.selectFrom('service_plans').selectAll().where('project_id', '=', after.project_id).where('status', '=', 'approved').where('id', '!=', after.id).execute();
    const note = translate('zh-CN', 'servicePlan.note.supersededBy', { planVersion: after.plan_version });
    for (const plan of older) await transitionServicePlan(trx, actor, plan.id, 'supersede', { note }, { ...opts, bySystem: true, plan });
  }
  if (action === 'approve' || action === 'reject') notifications.push(...(await noticeServicePlanDecision(trx, after, action === 'approve' ? 'approved' : 'rejected', input.note ?? null)));

  const note = action === 'cancel' ? input.reason : input.note;
  await recordServicePlanEvent(trx, after, { action, from: before.status, to, actorId: actor.userId, note: note || null, at });
  await recordAudit(trx, actor, after.company_id, { action: `servicePlan.${action}`, entityType: 'servicePlan', entityId: after.id, projectId: after.project_id, before, after });
  return { plan: after, notifications };
}

/** What each step records besides the status; the inputs a step needs are checked here. */
function stepColumns(actor: Actor, plan: ServicePlanRow, action: ServicePlanAction, input: PlanActionBody, at: string): Updateable<ServicePlanTable> {
  switch (action) {
    case 'submit': {
      const missing = missingServicePlanSections(contentOf(plan));
      if (missing.length) {
        const fields = Object.fromEntries(missing.map((s) => [s, `servicePlan.section.${s}`]));
        throw new AppError(422, 'SERVICE_PLAN_INCOMPLETE', 'servicePlan.error.incomplete', { count: missing.length }, fields, { missing });
      }
      return { submitted_by: actor.userId, submitted_at: at, decided_at: null };
    }
    case 'approve':
    case 'reject':
      return { decided_at: at };
    case 'supersede':
      return { superseded_at: at };
    case 'revise':
      return {};
    case 'cancel':
      if (!input.reason) throw new ValidationError({ reason: 'servicePlan.field.reasonRequired' });
      if (plan.status === 'submitted' && plan.submitted_by !== actor.userId) throw new BusinessRuleError('SERVICE_PLAN_UNDER_APPROVAL', 'servicePlan.error.underApprovalBySomeoneElse');
      return { cancelled_at: at, cancel_reason: input.reason };
  }
}
