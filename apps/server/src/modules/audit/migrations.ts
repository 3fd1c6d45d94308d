import type { Kysely, Migration } from 'kysely';

export const auditMigrations: Record<string, Migration> = {
  '0007_audit': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      // The log is browsed newest first, filtered by company and optionally entity or actor.
      await db.schema.createIndex('audit_company_at_ix').on('audit_log').columns(['company_id', 'at']).execute();
      await db.schema.createIndex('audit_entity_ix').on('audit_log').columns(['entity_type', 'entity_id']).execute();
      // Filtering the company's log by entity type, newest first, without visiting other rows.
      await db.schema.createIndex('audit_company_type_at_ix').on('audit_log').columns(['company_id', 'entity_type', 'at']).execute();
      await db.schema.createIndex('audit_actor_ix').on('audit_log').columns(['actor_id', 'at']).execute();
    },
  },
};
