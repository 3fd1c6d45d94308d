import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const ownerDocumentMigrations: Record<string, Migration> = {
  '0110_owner_documents': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('owner_document_templates'), { project: 'required' })
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('version_no', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('published_by', 'text')
          .addColumn('published_at', 'text')
          .addColumn('retired_at', 'text'),
      ).execute();
      await db.schema.createIndex('owner_document_templates_version_ux').on('owner_document_templates').columns(['project_id', 'kind', 'version_no']).unique().execute();
      // At most one draft and one published version per project and kind, refused by the database itself.
      await db.schema.createIndex('owner_document_templates_draft_ux').on('owner_document_templates').columns(['project_id', 'kind']).unique().where(sql.ref('status'), '=', 'draft').execute();
      await db.schema.createIndex('owner_document_templates_published_ux').on('owner_document_templates').columns(['project_id', 'kind']).unique().where(sql.ref('status'), '=', 'published').execute();

      await db.schema
        .createTable('owner_document_template_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('template_id', 'text', (c) => c.notNull().references('owner_document_templates.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('owner_document_template_events_template_ix').on('owner_document_template_events').columns(['template_id', 'id']).execute();

      await tenantColumns(db.schema.createTable('owner_document_signatures'), { project: 'required' })
        .addColumn('template_id', 'text', (c) => c.notNull().references('owner_document_templates.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
        .addColumn('household_id', 'text', (c) => c.references('households.id'))
        .addColumn('invitation_id', 'text', (c) => c.notNull().references('owner_invitations.id'))
        .addColumn('version_no', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('text_sha256', 'text', (c) => c.notNull())
        .addColumn('signature_file_id', 'text', (c) => c.notNull().references('files.id'))
        .addColumn('pdf_file_id', 'text', (c) => c.notNull().references('files.id'))
        .addColumn('device', 'text')
        .addColumn('ip', 'text')
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .execute();
      // One signature per owner and version: a double submit stores one.
      await db.schema.createIndex('owner_document_signatures_owner_template_ux').on('owner_document_signatures').columns(['owner_id', 'template_id']).unique().execute();
      await db.schema.createIndex('owner_document_signatures_project_ix').on('owner_document_signatures').columns(['project_id', 'kind', 'owner_id']).execute();
    },
  },
};
