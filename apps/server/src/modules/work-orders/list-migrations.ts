import type { Kysely, Migration } from 'kysely';

/** Indexes for the escalation sweep (the list indexes come with 0032). */
export const workOrderListMigrations: Record<string, Migration> = {
  '0034_work_order_lists': {
    async up(db: Kysely<unknown>) {
      // The escalation job looks, every minute and across projects, at open orders whose clock ran
      // out: a range per open status instead of a scan over the closed millions.
      await db.schema.createIndex('work_orders_status_accept_due_ix').on('work_orders').columns(['status', 'accept_due_at']).execute();
      await db.schema.createIndex('work_orders_status_complete_due_ix').on('work_orders').columns(['status', 'complete_due_at']).execute();
    },
  },
};
