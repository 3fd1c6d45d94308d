import type { Kysely, Migration } from 'kysely';
import { bundledCalendar } from './seed-data.js';

const BATCH = 200;

export const calendarMigrations: Record<string, Migration> = {
  '0030_calendar': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migration writes rows before the typed schema exists
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('calendar_days')
        .addColumn('date', 'text', (c) => c.primaryKey())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The admin page and the import read and replace one year at a time.
      await db.schema.createIndex('calendar_days_year_ix').on('calendar_days').column('year').execute();
      await db.schema
        .createTable('calendar_years')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Every year the bundled data covers is a complete, official year.
      const now = new Date().toISOString();
      const { days, years } = bundledCalendar();
      for (let i = 0; i < days.length; i += BATCH) {
        const rows = days.slice(i, i + BATCH).map((d) => ({ ...d, created_at: now, updated_at: now }));
        await db.insertInto('calendar_days').values(rows).execute();
      }
      await db
        .insertInto('calendar_years')
        .values(years.map((year) => ({ year, source: 'seed', updated_by: null, created_at: now, updated_at: now })))
        .execute();
    },
  },
};
