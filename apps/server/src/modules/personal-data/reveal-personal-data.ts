import { canRevealPersonalData, uuidv7 } from '@guanjia/domain';
import type { RevealableField, RevealSubjectType } from '@guanjia/domain/personal-data/index';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { coBuyersOf, loadVisibleDeal } from '../deals/deal-access.js';
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
  assignedToActor: boolean;
  phone: string | null;
  idNumber: string | null;
}

async function findSubject(trx: Tx, actor: Actor, body: RevealBody): Promise<Found> {
  if (body.subjectType === 'owner') {
    const o = await findVisibleOwner(trx, actor, body.ownerId);
    return { projectId: o.project_id, ownerId: o.id, subjectId: o.id, assignedToActor: false, phone: o.phone, idNumber: o.id_number };
  }
  if (body.subjectType === 'deal') {
    const d = await loadVisibleDeal(trx, actor, body.dealId);
    const person =
      d.owner_id === body.ownerId ? { phone: d.buyer_phone, idNumber: d.buyer_id_number } : coBuyersOf(d).find((c) => c.ownerId === body.ownerId);
    if (!person) throw new NotFoundError('entity.owner');
    return { projectId: d.project_id, ownerId: body.ownerId, subjectId: d.id, assignedToActor: false, phone: person.phone || null, idNumber: person.idNumber ?? null };
  }
  const { order } = await loadVisibleWorkOrder(trx, actor, body.workOrderId);
  const requester = order.requester_user_id
    ? await trx.selectFrom('users').select('owner_id').where('id', '=', order.requester_user_id).executeTakeFirst()
    : undefined;
  return {
    projectId: order.project_id,
    ownerId: requester?.owner_id ?? null,
    subjectId: order.id,
    assignedToActor: order.assignee_user_id === actor.userId,
    phone: order.requester_phone,
    idNumber: null,
  };
}

/**
 * 查看完整号码: a staff member who may see the full phone or ID number gets it here, and the read is
 * logged (who, whose, which field, why, from where) in the same transaction. Visibility first (404),
 * then the right to the full value (403). An empty value is answered without a log row.
 */
export async function revealPersonalData(trx: Tx, actor: Actor, body: RevealBody, ctx: RevealContext, now: Date = new Date()) {
  const found = await findSubject(trx, actor, body);
  if (!canRevealPersonalData(actor, { projectId: found.projectId, ownerId: found.ownerId, assignedToActor: found.assignedToActor })) throw new ForbiddenError();
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
