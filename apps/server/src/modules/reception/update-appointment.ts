import { shanghaiInstant } from '@guanjia/domain';
import { minutesToHhmm, businessMinuteOfDay } from '@guanjia/domain';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertMayBookFor, assertNotPast } from './create-appointment.js';
import { assertPhoneConsent } from './check-in-visitor.js';
import { assertHost, type VisitRow } from './reception-access.js';
import type { UpdateAppointmentBody } from './schemas.js';
import { transitionVisit } from './transition-visit.js';

/** Changes an appointment that is still expected: time, consultant, visitor details (the reschedule transition). */
export async function updateAppointment(trx: Tx, actor: Actor, id: string, input: UpdateAppointmentBody, now: Date = new Date()): Promise<VisitRow> {
  const { visit } = await transitionVisit(
    trx,
    actor,
    id,
    {
      action: 'reschedule',
      version: input.version,
      apply: async (before) => {
        const date = input.date ?? before.visit_date;
        const time = input.time ?? minutesToHhmm(businessMinuteOfDay(before.appointment_at ?? before.created_at));
        if (input.date) assertNotPast(input.date, now);
        const consent = input.consentRecorded ?? before.consent_recorded === 1;
        const phone = input.visitorPhone === undefined ? before.visitor_phone : input.visitorPhone;
        assertPhoneConsent(phone, consent);
        if (input.consultantId && input.consultantId !== before.consultant_id) {
          assertMayBookFor(actor, input.consultantId);
          await assertHost(trx, before.company_id, before.project_id, input.consultantId);
        }
        const changes = changedColumns(before, {
          visitor_name: input.visitorName,
          visitor_phone: phone,
          party_size: input.partySize,
          consultant_id: input.consultantId,
          visit_date: date,
          appointment_at: shanghaiInstant(date, time).toISOString(),
          shuttle_bus: input.shuttleBus === undefined ? undefined : input.shuttleBus && before.type === 'viewingGroup' ? 1 : 0,
          consent_recorded: consent ? 1 : 0,
          note: input.note === undefined ? undefined : input.note || null,
        });
        return { changes, data: { changed: Object.keys(changes) } };
      },
    },
    now,
  );
  return visit;
}
