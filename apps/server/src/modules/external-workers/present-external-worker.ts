import { canRevealExternalWorkerContact, showExternalWorkerContact } from '@guanjia/domain/sales-site/external-worker-privacy';
import type { Actor } from '../../platform/http/actor.js';
import type { ExternalWorkerListRow } from './list-external-workers.js';
import type { ExternalWorkerView } from './schemas.js';

/** Phone and ID number masked; the viewers the domain allows reveal them through the logged reveal endpoint. */
export function presentExternalWorker(r: ExternalWorkerListRow, actor: Actor): ExternalWorkerView {
  const contact = showExternalWorkerContact({ phone: r.phone, idNumber: r.id_number });
  return {
    id: r.id,
    projectId: r.project_id,
    salesCenter: r.sales_center_id ? { id: r.sales_center_id, name: r.sales_center_name ?? '' } : null,
    name: r.name,
    phone: contact.phone,
    idNumber: contact.idNumber,
    contactRevealable: canRevealExternalWorkerContact(actor.roles),
    company: r.company_name,
    purpose: r.purpose,
    visiting: r.visiting,
    note: r.note,
    timeIn: r.time_in,
    timeOut: r.time_out,
    onSite: r.time_out === null,
    visitDate: r.visit_date,
    registeredBy: { id: r.registered_by, name: r.registered_by_name ?? '' },
    signedOutBy: r.signed_out_by ? { id: r.signed_out_by, name: r.signed_out_by_name ?? '' } : null,
    version: r.version,
  };
}
