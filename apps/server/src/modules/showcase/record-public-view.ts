import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { bumpPublicityCounter } from './count-publicity.js';
import { showcaseOfCode } from './public-access.js';

/** A visitor opened a published item: one more view for the sales center of the code. */
export async function recordPublicView(db: DbOrTx, code: string, itemId: string, now: Date = new Date()) {
  const showcase = await showcaseOfCode(db, code);
  const item = await db
    .selectFrom('publicity_items')
    .select(['id', 'company_id', 'project_id'])
    .where('id', '=', itemId)
    .where('project_id', '=', showcase.project_id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!item) throw new NotFoundError('entity.publicityItem');
  const quantity = await bumpPublicityCounter(db, item, showcase.sales_center_id, 'viewed', businessDate(now));
  return { itemId: item.id, counter: 'viewed', quantity };
}
