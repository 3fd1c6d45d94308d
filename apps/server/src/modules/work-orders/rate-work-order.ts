import { isWorkOrderRequester } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { RateWorkOrderBody } from './return-visit-schemas.js';
import { settleReturnVisit, type SettledReturnVisit } from './settle-return-visit.js';
import { loadVisibleWorkOrder, workOrderSubject } from './work-order-access.js';

/**
 * The requester rates a completed order on H5 (1–5): accepting closes it, rejecting (with a
 * comment) reopens it. Only the requester's own orders are found; anyone else's are a 404.
 */
export async function rateWorkOrder(trx: Tx, actor: Actor, id: string, body: RateWorkOrderBody, now: Date = new Date()): Promise<SettledReturnVisit> {
  const { order, who } = await loadVisibleWorkOrder(trx, actor, id);
  if (!isWorkOrderRequester(workOrderSubject(order), who)) throw new NotFoundError('entity.workOrder');
  return settleReturnVisit(
    trx,
    actor,
    order,
    { rating: body.rating, comment: body.comment || null, outcome: body.accept ? 'accepted' : 'rejected', method: 'h5' },
    now,
  );
}
