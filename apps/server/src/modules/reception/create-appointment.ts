import { businessDate, shanghaiInstant } from '@guanjia/domain';
import { RECEPTION_DESK_ROLES, ROTATION_OVERRIDE_ROLES } from '@guanjia/domain/reception/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { assertPhoneConsent } from './check-in-visitor.js';
import { assertHost, findVisibleSalesCenter, type VisitRow } from './reception-access.js';
import { newVisitRow } from './new-visit-row.js';
import { recordVisitEvent } from './record-visit-event.js';
import type { CreateAppointmentBody } from './schemas.js';

/** A consultant books only for themself; the desk and the sales manager for anyone. */
export function assertMayBookFor(actor: Actor, consultantId: string): void {
  if (hasRole(actor, ...RECEPTION_DESK_ROLES, ...ROTATION_OVERRIDE_ROLES)) return;
  if (consultantId !== actor.userId) throw new ForbiddenError('reception.refusal.notOwnVisitor');
}

/** 400 on the date unless the appointment is today or later (Shanghai). */
export function assertNotPast(date: string, now: Date): void {
  if (date < businessDate(now)) throw new ValidationError({ date: 'reception.field.dateInPast' });
}

/** An appointment (预约到访): a visit that is `expected` at a time, with the consultant the visitor booked with. */
export async function createAppointment(trx: Tx, actor: Actor, input: CreateAppointmentBody, now: Date = new Date()): Promise<VisitRow> {
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  assertMayBookFor(actor, input.consultantId);
  assertPhoneConsent(input.visitorPhone, input.consentRecorded);
  assertNotPast(input.date, now);
  await assertHost(trx, center.company_id, center.project_id, input.consultantId);
  const at = now.toISOString();
  const visit = newVisitRow(at, {
    company_id: center.company_id,
    project_id: center.project_id,
    sales_center_id: center.id,
    visit_date: input.date,
    type: input.type,
    status: 'expected',
    visitor_name: input.visitorName,
    visitor_phone: input.visitorPhone ?? null,
    party_size: input.partySize,
    consent_recorded: input.consentRecorded ? 1 : 0,
    consultant_id: input.consultantId,
    assigned_via: 'appointment',
    appointment_at: shanghaiInstant(input.date, input.time).toISOString(),
    shuttle_bus: input.type === 'viewingGroup' && input.shuttleBus ? 1 : 0,
    vip_checklist: input.type === 'vip' ? JSON.stringify({ items: {}, greeterName: null }) : null,
    note: input.note || null,
    created_by: actor.userId,
  });
  await trx.insertInto('reception_visits').values(visit).execute();
  await recordVisitEvent(trx, visit, { action: 'create', to: 'expected', actorId: actor.userId, at });
  await recordAudit(trx, actor, visit.company_id, { action: 'visit.create', entityType: 'visit', entityId: visit.id, projectId: visit.project_id, after: visit });
  return visit;
}
