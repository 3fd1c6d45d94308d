import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const serviceCatalogMigrations: Record<string, Migration> = {
  '0031_service_catalog': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('service_items'), { project: 'required' })
          .addColumn('category_number', 'integer', (c) => c.notNull())
          .addColumn('number', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('origin', 'text', (c) => c.notNull())
          .addColumn('lead_working_days', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('price_mode', 'text', (c) => c.notNull())
          .addColumn('price_fen', 'integer')
          .addColumn('unit', 'text')
          .addColumn('handler_department_id', 'text', (c) => c.references('departments.id'))
          .addColumn('handler_vendor_id', 'text', (c) => c.references('vendors.id'))
          .addColumn('service_hours', 'text', (c) => c.notNull())
          .addColumn('sla_accept_minutes', 'integer', (c) => c.notNull())
          .addColumn('sla_complete_minutes', 'integer', (c) => c.notNull())
          .addColumn('sla_basis', 'text', (c) => c.notNull())
          .addColumn('return_visit_required', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('bookable', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('repairable', 'integer', (c) => c.notNull().defaultTo(0))
          // One printed (or added) number per category and project; two concurrent adds cannot share one.
          .addUniqueConstraint('service_items_number_uq', ['project_id', 'category_number', 'number']),
      ).execute();
      // Owners' catalog reads only enabled items of their project.
      await db.schema.createIndex('service_items_project_enabled_ix').on('service_items').columns(['project_id', 'enabled']).execute();
    },
  },
};
