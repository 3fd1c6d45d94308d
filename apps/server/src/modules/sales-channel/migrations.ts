import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const salesChannelMigrations: Record<string, Migration> = {
  '0145_sales_channel_items': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('sales_channel_items'), { project: 'required' })
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('side', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('period_start', 'text')
          .addColumn('period_end', 'text')
          .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('posted_by', 'text', (c) => c.notNull())
          .addColumn('posted_at', 'text', (c) => c.notNull())
          .addColumn('edited_by', 'text')
          .addColumn('edited_at', 'text'),
      ).execute();
      // The feed newest first, per project and per kind.
      await db.schema.createIndex('sales_channel_items_project_ix').on('sales_channel_items').columns(['project_id', 'posted_at']).execute();
      await db.schema.createIndex('sales_channel_items_kind_ix').on('sales_channel_items').columns(['project_id', 'kind', 'posted_at']).execute();

      await tenantColumns(db.schema.createTable('sales_channel_item_versions'), { project: 'required' })
        .addColumn('item_id', 'text', (c) => c.notNull().references('sales_channel_items.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('period_start', 'text')
        .addColumn('period_end', 'text')
        .addColumn('attachment_ids', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('sales_channel_item_versions_uq', ['item_id', 'version'])
        .execute();

      await tenantColumns(db.schema.createTable('sales_channel_receipts'), { project: 'required' })
        .addColumn('item_id', 'text', (c) => c.notNull().references('sales_channel_items.id'))
        .addColumn('item_version', 'integer', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'text', (c) => c.notNull())
        // One receipt per person and version: a second acknowledgement is a clash, not a new row.
        .addUniqueConstraint('sales_channel_receipts_uq', ['item_id', 'item_version', 'user_id'])
        .execute();
    },
  },
  '0146_sales_channel_duties': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('sales_channel_duties'), { project: 'required' })
          .addColumn('area', 'text', (c) => c.notNull())
          .addColumn('assigned_to', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('sort_order', 'integer', (c) => c.notNull())
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('sales_channel_duties_project_ix').on('sales_channel_duties').columns(['project_id', 'sort_order']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('sales_channel_cadences'), { project: 'required' })
          .addColumn('every_days', 'integer', (c) => c.notNull())
          .addColumn('starts_on', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .addUniqueConstraint('sales_channel_cadences_project_uq', ['project_id']),
      ).execute();
    },
  },
  '0147_sales_channel_suggestions': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('sales_channel_suggestions'), { project: 'required' })
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('raised_by', 'text', (c) => c.notNull())
          .addColumn('raised_by_side', 'text', (c) => c.notNull())
          .addColumn('addressed_to', 'text', (c) => c.notNull())
          .addColumn('due_date', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('answer_text', 'text')
          .addColumn('answered_by', 'text')
          .addColumn('answered_at', 'text')
          .addColumn('answer_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('closed_by', 'text')
          .addColumn('closed_at', 'text')
          .addUniqueConstraint('sales_channel_suggestions_number_uq', ['company_id', 'number']),
      ).execute();
      await db.schema.createIndex('sales_channel_suggestions_project_ix').on('sales_channel_suggestions').columns(['project_id', 'id']).execute();
      await db.schema.createIndex('sales_channel_suggestions_status_due_ix').on('sales_channel_suggestions').columns(['status', 'due_date']).execute();
    },
  },
  '0148_sales_channel_meetings': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('sales_channel_meetings'), { project: 'required' })
          .addColumn('meeting_date', 'text', (c) => c.notNull())
          .addColumn('start_time', 'text')
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('location', 'text')
          .addColumn('attendee_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('guest_names', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('agenda', 'text')
          .addColumn('minutes', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('finalised_by', 'text')
          .addColumn('finalised_at', 'text')
          .addColumn('cancel_reason', 'text'),
      ).execute();
      await db.schema.createIndex('sales_channel_meetings_project_ix').on('sales_channel_meetings').columns(['project_id', 'meeting_date']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('sales_channel_action_items'), { project: 'required' })
          .addColumn('meeting_id', 'text', (c) => c.notNull().references('sales_channel_meetings.id'))
          .addColumn('raised_on', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text', (c) => c.notNull())
          .addColumn('due_date', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('done_note', 'text')
          .addColumn('done_by', 'text')
          .addColumn('done_at', 'text')
          .addColumn('done_on', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('sales_channel_action_items_meeting_ix').on('sales_channel_action_items').columns(['meeting_id', 'id']).execute();
      await db.schema.createIndex('sales_channel_action_items_status_due_ix').on('sales_channel_action_items').columns(['status', 'due_date']).execute();
    },
  },
  '0149_sales_channel_history': {
    async up(db: Kysely<unknown>) {
      await tenantColumns(db.schema.createTable('sales_channel_events'), { project: 'required' })
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('note', 'text')
        .addColumn('snapshot', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sales_channel_events_entity_ix').on('sales_channel_events').columns(['entity_id', 'id']).execute();

      await tenantColumns(db.schema.createTable('sales_channel_reminders'), { project: 'required' })
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('reminder_date', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('recipients', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Once per record per day, however often the job runs.
      await db.schema.createIndex('sales_channel_reminders_day_ux').on('sales_channel_reminders').columns(['entity_id', 'reminder_date']).unique().execute();
    },
  },
};
