import type { Kysely, Migration } from 'kysely';
import { tenantColumns } from '../../platform/db/columns.js';

export const ownerInvitationMigrations: Record<string, Migration> = {
  '0100_owner_invitations': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('owner_invitations'), { project: 'required' })
        .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
        .addColumn('household_id', 'text', (c) => c.references('households.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text')
        .execute();
      await db.schema.createIndex('owner_invitations_owner_ix').on('owner_invitations').columns(['owner_id', 'created_at']).execute();
    },
  },
};
