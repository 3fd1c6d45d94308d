import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const householdMigrations: Record<string, Migration> = {
  '0005_households': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('owners'), { project: 'required' })
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text')
          .addColumn('id_number', 'text'),
      ).execute();
      await db.schema.createIndex('owners_project_ix').on('owners').columns(['project_id', 'name']).execute();
      await stampColumns(
        tenantColumns(db.schema.createTable('households'), { project: 'required' })
          .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
          .addColumn('name', 'text'),
      ).execute();
      // One household per unit: a second one for the same unit is a 409, race-free.
      await db.schema.createIndex('households_unit_uq').on('households').column('unit_id').unique().execute();
      await tenantColumns(db.schema.createTable('household_members'), { project: 'required' })
        .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('household_members_uq', ['household_id', 'owner_id'])
        .execute();
      await db.schema.createIndex('household_members_owner_ix').on('household_members').column('owner_id').execute();
    },
  },
};
