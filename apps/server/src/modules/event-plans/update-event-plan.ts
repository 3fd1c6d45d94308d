import { EDITABLE_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertStatusIn, loadVisiblePlan, type EventPlanRow } from './event-plan-access.js';
import { assertSalesCenterOfProject } from './event-plan-rules.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import type { UpdateEventPlanBody } from './schemas.js';

/** The draft's parts: title, lead group, division of labour, order and emergency plans. Blank rows are dropped. */
export async function updateEventPlan(trx: Tx, actor: Actor, id: string, patch: UpdateEventPlanBody): Promise<EventPlanRow> {
  const before = await loadVisiblePlan(trx, actor, id);
  assertVersion(before.version, patch.version);
  assertStatusIn(before, EDITABLE_EVENT_PLAN_STATUSES, 'EVENT_PLAN_NOT_DRAFT', 'eventPlan.error.draftOnly');
  if (patch.salesCenterId) await assertSalesCenterOfProject(trx, before.project_id, patch.salesCenterId);
  const leadGroup = patch.eventLeadGroup?.filter((m) => m.name || m.role);
  const assignments = patch.assignments?.filter((a) => a.owner || a.duty);
  const changes = changedColumns(before, {
    sales_center_id: patch.salesCenterId,
    title: patch.title,
    major: patch.major === undefined ? undefined : patch.major ? 1 : 0,
    lead_group: leadGroup && JSON.stringify(leadGroup),
    assignments: assignments && JSON.stringify(assignments),
    order_plan: patch.orderPlan,
    emergency_plan: patch.emergencyPlan,
  });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'event_plans', before, changes);
  await recordEventPlanEvent(trx, after, { action: 'edit', actorId: actor.userId, note: Object.keys(changes).join(','), at: nowIso() });
  await recordAudit(trx, actor, after.company_id, { action: 'eventPlan.update', entityType: 'eventPlan', entityId: id, projectId: after.project_id, before, after });
  return after;
}
