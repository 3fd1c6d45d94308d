import type { Kysely, Migration } from 'kysely';

export const sequencesMigrations: Record<string, Migration> = {
  '0011_sequences': {
    async up(db: Kysely<unknown>) {
      // The primary key is the upsert's conflict target in nextNumber.
      await db.schema
        .createTable('sequences')
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('sequences_pk', ['company_id', 'prefix', 'day'])
        .execute();
    },
  },
};
