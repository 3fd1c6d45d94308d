import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const orgMigrations: Record<string, Migration> = {
  '0001_org': {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('app_meta').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
      await stampColumns(
        db.schema
          .createTable('companies')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull().unique()),
      ).execute();
      await stampColumns(
        tenantColumns(db.schema.createTable('regions'), { project: 'none' })
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('code', 'text')
          // Codes are optional; NULLs never clash on either database.
          .addUniqueConstraint('regions_company_code_uq', ['company_id', 'code']),
      ).execute();
      await stampColumns(
        tenantColumns(db.schema.createTable('developers'), { project: 'none' })
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('code', 'text')
          .addUniqueConstraint('developers_company_code_uq', ['company_id', 'code']),
      ).execute();
      await stampColumns(
        tenantColumns(db.schema.createTable('projects'), { project: 'none' })
          .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id'))
          .addColumn('developer_id', 'text', (c) => c.references('developers.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('city', 'text')
          .addColumn('address', 'text')
          .addUniqueConstraint('projects_company_code_uq', ['company_id', 'code']),
      ).execute();
      for (const table of ['sales_centers', 'service_centers'] as const) {
        let t = tenantColumns(db.schema.createTable(table), { project: 'required' })
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('address', 'text')
          .addColumn('phone', 'text');
        if (table === 'sales_centers') t = t.addColumn('open_time', 'text').addColumn('close_time', 'text');
        await stampColumns(t).execute();
        await db.schema.createIndex(`${table}_project_ix`).on(table).column('project_id').execute();
      }
      await stampColumns(
        tenantColumns(db.schema.createTable('departments'), { project: 'optional' })
          .addColumn('developer_id', 'text', (c) => c.references('developers.id'))
          .addColumn('parent_id', 'text', (c) => c.references('departments.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('post_type', 'text'),
      ).execute();
      await db.schema.createIndex('departments_company_project_ix').on('departments').columns(['company_id', 'project_id']).execute();
      await db.schema.createIndex('departments_parent_ix').on('departments').column('parent_id').execute();
    },
  },
  // A service center's office hours bound the working-hour SLA clocks of its work orders.
  '0035_service_center_office_hours': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('service_centers').addColumn('open_time', 'text').execute();
      await db.schema.alterTable('service_centers').addColumn('close_time', 'text').execute();
    },
  },
};
