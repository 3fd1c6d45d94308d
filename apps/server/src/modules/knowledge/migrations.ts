import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const knowledgeMigrations: Record<string, Migration> = {
  '0045_knowledge_entries': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('knowledge_entries'), { project: 'required' })
          .addColumn('bank', 'text', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('published_version_id', 'text')
          .addColumn('published_at', 'text')
          .addColumn('retired_at', 'text')
          .addColumn('last_version_no', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('question_length', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('keywords_length', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('answer_length', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('source_desk_log_id', 'text'),
      ).execute();
      // The management list (per bank and category) and the corpus statistics of a search.
      await db.schema.createIndex('knowledge_entries_project_bank_ix').on('knowledge_entries').columns(['project_id', 'bank', 'category', 'id']).execute();
    },
  },
  '0046_knowledge_versions': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('knowledge_versions'), { project: 'required' })
          .addColumn('entry_id', 'text', (c) => c.notNull().references('knowledge_entries.id'))
          .addColumn('number', 'integer', (c) => c.notNull())
          .addColumn('question', 'text', (c) => c.notNull())
          .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('answer', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('author_id', 'text', (c) => c.notNull())
          .addColumn('submitted_by', 'text')
          .addColumn('submitted_at', 'text')
          .addColumn('approval_request_id', 'text')
          .addColumn('approved_by', 'text')
          .addColumn('published_at', 'text')
          .addColumn('superseded_at', 'text')
          .addColumn('retired_at', 'text')
          .addColumn('rejected_by', 'text')
          .addColumn('rejected_at', 'text')
          .addColumn('rejection_reason', 'text')
          .addUniqueConstraint('knowledge_versions_entry_number_uq', ['entry_id', 'number']),
      ).execute();
      // However two publications interleave, an entry never shows two answers.
      await db.schema
        .createIndex('knowledge_versions_one_published_ux')
        .on('knowledge_versions')
        .column('entry_id')
        .unique()
        .where(sql.ref('status'), '=', 'published')
        .execute();
      await db.schema.createIndex('knowledge_versions_project_status_ix').on('knowledge_versions').columns(['project_id', 'status']).execute();

      await db.schema
        .createTable('knowledge_version_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('knowledge_entries.id'))
        .addColumn('version_id', 'text', (c) => c.notNull().references('knowledge_versions.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('knowledge_version_events_entry_ix').on('knowledge_version_events').columns(['entry_id', 'id']).execute();
    },
  },
  '0047_knowledge_search_terms': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('knowledge_search_terms')
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('knowledge_entries.id'))
        .addColumn('bank', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('term', 'text', (c) => c.notNull())
        .addColumn('weight', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('knowledge_search_terms_pk', ['entry_id', 'field', 'term'])
        .execute();
      // A search reads the rows of its terms within one project.
      await db.schema.createIndex('knowledge_search_terms_lookup_ix').on('knowledge_search_terms').columns(['project_id', 'term']).execute();
    },
  },
  '0048_knowledge_desk_log': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('knowledge_desk_log'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.references('sales_centers.id'))
          .addColumn('question', 'text', (c) => c.notNull())
          .addColumn('entry_id', 'text', (c) => c.references('knowledge_entries.id'))
          .addColumn('version_id', 'text', (c) => c.references('knowledge_versions.id'))
          .addColumn('answer_given', 'text')
          .addColumn('answered_by', 'text', (c) => c.notNull())
          .addColumn('answered_by_name', 'text', (c) => c.notNull())
          .addColumn('asked_at', 'text', (c) => c.notNull())
          .addColumn('draft_entry_id', 'text', (c) => c.references('knowledge_entries.id')),
      ).execute();
      await db.schema.createIndex('knowledge_desk_log_project_ix').on('knowledge_desk_log').columns(['project_id', 'id']).execute();
    },
  },
};
