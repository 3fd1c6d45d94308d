import { canDraftServicePlan, EDITABLE_SERVICE_PLAN_STATUSES, servicePlanActionsFor } from '@guanjia/domain/sales-preparation/service-plan-flow';
import { missingServicePlanSections, type ServicePlanContent, type StaffingPost } from '@guanjia/domain/sales-preparation/service-plan-template';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { named, parseJson, userNames, type ServicePlanRow } from './sales-preparation-access.js';

/** The plan's sections as the domain reads them. */
export function contentOf(plan: ServicePlanRow): ServicePlanContent {
  return {
    serviceModel: plan.service_model,
    targetGroup: plan.target_group,
    staffing: parseJson<StaffingPost[]>(plan.staffing, []),
    siteServices: parseJson<string[]>(plan.site_services, []),
    materials: plan.materials,
    rules: plan.rules,
    trainingPlan: plan.training_plan,
  };
}

export function presentServicePlan(plan: ServicePlanRow, names: Map<string, string>) {
  const content = contentOf(plan);
  return {
    id: plan.id,
    projectId: plan.project_id,
    planVersion: plan.plan_version,
    status: plan.status,
    ...content,
    staffing: [...content.staffing],
    siteServices: [...content.siteServices],
    approvalRequestId: plan.approval_request_id,
    submittedBy: named(names, plan.submitted_by),
    submittedAt: plan.submitted_at,
    decidedAt: plan.decided_at,
    supersededAt: plan.superseded_at,
    cancelReason: plan.cancel_reason,
    createdBy: named(names, plan.created_by),
    createdAt: plan.created_at,
    updatedAt: plan.updated_at,
    version: plan.version,
  };
}

/** The plan with its history and what the caller may do with it now. */
export async function presentServicePlanDetail(db: DbOrTx, actor: Actor, plan: ServicePlanRow) {
  const events = await db.selectFrom('service_plan_events').selectAll().where('plan_id', '=', plan.id).orderBy('id').execute();
  const names = await userNames(db, [plan.created_by, plan.submitted_by, ...events.map((e) => e.actor_id)]);
  return {
    ...presentServicePlan(plan, names),
    history: events.map((e) => ({ action: e.action, from: e.from_value, to: e.to_value, actor: named(names, e.actor_id), note: e.note, at: e.created_at })),
    allowedActions: servicePlanActionsFor(plan.status, actor.roles),
    missingSections: missingServicePlanSections(contentOf(plan)),
    canEdit: EDITABLE_SERVICE_PLAN_STATUSES.includes(plan.status) && canDraftServicePlan(actor.roles),
  };
}
