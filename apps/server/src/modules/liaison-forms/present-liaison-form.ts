import { businessDate } from '@guanjia/domain';
import { isLiaisonFormOverdue, LIAISON_PROPERTY_ROLES, liaisonFormActionsFor } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import type { LiaisonFormDetail } from './get-liaison-form.js';
import type { LiaisonFormSummaryRow } from './list-liaison-forms.js';
import type { LiaisonFormSummaryView, LiaisonFormView } from './schemas.js';

const named = (id: string | null, name: string | null | undefined) => (id ? { id, name: name ?? '' } : null);

export function presentLiaisonFormSummary(r: LiaisonFormSummaryRow, today: string): LiaisonFormSummaryView {
  return {
    id: r.id,
    projectId: r.project_id,
    number: r.number,
    subject: r.subject,
    status: r.status,
    toDepartment: named(r.to_department_id, r.to_department_name)!,
    fromServiceCenter: named(r.from_service_center_id, r.from_service_center_name),
    dueDate: r.due_date,
    overdue: isLiaisonFormOverdue({ status: r.status, dueDate: r.due_date }, today),
    issuedAt: r.issued_at,
    issuedBy: named(r.issued_by, r.issued_by_name),
    createdAt: r.created_at,
    version: r.version,
  };
}

export function presentLiaisonForm(d: LiaisonFormDetail, actor: Actor, now: Date = new Date()): LiaisonFormView {
  const { form, users } = d;
  const person = (id: string | null) => named(id, id ? users.get(id) : null);
  return {
    ...presentLiaisonFormSummary(d.summary, businessDate(now)),
    content: form.content,
    attachmentIds: JSON.parse(form.attachment_ids) as string[],
    createdBy: person(form.created_by)!,
    acknowledgedBy: person(form.acknowledged_by),
    acknowledgedAt: form.acknowledged_at,
    replyText: form.reply_text,
    repliedBy: person(form.replied_by),
    repliedAt: form.replied_at,
    returnedBy: person(form.returned_by),
    returnedAt: form.returned_at,
    cancelledBy: person(form.cancelled_by),
    cancelledAt: form.cancelled_at,
    cancelReason: form.cancel_reason,
    allowedActions: liaisonFormActionsFor(form.status, actor.roles),
    canEdit: form.status === 'draft' && hasRole(actor, ...LIAISON_PROPERTY_ROLES),
    history: d.events.map((e) => ({ action: e.action, fromStatus: e.from_status, toStatus: e.to_status, actor: person(e.actor_id)!, note: e.note, at: e.created_at })),
  };
}
