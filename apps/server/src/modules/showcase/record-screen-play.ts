import { businessDate } from '@guanjia/domain';
import { SCREEN_KINDS } from '@guanjia/domain/showcase/publicity';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { bumpPublicityCounter } from './count-publicity.js';
import { fieldRefusal, loadVisibleItem, loadVisibleSalesCenter } from './showcase-access.js';

/** The showcase screen played (or showed) a published video or notice once. */
export async function recordScreenPlay(trx: Tx, actor: Actor, itemId: string, input: { salesCenterId: string }, now: Date = new Date()) {
  const item = await loadVisibleItem(trx, actor, itemId);
  const center = await loadVisibleSalesCenter(trx, actor, input.salesCenterId);
  if (center.project_id !== item.project_id) throw fieldRefusal('SALES_CENTER_NOT_IN_PROJECT', 'salesCenterId', 'showcase.field.salesCenterNotInProject');
  if (!SCREEN_KINDS.includes(item.kind)) throw fieldRefusal('NOT_SCREEN_KIND', 'itemId', 'showcase.field.notScreenKind');
  if (item.status !== 'published') throw fieldRefusal('NOT_PUBLISHED', 'itemId', 'showcase.field.notPublished');
  const quantity = await bumpPublicityCounter(trx, item, center.id, 'played', businessDate(now));
  return { itemId: item.id, counter: 'played', quantity };
}
