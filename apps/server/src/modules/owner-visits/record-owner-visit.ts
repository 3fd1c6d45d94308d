import { businessDate, uuidv7 } from '@guanjia/domain';
import { OWNER_VISIT_KIND_LABELS, OWNER_VISIT_RECORDER_ROLES } from '@guanjia/domain/owner-visits/index';
import type { Selectable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { translate } from '../../platform/http/i18n.js';
import type { NotificationRow } from '../notifications/notify.js';
import { createWorkOrder } from '../work-orders/create-work-order.js';
import { addNeedsToProfile } from './add-needs-to-profile.js';
import { findVisitHousehold } from './household-butler.js';
import type { RecordVisitBody } from './schemas.js';
import type { OwnerVisitTable } from './tables.js';

export type OwnerVisitRow = Selectable<OwnerVisitTable>;

/** A clock a few minutes fast on the butler's phone is not a visit in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;
// The work order's text is stored once, in the company's language.
const LOCALE = 'zh-CN';

/**
 * 定期回访: records a call or visit to a household, independent of work orders. In the same
 * transaction it may append the needs heard to the service profile and raise a follow-up work order
 * for a need (linked from the visit); the household's planned visit date is cleared.
 * `notices` collects the work order's notifications for the caller to publish after commit.
 */
export async function recordOwnerVisit(trx: Tx, actor: Actor, householdId: string, input: RecordVisitBody, now: Date = new Date(), notices: NotificationRow[] = []): Promise<OwnerVisitRow> {
  requireRole(actor, ...OWNER_VISIT_RECORDER_ROLES);
  const { household, butlerId } = await findVisitHousehold(trx, actor, householdId);
  const visitedAt = new Date(input.visitedAt);
  if (visitedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new ValidationError({ visitedAt: 'ownerVisit.field.visitedAtFuture' });
  const needs = [...new Set(input.needs)];
  if (input.addNeedsToProfile && !needs.length) throw new ValidationError({ needs: 'ownerVisit.field.needsForProfile' });
  const visitedOn = businessDate(visitedAt);

  if (input.addNeedsToProfile) await addNeedsToProfile(trx, actor, household.id, needs, now);
  let workOrderId: string | null = null;
  if (input.followUp) {
    const description =
      input.followUp.description ?? translate(LOCALE, 'ownerVisit.followUp.description', { date: visitedOn, kind: OWNER_VISIT_KIND_LABELS[input.kind][LOCALE], summary: input.summary });
    const order = await createWorkOrder(
      trx,
      actor,
      { projectId: household.project_id, kind: input.followUp.kind, channel: input.kind === 'phone' ? 'phone' : 'visit', title: input.followUp.title, description, householdId: household.id, requesterName: input.contactName },
      now,
      notices,
    );
    workOrderId = order.id;
  }

  const row: OwnerVisitRow = {
    id: uuidv7(),
    company_id: household.company_id,
    project_id: household.project_id,
    household_id: household.id,
    butler_id: butlerId,
    visited_by: actor.userId,
    kind: input.kind,
    visited_at: visitedAt.toISOString(),
    visited_on: visitedOn,
    contact_name: input.contactName,
    summary: input.summary,
    satisfaction: input.satisfaction ?? null,
    needs: JSON.stringify(needs),
    needs_in_profile: input.addNeedsToProfile ? 1 : 0,
    work_order_id: workOrderId,
    ...newRowStamp(now.toISOString()),
  };
  await trx.insertInto('owner_visits').values(row).execute();
  await trx.deleteFrom('owner_visit_plans').where('household_id', '=', household.id).execute();
  await recordAudit(trx, actor, row.company_id, { action: 'ownerVisit.record', entityType: 'ownerVisit', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
