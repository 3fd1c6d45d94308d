import type { CreateTableBuilder } from 'kysely';

/**
 * Portable column conventions, the same on SQLite and PostgreSQL:
 * ids are UUIDv7 text, instants are ISO-8601 UTC text (they sort as text), booleans are 0/1 integers,
 * JSON is text, money is integer fen.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Builder = CreateTableBuilder<any, any>;

/** id, company_id and optional project_id, the tenancy columns every tenant-owned row carries. */
export function tenantColumns(t: Builder, opts: { project: 'required' | 'optional' | 'none' }): Builder {
  let b = t.addColumn('id', 'text', (c) => c.primaryKey()).addColumn('company_id', 'text', (c) => c.notNull());
  if (opts.project === 'required') b = b.addColumn('project_id', 'text', (c) => c.notNull());
  if (opts.project === 'optional') b = b.addColumn('project_id', 'text');
  return b;
}

/** created_at, updated_at and an optimistic-locking version. */
export function stampColumns(t: Builder): Builder {
  return t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
}
