import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const questionnaireMigrations: Record<string, Migration> = {
  '0121_questionnaires': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('questionnaires'), { project: 'required' })
          .addColumn('version_no', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('intro', 'text')
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('published_at', 'text')
          .addColumn('published_by', 'text')
          .addColumn('retired_at', 'text')
          .addUniqueConstraint('questionnaires_version_uq', ['project_id', 'version_no']),
      ).execute();
      // At most one published version per project, enforced by the database on both dialects.
      await db.schema.createIndex('questionnaires_published_uq').on('questionnaires').column('project_id').unique().where(sql.ref('status'), '=', 'published').execute();

      await db.schema
        .createTable('questionnaire_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('questionnaire_id', 'text', (c) => c.notNull().references('questionnaires.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('questionnaire_events_q_ix').on('questionnaire_events').columns(['questionnaire_id', 'id']).execute();

      await tenantColumns(db.schema.createTable('questionnaire_responses'), { project: 'required' })
        .addColumn('questionnaire_id', 'text', (c) => c.notNull().references('questionnaires.id'))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
        .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text')
        .addColumn('invitation_id', 'text')
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('questionnaire_responses_project_ix').on('questionnaire_responses').columns(['project_id', 'submitted_at']).execute();
      await db.schema.createIndex('questionnaire_responses_household_ix').on('questionnaire_responses').columns(['household_id', 'submitted_at']).execute();
      await db.schema.createIndex('questionnaire_responses_owner_ix').on('questionnaire_responses').columns(['owner_id', 'submitted_at']).execute();
    },
  },
};
