import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const ownerVisitMigrations: Record<string, Migration> = {
  '0155_household_butlers': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('household_butlers'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull().unique().references('households.id'))
          .addColumn('butler_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('assigned_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('household_butlers_butler_ix').on('household_butlers').columns(['project_id', 'butler_id']).execute();
    },
  },
  '0156_owner_visits': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('owner_visit_settings'), { project: 'required' })
          .addColumn('cadence_days', 'integer')
          .addColumn('updated_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('owner_visit_settings_project_ux').unique().on('owner_visit_settings').column('project_id').execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('owner_visits'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
          .addColumn('butler_id', 'text')
          .addColumn('visited_by', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('visited_at', 'text', (c) => c.notNull())
          .addColumn('visited_on', 'text', (c) => c.notNull())
          .addColumn('contact_name', 'text', (c) => c.notNull())
          .addColumn('summary', 'text', (c) => c.notNull())
          .addColumn('satisfaction', 'integer')
          .addColumn('needs', 'text', (c) => c.notNull())
          .addColumn('needs_in_profile', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('work_order_id', 'text'),
      ).execute();
      await db.schema.createIndex('owner_visits_household_ix').on('owner_visits').columns(['household_id', 'visited_on']).execute();
      await db.schema.createIndex('owner_visits_project_ix').on('owner_visits').columns(['project_id', 'visited_on', 'id']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('owner_visit_plans'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull().unique().references('households.id'))
          .addColumn('planned_on', 'text', (c) => c.notNull())
          .addColumn('planned_by', 'text', (c) => c.notNull()),
      ).execute();

      await tenantColumns(db.schema.createTable('owner_visit_reminders'), { project: 'required' })
        .addColumn('butler_id', 'text', (c) => c.notNull())
        .addColumn('reminder_date', 'text', (c) => c.notNull())
        .addColumn('household_ids', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('owner_visit_reminders_day_ux').unique().on('owner_visit_reminders').columns(['project_id', 'butler_id', 'reminder_date']).execute();
    },
  },
};
