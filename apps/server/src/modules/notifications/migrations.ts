import type { Kysely, Migration } from 'kysely';
import { tenantColumns } from '../../platform/db/columns.js';

export const notificationMigrations: Record<string, Migration> = {
  '0020_notifications': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('notifications'), { project: 'optional' })
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      // A user's list is read newest first; the unread count is polled every few seconds per open stream.
      await db.schema.createIndex('notifications_user_created_ix').on('notifications').columns(['user_id', 'created_at']).execute();
      await db.schema.createIndex('notifications_user_read_ix').on('notifications').columns(['user_id', 'read_at']).execute();
    },
  },
};
