import type { DbOrTx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { ServiceItemRow } from './service-item-record.js';

/**
 * A project's service item, or 404. Callers check the project's visibility first; the project
 * filter keeps an item of another project from being used under this one.
 */
export async function loadServiceItem(db: DbOrTx, projectId: string, itemId: string): Promise<ServiceItemRow> {
  const row = await db.selectFrom('service_items').selectAll().where('id', '=', itemId).where('project_id', '=', projectId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.serviceItem');
  return row;
}
