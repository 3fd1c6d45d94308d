import { canDraftServicePlan, OPEN_SERVICE_PLAN_STATUSES } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { presentServicePlanDetail } from './present-service-plan.js';
import { findVisibleProject } from './sales-preparation-access.js';

/**
 * The project's service-plan versions, newest first, and the one to show: the version in work,
 * else the one in force, else the newest. A new version may be drafted when none is in work.
 */
export async function listServicePlans(db: DbOrTx, actor: Actor, projectId: string) {
  const project = await findVisibleProject(db, actor, projectId);
  const plans = await db.selectFrom('service_plans').selectAll().where('project_id', '=', project.id).orderBy('plan_version', 'desc').execute();
  const open = plans.find((p) => OPEN_SERVICE_PLAN_STATUSES.includes(p.status));
  const current = open ?? plans.find((p) => p.status === 'approved') ?? plans[0];
  return {
    project: { id: project.id, name: project.name },
    versions: plans.map((p) => ({ id: p.id, planVersion: p.plan_version, status: p.status, submittedAt: p.submitted_at, decidedAt: p.decided_at, createdAt: p.created_at })),
    current: current ? await presentServicePlanDetail(db, actor, current) : null,
    canDraft: !open && canDraftServicePlan(actor.roles),
  };
}
