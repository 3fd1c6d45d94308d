import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const dailyCheckMigrations: Record<string, Migration> = {
  '0050_daily_check_templates': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('daily_check_templates'), { project: 'required' })
          .addColumn('items', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull()),
      ).execute();
      // One checklist per project: two first saves at once cannot both insert one.
      await db.schema.createIndex('daily_check_templates_project_ux').on('daily_check_templates').column('project_id').unique().execute();
    },
  },
  '0051_daily_checks': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('daily_checks'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('business_date', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('started_by', 'text', (c) => c.notNull())
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('completed_by', 'text')
          .addColumn('completed_at', 'text'),
      ).execute();
      // The one guard against two checks of a day: two butlers starting at once both get this one.
      await db.schema.createIndex('daily_checks_center_day_ux').on('daily_checks').columns(['sales_center_id', 'business_date']).unique().execute();
      await db.schema.createIndex('daily_checks_project_day_ix').on('daily_checks').columns(['project_id', 'business_date']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('daily_check_items'), { project: 'required' })
          .addColumn('check_id', 'text', (c) => c.notNull().references('daily_checks.id'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('item_key', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('department_id', 'text')
          .addColumn('result', 'text')
          .addColumn('note', 'text')
          .addColumn('photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('work_order_id', 'text')
          .addColumn('answered_by', 'text')
          .addColumn('answered_at', 'text'),
      ).execute();
      await db.schema.createIndex('daily_check_items_check_ux').on('daily_check_items').columns(['check_id', 'position']).unique().execute();

      await db.schema
        .createTable('daily_check_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('check_id', 'text', (c) => c.notNull().references('daily_checks.id'))
        .addColumn('item_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('daily_check_events_check_ix').on('daily_check_events').columns(['check_id', 'id']).execute();
    },
  },
};
