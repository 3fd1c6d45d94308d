import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const staffMigrations: Record<string, Migration> = {
  '0003_staff': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('users'), { project: 'none' })
          .addColumn('username', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text')
          .addColumn('id_number', 'text')
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('roles', 'text', (c) => c.notNull())
          .addColumn('department_id', 'text', (c) => c.references('departments.id'))
          .addColumn('vendor_id', 'text')
          .addColumn('owner_id', 'text')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema.createIndex('users_company_ix').on('users').columns(['company_id', 'username']).execute();
      // One login per owner record; NULL (staff) repeats freely on both databases.
      await db.schema.createIndex('users_owner_uq').on('users').column('owner_id').unique().execute();
      await db.schema
        .createTable('user_projects')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_projects_pk', ['user_id', 'project_id'])
        .execute();
      // Managers list the staff of their projects.
      await db.schema.createIndex('user_projects_project_ix').on('user_projects').column('project_id').execute();
    },
  },
};
