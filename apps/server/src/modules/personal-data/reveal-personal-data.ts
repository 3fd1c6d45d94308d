import { canRevealPersonalData, uuidv7 } from '@guanjia/domain';
import { REVEALER_ROLES, type RevealableField, type RevealSubjectType } from '@guanjia/domain/personal-data/index';
import { canRevealVisitorPhone } from '@guanjia/domain/reception/index';
import { canRevealExternalWorkerContact } from '@guanjia/domain/sales-site/external-worker-privacy';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { coBuyersOf, loadVisibleDeal } from '../deals/deal-access.js';
import { loadVisibleExternalWorker } from '../external-workers/external-worker-access.js';
import { loadVisibleVisit } from '../reception/reception-access.js';
import { loadVisibleWorkOrder } from '../work-orders/work-order-access.js';
import { findVisibleOwner } from './owner-scope.js';
import type { RevealBody } from './schemas.js';

export interface RevealContext {
  ip: string | null;
}

interface Found {
  projectId: string;
  ownerId: string | null;
  subjectId: string;
  /** The actor may see this person's full values (the domain's policy for the kind of subject). */
  mayReveal: boolean;
  phone: string | null;
  idNumber: string | null;
}

/** An owner's data (owner records, deals, work orders): the managing roles, or a technician on the person's order. */
function ownerData(actor: Actor, f: Omit<Found, 'mayReveal'>, assignedToActor = false): Found {
  return { ...f, mayReveal: canRevealPersonalData(actor, { projectId: f.projectId, ownerId: f.ownerId, assignedToActor }) };
}

async function findSubject(trx: Tx, actor: Actor, body: RevealBody): Promise<Found> {
  if (body.subjectType === 'owner') {
    const o = await findVisibleOwner(trx, actor, body.ownerId);
    return ownerData(actor, { projectId: o.project_id, ownerId: o.id, subjectId: o.id, phone: o.phone, idNumber: o.id_number });
  }
  if (body.subjectType === 'visit') {
    const v = await loadVisibleVisit(trx, actor, body.visitId);
    const mayReveal = canRevealVisitorPhone(actor, { projectId: v.project_id, consultantId: v.consultant_id });
    return { projectId: v.project_id, ownerId: null, subjectId: v.id, mayReveal, phone: v.visitor_phone, idNumber: null };
  }
  if (body.subjectType === 'externalWorker') {
    const w = await loadVisibleExternalWorker(trx, actor, body.externalWorkerId);
    return { projectId: w.project_id, ownerId: null, subjectId: w.id, mayReveal: canRevealExternalWorkerContact(actor.roles), phone: w.phone, idNumber: w.id_number };
  }
  if (body.subjectType === 'deal') {
    const d = await loadVisibleDeal(trx, actor, body.dealId);
    const person =
      d.owner_id === body.ownerId ? { phone: d.buyer_phone, idNumber: d.buyer_id_number } : coBuyersOf(d).find((c) => c.ownerId === body.ownerId);
    if (!person) throw new NotFoundError('entity.owner');
    return ownerData(actor, { projectId: d.project_id, ownerId: body.ownerId, subjectId: d.id, phone: person.phone || null, idNumber: person.idNumber ?? null });
  }
  const { order } = await loadVisibleWorkOrder(trx, actor, body.workOrderId);
  const requester = order.requester_user_id
    ? await trx.selectFrom('users').select('owner_id').where('id', '=', order.requester_user_id).executeTakeFirst()
    : undefined;
  const f = { projectId: order.project_id, ownerId: requester?.owner_id ?? null, subjectId: order.id, phone: order.requester_phone, idNumber: null };
  return ownerData(actor, f, order.assignee_user_id === actor.userId);
}

/**
 * 查看完整号码: a staff member who may see the full phone or ID number (of an owner, a visitor or an
 * outside worker) gets it here, and the read is logged (who, whose, which field, why, from where) in
 * the same transaction. A role that never may is refused first (403), then visibility (404), then the
 * right to this person's full value (403). An empty value is answered without a log row.
 */
export async function revealPersonalData(trx: Tx, actor: Actor, body: RevealBody, ctx: RevealContext, now: Date = new Date()) {
  if (!actor.roles.some((r) => REVEALER_ROLES[body.subjectType].includes(r))) throw new ForbiddenError();
  const found = await findSubject(trx, actor, body);
  if (!found.mayReveal) throw new ForbiddenError();
  const field: RevealableField = body.field;
  const value = field === 'phone' ? found.phone : found.idNumber;
  const readAt = now.toISOString();
  if (value) {
    const subjectType: RevealSubjectType = body.subjectType;
    await trx
      .insertInto('personal_data_reads')
      .values({
        id: uuidv7(),
        company_id: actor.companyId,
        project_id: found.projectId,
        staff_user_id: actor.userId,
        owner_id: found.ownerId,
        subject_type: subjectType,
        subject_id: found.subjectId,
        field,
        purpose: body.purpose ?? null,
        page: body.page ?? null,
        ip: ctx.ip,
        read_at: readAt,
      })
      .execute();
  }
  return { field, value, loggedAt: value ? readAt : null };
}
