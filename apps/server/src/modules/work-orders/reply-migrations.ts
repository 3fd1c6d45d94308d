import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A complaint, question or suggestion received at a sales center (案场) is owed an answer: where it was
 * raised, the reply-by date agreed with the visitor, and when and what was answered. The reminder
 * job walks only the orders still owed an answer.
 */
export const workOrderReplyMigrations: Record<string, Migration> = {
  '0060_work_order_replies': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('work_orders').addColumn('sales_center_id', 'text', (c) => c.references('sales_centers.id')).execute();
      await db.schema.alterTable('work_orders').addColumn('location', 'text').execute();
      await db.schema.alterTable('work_orders').addColumn('reply_by', 'text').execute();
      await db.schema.alterTable('work_orders').addColumn('replied_at', 'text').execute();
      await db.schema.alterTable('work_orders').addColumn('reply_note', 'text').execute();
      await db.schema.alterTable('work_orders').addColumn('reply_alert_level', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema
        .createIndex('work_orders_reply_due_ix')
        .on('work_orders')
        .columns(['reply_by', 'reply_alert_level'])
        .where(sql.ref('replied_at'), 'is', null)
        .execute();
      // The sales-site dashboard counts a sales center's complaints without walking the project's orders.
      await db.schema
        .createIndex('work_orders_sales_center_ix')
        .on('work_orders')
        .columns(['sales_center_id', 'id'])
        .where(sql.ref('sales_center_id'), 'is not', null)
        .execute();
    },
  },
};
