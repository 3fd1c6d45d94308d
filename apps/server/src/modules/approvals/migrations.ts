import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const approvalMigrations: Record<string, Migration> = {
  '0021_approvals': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('approval_chains'), { project: 'none' })
          .addColumn('document_type', 'text', (c) => c.notNull())
          .addColumn('steps', 'text', (c) => c.notNull())
          .addUniqueConstraint('approval_chains_type_uq', ['company_id', 'document_type']),
      ).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('approval_requests'), { project: 'required' })
          .addColumn('document_type', 'text', (c) => c.notNull())
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('steps', 'text', (c) => c.notNull())
          .addColumn('current_step', 'integer', (c) => c.notNull())
          .addColumn('current_role', 'text')
          .addColumn('submitted_by', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('submitted_at', 'text', (c) => c.notNull())
          .addColumn('decided_at', 'text')
          .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      // At most one pending request per document: a double submit is refused by the database too.
      await db.schema
        .createIndex('approval_requests_pending_uq')
        .on('approval_requests')
        .columns(['company_id', 'document_type', 'document_id'])
        .unique()
        .where(sql.ref('status'), '=', 'pending')
        .execute();
      await db.schema.createIndex('approval_requests_inbox_ix').on('approval_requests').columns(['company_id', 'status', 'current_role', 'project_id']).execute();
      await db.schema.createIndex('approval_requests_submitter_ix').on('approval_requests').columns(['submitted_by', 'submitted_at']).execute();
      await db.schema.createIndex('approval_requests_document_ix').on('approval_requests').columns(['document_type', 'document_id']).execute();

      await tenantColumns(db.schema.createTable('approval_history'), { project: 'required' })
        .addColumn('request_id', 'text', (c) => c.notNull().references('approval_requests.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text')
        .execute();
      await db.schema.createIndex('approval_history_request_ix').on('approval_history').columns(['request_id', 'at']).execute();
    },
  },
};
