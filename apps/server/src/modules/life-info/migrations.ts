import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const lifeInfoMigrations: Record<string, Migration> = {
  '0140_life_info_entries': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('life_info_entries'), { project: 'required' })
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('address', 'text')
          .addColumn('phone', 'text')
          .addColumn('opening_hours', 'text')
          .addColumn('note', 'text')
          .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('tags_text', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('published_at', 'text')
          .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull()),
      ).execute();
      // The owners' list: a project's published entries of a category in display order.
      await db.schema.createIndex('life_info_entries_project_ix').on('life_info_entries').columns(['project_id', 'published', 'category', 'sort_order']).execute();

      await db.schema
        .createTable('life_info_entry_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('life_info_entries.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('data', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('life_info_entry_events_entry_ix').on('life_info_entry_events').columns(['entry_id', 'id']).execute();
    },
  },
};
