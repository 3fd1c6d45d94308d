import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const etiquetteDrillMigrations: Record<string, Migration> = {
  '0090_etiquette_peak_periods': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('etiquette_peak_periods'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('start_date', 'text', (c) => c.notNull())
          .addColumn('end_date', 'text', (c) => c.notNull())
          .addColumn('start_time', 'text', (c) => c.notNull())
          .addColumn('end_time', 'text', (c) => c.notNull())
          .addColumn('weekdays', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      // The timetable and the hourly job read the periods of a center that reach a date.
      await db.schema.createIndex('etiquette_peak_periods_center_ix').on('etiquette_peak_periods').columns(['sales_center_id', 'end_date']).execute();
      await db.schema.createIndex('etiquette_peak_periods_dates_ix').on('etiquette_peak_periods').columns(['end_date', 'start_date']).execute();
    },
  },
  '0091_etiquette_drill_rotations': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('etiquette_drill_rotations'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('kinds', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('etiquette_drill_rotations_center_ux').on('etiquette_drill_rotations').column('sales_center_id').unique().execute();
    },
  },
  '0092_etiquette_drill_records': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('etiquette_drill_records'), { project: 'required' })
        .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
        .addColumn('drill_date', 'text', (c) => c.notNull())
        .addColumn('slot_start', 'text', (c) => c.notNull())
        .addColumn('slot_end', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('performer_ids', 'text', (c) => c.notNull())
        .addColumn('photo_file_id', 'text', (c) => c.references('files.id'))
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      // One record per slot: of two posts recording the same hour at once, one wins and the other gets 409.
      await db.schema.createIndex('etiquette_drill_records_slot_ux').on('etiquette_drill_records').columns(['sales_center_id', 'drill_date', 'slot_start']).unique().execute();
    },
  },
  '0093_etiquette_missed_drills': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('etiquette_missed_drills'), { project: 'required' })
        .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
        .addColumn('drill_date', 'text', (c) => c.notNull())
        .addColumn('slot_start', 'text', (c) => c.notNull())
        .addColumn('slot_end', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('notified_user_ids', 'text', (c) => c.notNull())
        .addColumn('flagged_at', 'text', (c) => c.notNull())
        .execute();
      // Each slot is flagged once, however often or concurrently the hourly job runs.
      await db.schema.createIndex('etiquette_missed_drills_slot_ux').on('etiquette_missed_drills').columns(['sales_center_id', 'drill_date', 'slot_start']).unique().execute();
      await db.schema.createIndex('etiquette_missed_drills_project_ix').on('etiquette_missed_drills').columns(['project_id', 'drill_date']).execute();
    },
  },
};
