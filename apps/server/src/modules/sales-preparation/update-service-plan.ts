import { canDraftServicePlan } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { recordServicePlanEvent } from './record-sales-preparation-event.js';
import { assertDraft, loadVisibleServicePlan, type ServicePlanRow } from './sales-preparation-access.js';
import type { UpdateServicePlanBody } from './schemas.js';
import type { ServicePlanTable } from './tables.js';

/** Saves the sections sent of a draft; the history names the sections changed. */
export async function updateServicePlan(trx: Tx, actor: Actor, id: string, input: UpdateServicePlanBody): Promise<ServicePlanRow> {
  if (!canDraftServicePlan(actor.roles)) throw new ForbiddenError('servicePlan.refusal.notDrafter');
  const before = await loadVisibleServicePlan(trx, actor, id);
  assertVersion(before.version, input.version);
  assertDraft(before);
  const changes: Updateable<ServicePlanTable> = {};
  if (input.serviceModel !== undefined) changes.service_model = input.serviceModel;
  if (input.targetGroup !== undefined) changes.target_group = input.targetGroup;
  if (input.staffing !== undefined) changes.staffing = JSON.stringify(input.staffing);
  if (input.siteServices !== undefined) changes.site_services = JSON.stringify([...new Set(input.siteServices)]);
  if (input.materials !== undefined) changes.materials = input.materials;
  if (input.rules !== undefined) changes.rules = input.rules;
  if (input.trainingPlan !== undefined) changes.training_plan = input.trainingPlan;
  const changed = Object.entries(changes).filter(([k, v]) => before[k as keyof ServicePlanRow] !== v);
  if (!changed.length) return before;
  const after = await updateVersioned(trx, 'service_plans', before, Object.fromEntries(changed));
  await recordServicePlanEvent(trx, after, { action: 'edit', actorId: actor.userId, note: changed.map(([k]) => k).join(','), at: nowIso() });
  await recordAudit(trx, actor, after.company_id, { action: 'servicePlan.edit', entityType: 'servicePlan', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
