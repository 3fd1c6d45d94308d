import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

/** A history table: one row per change, never updated. */
function historyTable(db: Kysely<unknown>, name: string, parent: string, parentColumn: string) {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn(parentColumn, 'text', (c) => c.notNull().references(`${parent}.id`))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_value', 'text')
    .addColumn('to_value', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull());
}

export const salesPreparationMigrations: Record<string, Migration> = {
  '0080_pre_agreements': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('pre_agreements'), { project: 'required' })
          .addColumn('project_positioning', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('sales_support_positioning', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('contract_number', 'text')
          .addColumn('contract_signed_on', 'text')
          .addColumn('term_start', 'text')
          .addColumn('term_end', 'text')
          .addColumn('service_content', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('service_requirements', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('key_terms', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          // One record per project: two first saves racing meet here.
          .addUniqueConstraint('pre_agreements_project_uq', ['project_id']),
      ).execute();
      await historyTable(db, 'pre_agreement_events', 'pre_agreements', 'agreement_id').execute();
      await db.schema.createIndex('pre_agreement_events_agreement_ix').on('pre_agreement_events').columns(['agreement_id', 'id']).execute();
    },
  },
  '0081_service_plans': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('service_plans'), { project: 'required' })
          .addColumn('plan_version', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('service_model', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('target_group', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('staffing', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('site_services', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('materials', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('rules', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('training_plan', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('approval_request_id', 'text')
          .addColumn('submitted_by', 'text')
          .addColumn('submitted_at', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('superseded_at', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('cancel_reason', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          // Versions are numbered per project; two new versions drafted at once collide here.
          .addUniqueConstraint('service_plans_project_version_uq', ['project_id', 'plan_version']),
      ).execute();
    },
  },
  '0082_service_plan_events': {
    async up(db: Kysely<unknown>) {
      await historyTable(db, 'service_plan_events', 'service_plans', 'plan_id').execute();
      await db.schema.createIndex('service_plan_events_plan_ix').on('service_plan_events').columns(['plan_id', 'id']).execute();
    },
  },
  '0083_preparation_checklist_items': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('preparation_checklist_items'), { project: 'required' })
          .addColumn('checklist', 'text', (c) => c.notNull())
          .addColumn('item_key', 'text', (c) => c.notNull())
          .addColumn('category_key', 'text')
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('sort_order', 'integer', (c) => c.notNull())
          .addColumn('planned_headcount', 'integer')
          .addColumn('staff_names', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('quantity', 'integer')
          .addColumn('assignee_id', 'text')
          .addColumn('due_date', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('not_applicable_reason', 'text')
          .addColumn('done_at', 'text')
          .addColumn('done_by', 'text')
          .addColumn('reminded_on', 'text')
          // Generating twice (or concurrently) adds each template item once.
          .addUniqueConstraint('preparation_checklist_items_key_uq', ['project_id', 'checklist', 'item_key']),
      ).execute();
      await db.schema.createIndex('preparation_checklist_items_due_ix').on('preparation_checklist_items').columns(['status', 'due_date']).execute();
    },
  },
  '0084_preparation_checklist_events': {
    async up(db: Kysely<unknown>) {
      await historyTable(db, 'preparation_checklist_events', 'preparation_checklist_items', 'item_id').execute();
      await db.schema.createIndex('preparation_checklist_events_item_ix').on('preparation_checklist_events').columns(['item_id', 'id']).execute();
    },
  },
};
