import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';
import { workOrderListMigrations } from './list-migrations.js';
import { workOrderReplyMigrations } from './reply-migrations.js';

export const workOrderMigrations: Record<string, Migration> = {
  '0032_work_orders': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('work_orders'), { project: 'required' })
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('service_item_id', 'text')
          .addColumn('category_number', 'integer')
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('emergency', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('household_id', 'text')
          .addColumn('unit_id', 'text')
          .addColumn('building_id', 'text')
          .addColumn('requester_user_id', 'text')
          .addColumn('requester_name', 'text', (c) => c.notNull())
          .addColumn('requester_phone', 'text')
          .addColumn('accountable_staff_id', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('service_date', 'text')
          .addColumn('service_start', 'text')
          .addColumn('service_end', 'text')
          .addColumn('lead_override_reason', 'text')
          .addColumn('dispatch_mode', 'text')
          .addColumn('assignee_department_id', 'text')
          .addColumn('assignee_user_id', 'text')
          .addColumn('assignee_vendor_id', 'text')
          .addColumn('assignment_accepted_at', 'text')
          .addColumn('accepted_at', 'text')
          .addColumn('started_at', 'text')
          .addColumn('completed_at', 'text')
          .addColumn('closed_at', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('accept_due_at', 'text')
          .addColumn('complete_due_at', 'text')
          .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('urge_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('return_visit_required', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('satisfaction', 'integer')
          .addColumn('photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('completion_note', 'text')
          .addColumn('completion_photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          // Numbers count per company and day (platform/sequences), so they are unique per company.
          .addUniqueConstraint('work_orders_number_uq', ['company_id', 'number']),
      ).execute();
      // Lists over a million orders read one index range per page, newest first (keyset on the UUIDv7 id).
      const orderIndexes: Array<[string, string[]]> = [
        ['work_orders_project_ix', ['project_id', 'id']],
        ['work_orders_project_status_ix', ['project_id', 'status', 'id']],
        ['work_orders_project_accountable_ix', ['project_id', 'accountable_staff_id', 'id']],
        ['work_orders_project_assignee_ix', ['project_id', 'assignee_user_id', 'id']],
        ['work_orders_project_category_ix', ['project_id', 'category_number', 'id']],
        // An owner's H5 list: the orders of their households, newest first.
        ['work_orders_household_ix', ['household_id', 'id']],
      ];
      for (const [name, columns] of orderIndexes) await db.schema.createIndex(name).on('work_orders').columns(columns).execute();

      await db.schema
        .createTable('work_order_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('work_order_id', 'text', (c) => c.notNull().references('work_orders.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('reason', 'text')
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('work_order_events_order_ix').on('work_order_events').columns(['work_order_id', 'id']).execute();

      await stampColumns(
        tenantColumns(db.schema.createTable('return_visits'), { project: 'required' })
          .addColumn('work_order_id', 'text', (c) => c.notNull().references('work_orders.id'))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('due_at', 'text', (c) => c.notNull())
          .addColumn('method', 'text')
          .addColumn('rating', 'integer')
          .addColumn('comment', 'text')
          .addColumn('outcome', 'text')
          .addColumn('recorded_by', 'text')
          .addColumn('done_at', 'text'),
      ).execute();
      await db.schema.createIndex('return_visits_order_ix').on('return_visits').column('work_order_id').execute();
      await db.schema.createIndex('return_visits_due_ix').on('return_visits').columns(['project_id', 'status', 'due_at']).execute();
      // The SLA sweep's (status, due) indexes come with 0034_work_order_lists.
    },
  },
  ...workOrderListMigrations,
  ...workOrderReplyMigrations,
};
