import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const venueMigrations: Record<string, Migration> = {
  '0033_venues': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('venues'), { project: 'required' })
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('open_time', 'text', (c) => c.notNull())
          .addColumn('close_time', 'text', (c) => c.notNull())
          .addColumn('slot_minutes', 'integer', (c) => c.notNull())
          .addColumn('capacity', 'integer', (c) => c.notNull())
          .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema.createIndex('venues_project_name_ux').on('venues').columns(['project_id', 'name']).unique().execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('venue_bookings'), { project: 'required' })
          .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
          .addColumn('work_order_id', 'text', (c) => c.notNull().references('work_orders.id'))
          .addColumn('slot_date', 'text', (c) => c.notNull())
          .addColumn('slot_start', 'text', (c) => c.notNull())
          .addColumn('slot_end', 'text', (c) => c.notNull())
          .addColumn('party_size', 'integer', (c) => c.notNull())
          .addColumn('household_id', 'text', (c) => c.references('households.id'))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('booked_by', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('cancelled_by', 'text'),
      ).execute();
      // The one guard against a double booking: at most one active row per slot, whatever the timing.
      await db.schema
        .createIndex('venue_bookings_active_slot_ux')
        .on('venue_bookings')
        .columns(['venue_id', 'slot_date', 'slot_start'])
        .unique()
        .where(sql.ref('status'), '=', 'active')
        .execute();
      // A project's day view, and the booking behind a work order.
      await db.schema.createIndex('venue_bookings_project_date_ix').on('venue_bookings').columns(['project_id', 'slot_date']).execute();
      await db.schema.createIndex('venue_bookings_work_order_ix').on('venue_bookings').column('work_order_id').execute();
    },
  },
};
