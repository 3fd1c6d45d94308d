import { uuidv7 } from '@guanjia/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';

/**
 * Adds one to the day's play or view counter of an item at a sales center. ON CONFLICT adds in
 * the database, so concurrent plays on two screens are both counted on SQLite and PostgreSQL.
 */
export async function bumpPublicityCounter(
  db: DbOrTx,
  item: { id: string; company_id: string; project_id: string },
  salesCenterId: string,
  counter: 'played' | 'viewed',
  date: string,
): Promise<number> {
  const row = await db
    .insertInto('publicity_counters')
    .values({ id: uuidv7(), company_id: item.company_id, project_id: item.project_id, item_id: item.id, sales_center_id: salesCenterId, count_date: date, counter, quantity: 1 })
    .onConflict((oc) => oc.columns(['item_id', 'sales_center_id', 'count_date', 'counter']).doUpdateSet({ quantity: sql<number>`publicity_counters.quantity + 1` }))
    .returning('quantity')
    .executeTakeFirstOrThrow();
  return Number(row.quantity);
}
