import { businessDate } from '@guanjia/domain';
import { RECEPTION_DESK_ROLES, type VipChecklist } from '@guanjia/domain/reception/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { handOffToConsultant } from './hand-off-to-consultant.js';
import { loadRotation, nextTurnNumber, pickNext } from './load-rotation.js';
import { assertHost, findVisibleSalesCenter, type VisitRow } from './reception-access.js';
import { NoConsultantAvailableError, RotationTurnTakenError } from './reception-errors.js';
import { newVisitRow } from './new-visit-row.js';
import { recordVisitEvent } from './record-visit-event.js';
import type { CheckInBody, VipChecklistBody } from './schemas.js';
import type { AssignedVia } from './tables.js';
import { transitionVisit } from './transition-visit.js';

export interface CheckInResult {
  visit: VisitRow;
  /** Written in the transaction; the route publishes them after commit. */
  notifications: NotificationRow[];
}

/** A phone number is kept only with the visitor's consent to be recorded. */
export function assertPhoneConsent(phone: string | null | undefined, consent: boolean): void {
  if (phone && !consent) throw new ValidationError({ visitorPhone: 'reception.field.phoneNeedsConsent' });
}

export function checklistJson(body: VipChecklistBody | undefined): string | null {
  if (!body) return null;
  const checklist: VipChecklist = { items: body.items, greeterName: body.greeterName?.trim() || null };
  return JSON.stringify(checklist);
}

/**
 * Checks a visitor in and hands them to a consultant at once. An appointment keeps its consultant
 * (or the one the visitor names); a walk-in, viewing group or unannounced VIP goes to the
 * consultant they ask for, or else to the next in the rotation (轮序), taking the day's next turn
 * number: two check-ins racing for one turn collide on the unique index and the loser is retried.
 */
export async function checkInVisitor(trx: Tx, actor: Actor, input: CheckInBody, now: Date = new Date()): Promise<CheckInResult> {
  requireRole(actor, ...RECEPTION_DESK_ROLES);
  if (input.type === 'appointment') return checkInAppointment(trx, actor, input, now);
  assertPhoneConsent(input.visitorPhone, input.consentRecorded);
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  const date = businessDate(now);
  const at = now.toISOString();

  let consultantId: string;
  let via: AssignedVia;
  let turn: number | null = null;
  if (input.consultantId) {
    consultantId = (await assertHost(trx, center.company_id, center.project_id, input.consultantId)).id;
    via = 'requested';
  } else {
    // The turn is read before the rotation: a walk-in committed between the two reads took this
    // turn number, so this insert collides on the unique turn and the check-in runs again on fresh
    // state, instead of handing a second visitor to the consultant that walk-in just got.
    turn = await nextTurnNumber(trx, center.id, date);
    const pick = pickNext(await loadRotation(trx, center.id, date));
    if (pick.consultantId === null) throw new NoConsultantAvailableError(pick.reason);
    consultantId = pick.consultantId;
    via = 'rotation';
  }

  const visit = newVisitRow(at, {
    company_id: center.company_id,
    project_id: center.project_id,
    sales_center_id: center.id,
    visit_date: date,
    type: input.type,
    status: 'waiting',
    visitor_name: input.visitorName,
    visitor_phone: input.visitorPhone ?? null,
    party_size: input.partySize,
    consent_recorded: input.consentRecorded ? 1 : 0,
    consultant_id: consultantId,
    assigned_via: via,
    rotation_turn: turn,
    shuttle_bus: input.type === 'viewingGroup' && input.shuttleBus ? 1 : 0,
    vip_checklist: input.type === 'vip' ? checklistJson(input.vipChecklist ?? { items: {}, greeterName: null }) : null,
    note: input.note || null,
    checked_in_at: at,
    checked_in_by: actor.userId,
    notified_at: at,
    created_by: actor.userId,
  });
  try {
    await trx.insertInto('reception_visits').values(visit).execute();
  } catch (err) {
    // The failed statement has aborted the transaction on PostgreSQL; the route runs the check-in again.
    if (isUniqueViolation(err)) throw new RotationTurnTakenError();
    throw err;
  }
  await recordVisitEvent(trx, visit, { action: 'checkIn', from: null, to: 'waiting', actorId: actor.userId, data: { via, rotationTurn: turn }, at });
  await recordAudit(trx, actor, visit.company_id, { action: 'visit.checkIn', entityType: 'visit', entityId: visit.id, projectId: visit.project_id, after: visit });
  const notifications = await handOffToConsultant(trx, actor.userId, visit, 'checkIn');
  return { visit, notifications };
}

type AppointmentCheckIn = Extract<CheckInBody, { type: 'appointment' }>;

/** The seed: ask for the appointed consultant's name, seat the visitor in the VIP area, notify the consultant. */
async function checkInAppointment(trx: Tx, actor: Actor, input: AppointmentCheckIn, now: Date): Promise<CheckInResult> {
  const { visit } = await transitionVisit(
    trx,
    actor,
    input.appointmentId,
    {
      action: 'checkIn',
      apply: async (before, at) => {
        const consultantId = input.consultantId ?? before.consultant_id;
        if (consultantId !== before.consultant_id) await assertHost(trx, before.company_id, before.project_id, consultantId);
        return {
          changes: {
            // A visitor who comes on another day than booked is on today's board.
            visit_date: businessDate(now),
            consultant_id: consultantId,
            party_size: input.partySize ?? before.party_size,
            consent_recorded: input.consentRecorded ? 1 : 0,
            // Without consent nothing beyond the form of address is kept.
            visitor_phone: input.consentRecorded ? before.visitor_phone : null,
            vip_checklist: before.type === 'vip' && input.vipChecklist ? checklistJson(input.vipChecklist) : before.vip_checklist,
            note: input.note ? [before.note, input.note].filter(Boolean).join('\n') : before.note,
            checked_in_at: at,
            checked_in_by: actor.userId,
            notified_at: at,
          },
          data: consultantId !== before.consultant_id ? { consultantId, bookedConsultantId: before.consultant_id } : null,
        };
      },
    },
    now,
  );
  const notifications = await handOffToConsultant(trx, actor.userId, visit, 'checkIn');
  return { visit, notifications };
}
