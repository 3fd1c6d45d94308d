import type { Kysely, Migration } from 'kysely';

export const jobsMigrations: Record<string, Migration> = {
  '0010_jobs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text')
        .addColumn('project_id', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('run_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', 'text')
        .addColumn('idempotency_key', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The claim query scans by status then run_at; NULL keys do not collide on either database.
      await db.schema.createIndex('jobs_claim_ix').on('jobs').columns(['status', 'run_at']).execute();
      await db.schema.createIndex('jobs_idempotency_key_ux').unique().on('jobs').column('idempotency_key').execute();
      await db.schema.createIndex('jobs_company_ix').on('jobs').columns(['company_id', 'created_at']).execute();

      await db.schema
        .createTable('job_schedules')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('last_slot', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
