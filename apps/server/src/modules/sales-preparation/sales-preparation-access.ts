import { ForbiddenTransitionError } from '@guanjia/domain';
import { servicePlanNextState, type ServicePlanAction, type ServicePlanStatus } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, BusinessRuleError, NotFoundError } from '../../platform/http/errors.js';
import type { PreAgreementTable, PreparationChecklistItemTable, ServicePlanTable } from './tables.js';

export type PreAgreementRow = Selectable<PreAgreementTable>;
export type ServicePlanRow = Selectable<ServicePlanTable>;
export type ChecklistItemRow = Selectable<PreparationChecklistItemTable>;

/** A project of the actor's company that the actor works in, or 404. */
export async function findVisibleProject(db: DbOrTx, actor: Actor, projectId: string): Promise<{ id: string; name: string; company_id: string }> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const project = await db.selectFrom('projects').select(['id', 'name', 'company_id']).where('id', '=', projectId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!project) throw new NotFoundError('entity.project');
  return project;
}

/** A plan of a project the actor works in, or 404. */
export async function loadVisibleServicePlan(db: DbOrTx, actor: Actor, id: string): Promise<ServicePlanRow> {
  const plan = await db.selectFrom('service_plans').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!plan) throw new NotFoundError('entity.servicePlan');
  assertProjectVisible(actor, plan.project_id, 'entity.servicePlan');
  return plan;
}

/** A checklist item of a project the actor works in, or 404. */
export async function loadVisibleChecklistItem(db: DbOrTx, actor: Actor, id: string): Promise<ChecklistItemRow> {
  const item = await db.selectFrom('preparation_checklist_items').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!item) throw new NotFoundError('entity.checklistItem');
  assertProjectVisible(actor, item.project_id, 'entity.checklistItem');
  return item;
}

/** The plan's state machine, enforced here only: a forbidden step is 409 naming the state and the action. */
export function assertServicePlanTransition(status: ServicePlanStatus, action: ServicePlanAction): ServicePlanStatus {
  try {
    return servicePlanNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'servicePlan.error.forbiddenTransition', { status: `servicePlan.status.${status}`, action: `servicePlan.action.${action}` }, undefined, {
        entity: 'servicePlan',
        from: status,
        action,
      });
    }
    throw err;
  }
}

/** 422 unless the plan is a draft: only a draft's sections change. */
export function assertDraft(plan: ServicePlanRow): void {
  if (plan.status !== 'draft') throw new BusinessRuleError('SERVICE_PLAN_NOT_DRAFT', 'servicePlan.error.draftOnly', { status: `servicePlan.status.${plan.status}` }, { status: plan.status });
}

/** Names of users by id. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const named = (names: Map<string, string>, id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);

export const parseJson = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);
