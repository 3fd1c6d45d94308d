import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const vendorMigrations: Record<string, Migration> = {
  '0004_vendors': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('vendors'), { project: 'none' })
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('service_type', 'text', (c) => c.notNull())
          .addColumn('contact_name', 'text')
          .addColumn('contact_phone', 'text')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema
        .createTable('vendor_projects')
        .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendors.id'))
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('vendor_projects_pk', ['vendor_id', 'project_id'])
        .execute();
      // Staff read the vendors serving their projects.
      await db.schema.createIndex('vendor_projects_project_ix').on('vendor_projects').column('project_id').execute();
    },
  },
};
