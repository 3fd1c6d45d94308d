import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const serviceProfileMigrations: Record<string, Migration> = {
  '0122_service_profiles': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('service_profiles'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull().unique().references('households.id'))
          .addColumn('recorded', 'text', (c) => c.notNull())
          .addColumn('answered', 'text')
          .addColumn('answered_response_id', 'text', (c) => c.references('questionnaire_responses.id'))
          .addColumn('answered_owner_id', 'text')
          .addColumn('answered_at', 'text'),
      ).execute();

      await db.schema
        .createTable('service_profile_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('service_profile_id', 'text', (c) => c.notNull().references('service_profiles.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('service_profile_events_profile_ix').on('service_profile_events').columns(['service_profile_id', 'id']).execute();
    },
  },
};
