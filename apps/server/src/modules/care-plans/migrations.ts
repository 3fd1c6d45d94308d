import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const carePlanMigrations: Record<string, Migration> = {
  '0150_care_rules': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('care_rules'), { project: 'required' })
          .addColumn('rule_key', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('condition', 'text', (c) => c.notNull())
          .addColumn('actions', 'text', (c) => c.notNull())
          .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('origin', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text'),
      ).execute();
      await db.schema.createIndex('care_rules_project_key_ux').on('care_rules').columns(['project_id', 'rule_key']).unique().execute();
    },
  },
  '0151_care_suggestions': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('care_suggestions'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
          .addColumn('rule_id', 'text', (c) => c.notNull().references('care_rules.id'))
          .addColumn('action_key', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('proposal', 'text', (c) => c.notNull())
          .addColumn('basis', 'text', (c) => c.notNull())
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('decline_reason', 'text')
          .addColumn('plan_id', 'text'),
      ).execute();
      // One open suggestion per household, rule and action.
      await db.schema
        .createIndex('care_suggestions_open_ux')
        .on('care_suggestions')
        .columns(['household_id', 'rule_id', 'action_key'])
        .unique()
        .where(sql.ref('status'), '=', 'suggested')
        .execute();
      await db.schema.createIndex('care_suggestions_key_ix').on('care_suggestions').columns(['household_id', 'rule_id', 'action_key', 'id']).execute();
      await db.schema.createIndex('care_suggestions_project_status_ix').on('care_suggestions').columns(['project_id', 'status', 'id']).execute();
    },
  },
  '0152_care_plans': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('care_plans'), { project: 'required' })
          .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
          .addColumn('suggestion_id', 'text', (c) => c.unique().references('care_suggestions.id'))
          .addColumn('service_item_id', 'text', (c) => c.notNull().references('service_items.id'))
          .addColumn('category_number', 'integer', (c) => c.notNull())
          .addColumn('item_number', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('recurrence', 'text', (c) => c.notNull())
          .addColumn('time_of_day', 'text')
          .addColumn('note', 'text')
          .addColumn('start_on', 'text', (c) => c.notNull())
          .addColumn('next_due_on', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('accountable_staff_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('assignee_department_id', 'text')
          .addColumn('assignee_user_id', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('care_plans_due_ix').on('care_plans').columns(['status', 'next_due_on']).execute();
      await db.schema.createIndex('care_plans_project_status_ix').on('care_plans').columns(['project_id', 'status', 'id']).execute();
      await db.schema.createIndex('care_plans_household_ix').on('care_plans').columns(['household_id', 'id']).execute();

      await db.schema
        .createTable('care_plan_occurrences')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('care_plans.id'))
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('work_order_id', 'text', (c) => c.references('work_orders.id'))
        .addColumn('skip_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // The idempotency of the due-orders job: one record (and so one work order) per plan and date.
      await db.schema.createIndex('care_plan_occurrences_plan_due_ux').on('care_plan_occurrences').columns(['plan_id', 'due_on']).unique().execute();
    },
  },
};
