import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { cancelLoadedDeal } from './cancel-deal.js';
import { recordDeal, type RecordedDeal } from './record-deal.js';
import type { WebhookDealBody } from './schemas.js';
import type { VerifiedDelivery } from './verify-deal-webhook.js';

/**
 * Records a verified CRM delivery: remembers it (a replay is 409), finds the unit by building and
 * unit code, and records the deal, updating the one with the same externalRef if it exists; or,
 * when the CRM says the deal was cancelled, cancels the one recorded under that externalRef.
 */
export async function receiveDealWebhook(trx: Tx, delivery: VerifiedDelivery, body: WebhookDealBody, now: Date = new Date()): Promise<RecordedDeal> {
  const seenId = uuidv7();
  await trx
    .insertInto('deal_webhook_deliveries')
    .values({ id: seenId, company_id: delivery.companyId, project_id: delivery.projectId, delivery_id: delivery.deliveryId, signature: delivery.signature, deal_id: null, received_at: now.toISOString() })
    .execute()
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? new ConflictError('DELIVERY_REPLAYED', 'deal.webhook.replayed', { delivery: delivery.deliveryId }) : err;
    });
  const unit = await trx
    .selectFrom('units as u')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .select('u.id')
    .where('u.project_id', '=', delivery.projectId)
    .where('b.code', '=', body.buildingCode)
    .where('u.code', '=', body.unitCode)
    .executeTakeFirst();
  if (!unit) throw new ValidationError({ unitCode: 'deal.field.unknownUnit' });
  if (body.status === 'cancelled') return cancelFromCrm(trx, delivery, body, seenId, now);
  const recorded = await recordDeal(
    trx,
    { actor: null, companyId: delivery.companyId, projectId: delivery.projectId, source: 'webhook', mode: 'upsert' },
    { ...body, unitId: unit.id },
    now,
  );
  await trx.updateTable('deal_webhook_deliveries').set({ deal_id: recorded.deal.id }).where('id', '=', seenId).execute();
  return recorded;
}

/**
 * 作废 from the CRM (退房 / 换房 / 录入错误): the deal under that externalRef is cancelled as a staff member
 * would (checklist closed, open links revoked), recorded as done by no one. A deal already cancelled
 * is answered as it is; one never recorded is a field error, as there is nothing to cancel.
 */
async function cancelFromCrm(trx: Tx, delivery: VerifiedDelivery, body: WebhookDealBody, seenId: string, now: Date): Promise<RecordedDeal> {
  const before = await trx.selectFrom('deals').selectAll().where('project_id', '=', delivery.projectId).where('external_ref', '=', body.externalRef).executeTakeFirst();
  if (!before) throw new ValidationError({ externalRef: 'deal.field.unknownExternalRef' });
  const deal = before.status === 'cancelled' ? before : await cancelLoadedDeal(trx, null, before, { reason: body.cancelReason!, note: body.cancelNote }, now);
  await trx.updateTable('deal_webhook_deliveries').set({ deal_id: deal.id }).where('id', '=', seenId).execute();
  return { deal, created: false, notifications: [] };
}
