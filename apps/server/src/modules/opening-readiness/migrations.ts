import { sql, type Kysely, type Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const openingReadinessMigrations: Record<string, Migration> = {
  '0075_opening_dates': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('opening_dates'), { project: 'required' })
          .addColumn('first_launch_date', 'text')
          .addColumn('clubhouse_opening_date', 'text')
          .addColumn('show_flat_opening_date', 'text')
          .addColumn('updated_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('opening_dates_project_ux').on('opening_dates').column('project_id').unique().execute();

      await tenantColumns(db.schema.createTable('opening_date_events'), { project: 'required' })
        .addColumn('dates_id', 'text', (c) => c.notNull().references('opening_dates.id'))
        .addColumn('before', 'text')
        .addColumn('after', 'text', (c) => c.notNull())
        .addColumn('milestone_changes', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('opening_date_events_project_ix').on('opening_date_events').columns(['project_id', 'id']).execute();
    },
  },
  '0076_opening_milestones': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('opening_milestones'), { project: 'required' })
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('due_date', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'text', (c) => c.references('users.id'))
          .addColumn('done_at', 'text')
          .addColumn('done_by', 'text')
          .addColumn('note', 'text')
          .addColumn('alert_level', 'text', (c) => c.notNull().defaultTo('none')),
      ).execute();
      await db.schema.createIndex('opening_milestones_project_key_ux').on('opening_milestones').columns(['project_id', 'key']).unique().execute();
      // The daily alert reads the open milestones by due date.
      await db.schema.createIndex('opening_milestones_due_ix').on('opening_milestones').columns(['due_date', 'id']).execute();

      // No foreign key to the milestone: a cleared date removes the milestone, its history stays.
      await tenantColumns(db.schema.createTable('opening_milestone_events'), { project: 'required' })
        .addColumn('milestone_id', 'text', (c) => c.notNull())
        .addColumn('milestone_key', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_value', 'text')
        .addColumn('to_value', 'text')
        .addColumn('note', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('opening_milestone_events_milestone_ix').on('opening_milestone_events').columns(['milestone_id', 'id']).execute();
    },
  },
  '0077_opening_equipment': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('opening_equipment_items'), { project: 'required' })
          .addColumn('place_kind', 'text', (c) => c.notNull())
          .addColumn('place_name', 'text', (c) => c.notNull())
          .addColumn('item_name', 'text', (c) => c.notNull())
          .addColumn('quantity', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('removed_at', 'text'),
      ).execute();
      // An item appears once per place on the list; a removed item frees its name.
      await db.schema
        .createIndex('opening_equipment_items_name_ux')
        .on('opening_equipment_items')
        .columns(['project_id', 'place_kind', 'place_name', 'item_name'])
        .unique()
        .where(sql.ref('removed_at'), 'is', null)
        .execute();

      await tenantColumns(db.schema.createTable('opening_equipment_events'), { project: 'required' })
        .addColumn('item_id', 'text', (c) => c.notNull().references('opening_equipment_items.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('reason', 'text')
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('opening_equipment_events_item_ix').on('opening_equipment_events').columns(['item_id', 'id']).execute();
    },
  },
};
