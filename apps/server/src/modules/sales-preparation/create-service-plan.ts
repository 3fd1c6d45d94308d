import { uuidv7 } from '@guanjia/domain';
import { OPEN_SERVICE_PLAN_STATUSES } from '@guanjia/domain/sales-preparation/service-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ConflictError } from '../../platform/http/errors.js';
import { recordServicePlanEvent } from './record-sales-preparation-event.js';
import { findVisibleProject, type ServicePlanRow } from './sales-preparation-access.js';

/**
 * Drafts the project's next service-plan version: the first from the empty template, a later one as
 * a copy of the approved version (which stays in force until the new one is approved). Refused while
 * a version is in work (422); two drafted at once collide on the version number (409).
 */
export async function createServicePlan(trx: Tx, actor: Actor, projectId: string): Promise<ServicePlanRow> {
  const project = await findVisibleProject(trx, actor, projectId);
  const plans = await trx.selectFrom('service_plans').selectAll().where('project_id', '=', project.id).orderBy('plan_version', 'desc').execute();
  const open = plans.find((p) => OPEN_SERVICE_PLAN_STATUSES.includes(p.status));
  if (open) throw new BusinessRuleError('SERVICE_PLAN_OPEN', 'servicePlan.error.openVersion', { planVersion: open.plan_version }, { planId: open.id });
  const base = plans.find((p) => p.status === 'approved');
  const at = nowIso();
  const plan: ServicePlanRow = {
    id: uuidv7(),
    company_id: project.company_id,
    project_id: project.id,
    plan_version: (plans[0]?.plan_version ?? 0) + 1,
    status: 'draft',
    service_model: base?.service_model ?? '',
    target_group: base?.target_group ?? '',
    staffing: base?.staffing ?? '[]',
    site_services: base?.site_services ?? '[]',
    materials: base?.materials ?? '',
    rules: base?.rules ?? '',
    training_plan: base?.training_plan ?? '',
    approval_request_id: null,
    submitted_by: null,
    submitted_at: null,
    decided_at: null,
    superseded_at: null,
    cancelled_at: null,
    cancel_reason: null,
    created_by: actor.userId,
    ...newRowStamp(at),
  };
  try {
    await trx.insertInto('service_plans').values(plan).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('STALE_UPDATE', 'error.stale');
    throw err;
  }
  await recordServicePlanEvent(trx, plan, { action: 'create', to: 'draft', actorId: actor.userId, note: base ? `v${base.plan_version}` : null, at });
  await recordAudit(trx, actor, plan.company_id, { action: 'servicePlan.create', entityType: 'servicePlan', entityId: plan.id, projectId: plan.project_id, after: plan });
  return plan;
}
