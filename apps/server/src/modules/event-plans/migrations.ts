import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const eventPlanMigrations: Record<string, Migration> = {
  '0070_event_plans': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('event_plans'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.references('sales_centers.id'))
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('event_date', 'text', (c) => c.notNull())
          .addColumn('major', 'integer', (c) => c.notNull())
          .addColumn('lead_group', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('assignments', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('order_plan', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('emergency_plan', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('approval_request_id', 'text')
          .addColumn('submitted_by', 'text')
          .addColumn('submitted_at', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('held_by', 'text')
          .addColumn('held_at', 'text')
          .addColumn('review_went_well', 'text')
          .addColumn('review_problems', 'text')
          .addColumn('review_photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('reviewed_by', 'text')
          .addColumn('reviewed_at', 'text')
          .addColumn('rehearsal_confirmed_by', 'text')
          .addColumn('rehearsal_confirmed_at', 'text')
          .addColumn('cancelled_by', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('cancel_reason', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      // A project's plans by event date; the preparing plans the reminder job walks.
      await db.schema.createIndex('event_plans_project_date_ix').on('event_plans').columns(['project_id', 'event_date']).execute();
      await db.schema.createIndex('event_plans_status_ix').on('event_plans').columns(['status', 'event_date']).execute();
    },
  },
  '0071_event_plan_tasks': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('event_plan_tasks'), { project: 'required' })
          .addColumn('plan_id', 'text', (c) => c.notNull().references('event_plans.id'))
          .addColumn('task_key', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('days_before', 'integer', (c) => c.notNull())
          .addColumn('office_only', 'integer', (c) => c.notNull())
          .addColumn('rehearsal', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('due_date', 'text', (c) => c.notNull())
          .addColumn('moved_from', 'text')
          .addColumn('source', 'text')
          .addColumn('owner_id', 'text')
          .addColumn('done_at', 'text')
          .addColumn('done_by', 'text')
          .addColumn('reminded_on', 'text')
          .addUniqueConstraint('event_plan_tasks_key_uq', ['plan_id', 'task_key']),
      ).execute();
      await db.schema.createIndex('event_plan_tasks_due_ix').on('event_plan_tasks').columns(['due_date', 'done_at']).execute();
    },
  },
  '0072_event_plan_events': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('event_plan_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('event_plans.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('event_plan_events_plan_ix').on('event_plan_events').columns(['plan_id', 'id']).execute();
    },
  },
};
