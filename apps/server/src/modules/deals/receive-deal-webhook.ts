import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { recordDeal, type RecordedDeal } from './record-deal.js';
import type { WebhookDealBody } from './schemas.js';
import type { VerifiedDelivery } from './verify-deal-webhook.js';

/**
 * Records a verified CRM delivery: remembers it (a replay is 409), finds the unit by building and
 * unit code, and records the deal, updating the one with the same externalRef if it exists.
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
  const recorded = await recordDeal(
    trx,
    { actor: null, companyId: delivery.companyId, projectId: delivery.projectId, source: 'webhook', mode: 'upsert' },
    { ...body, unitId: unit.id },
    now,
  );
  await trx.updateTable('deal_webhook_deliveries').set({ deal_id: recorded.deal.id }).where('id', '=', seenId).execute();
  return recorded;
}
