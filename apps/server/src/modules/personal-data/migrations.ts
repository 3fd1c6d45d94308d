import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const personalDataMigrations: Record<string, Migration> = {
  '0165_personal_data': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('personal_data_reads'), { project: 'required' })
        .addColumn('staff_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('owner_id', 'text', (c) => c.references('owners.id'))
        .addColumn('subject_type', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text')
        .addColumn('page', 'text')
        .addColumn('ip', 'text')
        .addColumn('read_at', 'text', (c) => c.notNull())
        .execute();
      // The log newest first per company, and filtered by staff member or by owner.
      await db.schema.createIndex('personal_data_reads_company_ix').on('personal_data_reads').columns(['company_id', 'read_at']).execute();
      await db.schema.createIndex('personal_data_reads_staff_ix').on('personal_data_reads').columns(['staff_user_id', 'read_at']).execute();
      await db.schema.createIndex('personal_data_reads_owner_ix').on('personal_data_reads').columns(['owner_id', 'read_at']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('personal_data_requests'), { project: 'required' })
          .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('reason', 'text')
          .addColumn('decided_by', 'text', (c) => c.references('users.id'))
          .addColumn('decided_at', 'text')
          .addColumn('refuse_reason', 'text')
          .addColumn('completed_at', 'text')
          .addColumn('format', 'text'),
      ).execute();
      await db.schema.createIndex('personal_data_requests_project_ix').on('personal_data_requests').columns(['project_id', 'state', 'created_at']).execute();
      // One erasure request waiting for a decision per owner: a second ask while one waits is 409.
      await db.schema.createIndex('personal_data_requests_waiting_ux').on('personal_data_requests').columns(['owner_id', 'kind']).unique().where(sql.ref('state'), '=', 'requested').execute();
      await db.schema.createIndex('personal_data_requests_owner_ix').on('personal_data_requests').columns(['owner_id', 'created_at']).execute();

      await db.schema
        .createTable('personal_data_request_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text', (c) => c.notNull().references('personal_data_requests.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_state', 'text')
        .addColumn('to_state', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('personal_data_request_events_request_ix').on('personal_data_request_events').columns(['request_id', 'id']).execute();
    },
  },
};
