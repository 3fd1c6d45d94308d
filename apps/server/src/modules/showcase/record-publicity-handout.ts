import { businessDate, uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { fieldRefusal, loadVisibleItem, loadVisibleSalesCenter } from './showcase-access.js';

/** 精美资料发放: copies of a published brochure handed out at a sales center on a day, by the recorder. */
export async function recordPublicityHandout(trx: Tx, actor: Actor, itemId: string, input: { salesCenterId: string; date?: string; quantity: number }, now: Date = new Date()) {
  const item = await loadVisibleItem(trx, actor, itemId);
  const center = await loadVisibleSalesCenter(trx, actor, input.salesCenterId);
  if (center.project_id !== item.project_id) throw fieldRefusal('SALES_CENTER_NOT_IN_PROJECT', 'salesCenterId', 'showcase.field.salesCenterNotInProject');
  if (item.kind !== 'brochure') throw fieldRefusal('NOT_BROCHURE', 'itemId', 'showcase.field.notBrochure');
  if (item.status !== 'published') throw fieldRefusal('NOT_PUBLISHED', 'itemId', 'showcase.field.notPublished');
  const date = input.date ?? businessDate(now);
  await trx
    .insertInto('publicity_handouts')
    .values({
      id: uuidv7(),
      company_id: item.company_id,
      project_id: item.project_id,
      item_id: item.id,
      sales_center_id: center.id,
      handout_date: date,
      quantity: input.quantity,
      recorded_by: actor.userId,
      created_at: now.toISOString(),
    })
    .execute();
  const total = await trx
    .selectFrom('publicity_handouts')
    .select((eb) => eb.fn.sum<number>('quantity').as('n'))
    .where('item_id', '=', item.id)
    .where('sales_center_id', '=', center.id)
    .where('handout_date', '=', date)
    .executeTakeFirst();
  return { itemId: item.id, counter: 'handedOut', quantity: Number(total?.n ?? 0) };
}
