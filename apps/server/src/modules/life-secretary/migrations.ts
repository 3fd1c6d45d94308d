import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const lifeSecretaryMigrations: Record<string, Migration> = {
  '0160_wake_up_calls': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('wake_up_calls'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text', (c) => c.notNull())
          .addColumn('time', 'text', (c) => c.notNull())
          .addColumn('repeat', 'text', (c) => c.notNull())
          .addColumn('date', 'text')
          .addColumn('note', 'text')
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('next_at', 'text')
          .addColumn('last_message_id', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('cancelled_by', 'text')
          .addColumn('cancelled_at', 'text'),
      ).execute();
      // The job's read: active calls whose next occurrence is near.
      await db.schema.createIndex('wake_up_calls_due_ix').on('wake_up_calls').columns(['status', 'next_at']).execute();
      await db.schema.createIndex('wake_up_calls_project_ix').on('wake_up_calls').columns(['project_id', 'id']).execute();
      await db.schema.createIndex('wake_up_calls_owner_ix').on('wake_up_calls').columns(['owner_id', 'id']).execute();
    },
  },
  '0161_message_relays': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('message_relays'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull())
          .addColumn('from_name', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('recorded_by', 'text', (c) => c.notNull())
          .addColumn('delivered_at', 'text')
          .addColumn('confirmed_at', 'text')
          .addColumn('confirmed_by', 'text')
          .addColumn('confirmed_how', 'text')
          .addColumn('reminded_at', 'text')
          .addColumn('cancelled_at', 'text'),
      ).execute();
      await db.schema.createIndex('message_relays_project_ix').on('message_relays').columns(['project_id', 'id']).execute();
      await db.schema.createIndex('message_relays_household_ix').on('message_relays').columns(['household_id', 'id']).execute();
      // The reminder job: delivered relays by delivery time.
      await db.schema.createIndex('message_relays_open_ix').on('message_relays').columns(['status', 'delivered_at']).execute();
    },
  },
  '0162_life_secretary_settings': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('life_secretary_settings')
        .addColumn('project_id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('greetings_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('festivals', 'text', (c) => c.notNull())
        .addColumn('birthdays_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('festival_text', 'text', (c) => c.notNull())
        .addColumn('birthday_text', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('relay_reminder_hours', 'integer', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    },
  },
  '0163_greeting_sends': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('greeting_sends'), { project: 'required' })
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('festival_key', 'text')
        .addColumn('household_id', 'text')
        .addColumn('member_name', 'text')
        .addColumn('broadcast_id', 'text')
        .addColumn('message_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('greeting_sends_project_ix').on('greeting_sends').columns(['project_id', 'date', 'id']).execute();
    },
  },
};
