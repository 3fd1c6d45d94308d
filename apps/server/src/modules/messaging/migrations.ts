import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const messagingMigrations: Record<string, Migration> = {
  '0130_messaging': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('messages'), { project: 'required' })
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text')
          .addColumn('user_id', 'text')
          .addColumn('address', 'text')
          .addColumn('template_code', 'text')
          .addColumn('variables', 'text')
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
          .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('requested_time', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('not_before', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_attempt_at', 'text', (c) => c.notNull())
          .addColumn('locked_until', 'text')
          .addColumn('provider_message_id', 'text')
          .addColumn('last_error', 'text')
          .addColumn('sent_at', 'text')
          .addColumn('broadcast_id', 'text')
          .addColumn('created_by', 'text'),
      ).execute();
      // The claim: due queued messages of one channel, oldest first.
      await db.schema.createIndex('messages_due_ix').on('messages').columns(['status', 'channel', 'next_attempt_at']).execute();
      await db.schema.createIndex('messages_project_ix').on('messages').columns(['project_id', 'id']).execute();
      await db.schema.createIndex('messages_broadcast_ix').on('messages').columns(['broadcast_id', 'status']).execute();
      await db.schema.createIndex('messages_owner_ix').on('messages').columns(['owner_id', 'id']).execute();

      await db.schema
        .createTable('message_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('message_events_message_ix').on('message_events').columns(['message_id', 'id']).execute();

      await tenantColumns(db.schema.createTable('message_opt_outs'), { project: 'required' })
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('message_opt_outs_owner_ux').on('message_opt_outs').columns(['owner_id', 'topic', 'channel']).unique().execute();

      await db.schema
        .createTable('owner_message_contacts')
        .addColumn('owner_id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await tenantColumns(db.schema.createTable('broadcasts'), { project: 'required' })
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('template_code', 'text')
        .addColumn('variables', 'text')
        .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('audience_count', 'integer', (c) => c.notNull())
        .addColumn('queued_count', 'integer', (c) => c.notNull())
        .addColumn('opted_out_count', 'integer', (c) => c.notNull())
        .addColumn('unreachable_count', 'integer', (c) => c.notNull())
        .addColumn('not_before', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('broadcasts_project_ix').on('broadcasts').columns(['project_id', 'id']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('message_templates'), { project: 'none' })
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('sms_template_code', 'text')
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text'),
      ).execute();
      await db.schema.createIndex('message_templates_topic_ux').on('message_templates').columns(['company_id', 'topic']).unique().execute();

      await db.schema
        .createTable('messaging_settings')
        .addColumn('project_id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('quiet_start', 'text', (c) => c.notNull())
        .addColumn('quiet_end', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0131_broadcast_expansion': {
    async up(db: Kysely<unknown>) {
      // A broadcast is written at once and expanded to its messages by a job, chunk by chunk.
      await db.schema.alterTable('broadcasts').addColumn('status', 'text', (c) => c.notNull().defaultTo('queued')).execute();
      await db.schema.alterTable('broadcasts').addColumn('audience_total', 'integer').execute();
      await db.schema.alterTable('broadcasts').addColumn('expansion_cursor', 'text').execute();
      await db.schema.alterTable('broadcasts').addColumn('expanded_at', 'text').execute();
      // The expansion's keyset: a project's owners in id order from the cursor, read as an index range
      // (owners_project_ix is (project_id, name): each chunk would sort the whole project's owners).
      await db.schema.createIndex('owners_project_id_ix').on('owners').columns(['project_id', 'id']).execute();
      // The claim orders by (next_attempt_at, id): a broadcast's 100,000 messages share one instant,
      // and without id in the index every claim of 100 sorted all of them.
      await db.schema.dropIndex('messages_due_ix').execute();
      await db.schema.createIndex('messages_due_ix').on('messages').columns(['status', 'channel', 'next_attempt_at', 'id']).execute();
    },
  },
  '0164_broadcast_households': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('broadcast_households'), { project: 'required' })
        .addColumn('broadcast_id', 'text', (c) => c.notNull())
        .addColumn('household_id', 'text', (c) => c.notNull())
        .execute();
      // The expansion probes (broadcast, household) once per owner of a chunk.
      await db.schema.createIndex('broadcast_households_ux').on('broadcast_households').columns(['broadcast_id', 'household_id']).unique().execute();
    },
  },
  '0171_broadcast_failure': {
    async up(db: Kysely<unknown>) {
      // Why an expansion gave up; the broadcast then shows as failed and can be retried.
      await db.schema.alterTable('broadcasts').addColumn('failure', 'text').execute();
    },
  },
};
