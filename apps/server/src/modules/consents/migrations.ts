import type { Kysely, Migration } from 'kysely';
import { tenantColumns } from '../../platform/db/columns.js';

export const consentMigrations: Record<string, Migration> = {
  '0120_consents': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('consents'), { project: 'required' })
        .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('granted', 'integer', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text')
        .addColumn('invitation_id', 'text')
        .addColumn('text_version', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      // The consent in force is the newest row per owner and purpose (ids are UUIDv7, so they sort by time).
      await db.schema.createIndex('consents_owner_purpose_ix').on('consents').columns(['owner_id', 'purpose', 'id']).execute();
    },
  },
};
