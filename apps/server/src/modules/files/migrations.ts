import type { Kysely, Migration } from 'kysely';
import { tenantColumns } from '../../platform/db/columns.js';

export const fileMigrations: Record<string, Migration> = {
  '0022_files': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('files'), { project: 'optional' })
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('storage_path', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('files_project_ix').on('files').columns(['project_id', 'created_at']).execute();
      await db.schema.createIndex('files_owner_ix').on('files').columns(['owner_id', 'created_at']).execute();
    },
  },
};
