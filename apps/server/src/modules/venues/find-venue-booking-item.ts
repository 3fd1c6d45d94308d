import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { ServiceItemTable } from '../service-catalog/tables.js';

/** 会所场地预定 is item 3 of category 1 (生活秘书服务) in the seed's catalog, copied into every project. */
export const VENUE_BOOKING_ITEM = { categoryNumber: 1, number: 3 } as const;

/** The project's catalog item every venue booking is a work order of; undefined when the project has none. */
export async function findVenueBookingItem(db: DbOrTx, projectId: string): Promise<Selectable<ServiceItemTable> | undefined> {
  return db
    .selectFrom('service_items')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('category_number', '=', VENUE_BOOKING_ITEM.categoryNumber)
    .where('number', '=', VENUE_BOOKING_ITEM.number)
    .executeTakeFirst();
}
