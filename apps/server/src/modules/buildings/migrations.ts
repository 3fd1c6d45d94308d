import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const buildingMigrations: Record<string, Migration> = {
  '0002_buildings': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('buildings'), { project: 'required' })
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('floors', 'integer')
          .addUniqueConstraint('buildings_project_code_uq', ['project_id', 'code']),
      ).execute();
      await stampColumns(
        tenantColumns(db.schema.createTable('units'), { project: 'required' })
          .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('floor', 'integer')
          .addColumn('area_m2', 'double precision')
          .addColumn('layout', 'text')
          .addUniqueConstraint('units_building_code_uq', ['building_id', 'code']),
      ).execute();
      await db.schema.createIndex('units_project_ix').on('units').columns(['project_id', 'building_id', 'code']).execute();
    },
  },
};
