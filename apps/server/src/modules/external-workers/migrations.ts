import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const externalWorkerMigrations: Record<string, Migration> = {
  '0052_external_workers': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('external_workers'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.references('sales_centers.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text', (c) => c.notNull())
          .addColumn('id_number', 'text')
          .addColumn('company_name', 'text', (c) => c.notNull())
          .addColumn('purpose', 'text', (c) => c.notNull())
          .addColumn('visiting', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('time_in', 'text', (c) => c.notNull())
          .addColumn('time_out', 'text')
          .addColumn('visit_date', 'text', (c) => c.notNull())
          .addColumn('registered_by', 'text', (c) => c.notNull())
          .addColumn('signed_out_by', 'text'),
      ).execute();
      // The day's register, and who is on site now (time_out null) per project.
      await db.schema.createIndex('external_workers_project_day_ix').on('external_workers').columns(['project_id', 'visit_date', 'time_in']).execute();
      await db.schema.createIndex('external_workers_project_out_ix').on('external_workers').columns(['project_id', 'time_out']).execute();

      await db.schema
        .createTable('external_worker_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('external_worker_id', 'text', (c) => c.notNull().references('external_workers.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('external_worker_events_worker_ix').on('external_worker_events').columns(['external_worker_id', 'id']).execute();
    },
  },
};
