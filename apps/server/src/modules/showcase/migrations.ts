import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

/** id, company_id and project_id of an append-only row (no stamps). */
const plainRow = (db: Kysely<unknown>, table: string) =>
  db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull());

export const showcaseMigrations: Record<string, Migration> = {
  '0085_brand_showcases': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('brand_showcases'), { project: 'required' })
          .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
          .addColumn('location', 'text')
          .addColumn('area_m2', 'double precision')
          .addColumn('layout_plan', 'text')
          .addColumn('layout_file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('decoration_start_date', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('approval_request_id', 'text')
          .addColumn('submitted_by', 'text')
          .addColumn('submitted_at', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('public_code', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addUniqueConstraint('brand_showcases_center_uq', ['sales_center_id'])
          .addUniqueConstraint('brand_showcases_code_uq', ['public_code']),
      ).execute();
      await db.schema.createIndex('brand_showcases_project_ix').on('brand_showcases').column('project_id').execute();
      await plainRow(db, 'brand_showcase_events')
        .addColumn('showcase_id', 'text', (c) => c.notNull().references('brand_showcases.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('brand_showcase_events_ix').on('brand_showcase_events').columns(['showcase_id', 'id']).execute();
    },
  },
  '0086_showcase_explainers': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('showcase_explainers'), { project: 'required' })
          .addColumn('showcase_id', 'text', (c) => c.notNull().references('brand_showcases.id'))
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
          .addColumn('trained_on', 'text')
          .addColumn('trainer', 'text')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('showcase_explainers_user_uq', ['showcase_id', 'user_id']),
      ).execute();
      // One explainer per shift and day at the post: a second assignment is a clash, not a double.
      await plainRow(db, 'showcase_duties')
        .addColumn('showcase_id', 'text', (c) => c.notNull().references('brand_showcases.id'))
        .addColumn('explainer_id', 'text', (c) => c.notNull().references('showcase_explainers.id'))
        .addColumn('duty_date', 'text', (c) => c.notNull())
        .addColumn('shift', 'text', (c) => c.notNull())
        .addColumn('assigned_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('showcase_duties_shift_uq', ['showcase_id', 'duty_date', 'shift'])
        .execute();
    },
  },
  '0087_showcase_instructions': {
    async up(db: Kysely<unknown>) {
      await plainRow(db, 'showcase_instructions')
        .addColumn('showcase_id', 'text', (c) => c.notNull().references('brand_showcases.id'))
        .addColumn('version_no', 'integer', (c) => c.notNull())
        .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
        .addColumn('note', 'text')
        .addColumn('uploaded_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('showcase_instructions_version_uq', ['showcase_id', 'version_no'])
        .execute();
    },
  },
  '0088_publicity_items': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('publicity_items'), { project: 'required' })
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('summary', 'text')
          .addColumn('body', 'text')
          .addColumn('file_id', 'text', (c) => c.references('files.id'))
          .addColumn('media_url', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('display_order', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('published_at', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('publicity_items_project_ix').on('publicity_items').columns(['project_id', 'status', 'display_order']).execute();
    },
  },
  '0089_publicity_counts': {
    async up(db: Kysely<unknown>) {
      await plainRow(db, 'publicity_handouts')
        .addColumn('item_id', 'text', (c) => c.notNull().references('publicity_items.id'))
        .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
        .addColumn('handout_date', 'text', (c) => c.notNull())
        .addColumn('quantity', 'integer', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('publicity_handouts_ix').on('publicity_handouts').columns(['project_id', 'handout_date']).execute();
      // Incremented in place (INSERT … ON CONFLICT DO UPDATE): concurrent plays and views are all counted.
      await plainRow(db, 'publicity_counters')
        .addColumn('item_id', 'text', (c) => c.notNull().references('publicity_items.id'))
        .addColumn('sales_center_id', 'text', (c) => c.notNull().references('sales_centers.id'))
        .addColumn('count_date', 'text', (c) => c.notNull())
        .addColumn('counter', 'text', (c) => c.notNull())
        .addColumn('quantity', 'integer', (c) => c.notNull())
        .addUniqueConstraint('publicity_counters_uq', ['item_id', 'sales_center_id', 'count_date', 'counter'])
        .execute();
    },
  },
};
