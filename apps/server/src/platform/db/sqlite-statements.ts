import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; a list's `IN (?, ?, …)` makes one text per length. */
const STATEMENT_CACHE_SIZE = 1000;
const SCHEMA_CHANGE = /^\s*(create|alter|drop)\s/i;

type Row = Record<string, unknown>;

/**
 * The better-sqlite3 database as Kysely's SQLite driver sees it, made cheaper per query:
 * - Kysely prepares every query afresh, and preparing cost more than running the short queries of
 *   a request, so statements are kept by SQL text. Kysely runs one query at a time on the single
 *   connection, so a cached statement is never busy when it is reused; SQLite re-prepares one
 *   itself when the schema changes, and a DDL statement through here empties the cache.
 * - Rows are read as arrays and made into objects by a constructor compiled per statement: a third
 *   cheaper than better-sqlite3 building each object, and every row of a statement shares a shape.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(text: string): SqliteStatement {
      const cached = statements.get(text);
      if (cached) return cached;
      const stmt = readingArrays(sqlite.prepare(text));
      if (SCHEMA_CHANGE.test(text)) {
        // Cached column lists may no longer match; the DDL itself is run once and not kept.
        statements.clear();
        return stmt;
      }
      // Oldest first out: a hot statement evicted by a burst of rare ones is simply prepared again.
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      statements.set(text, stmt);
      return stmt;
    },
  };
}

function readingArrays(stmt: SQLite.Statement): SqliteStatement {
  const plain = stmt as unknown as SqliteStatement;
  if (!stmt.reader) return plain;
  let names = stmt.columns().map((c) => c.name);
  // An object literal would set the prototype instead of a property named so.
  if (names.includes('__proto__')) return plain;
  let toRow = rowConstructor(names);
  stmt.raw(true);
  // Another process may change the schema under a cached statement (SQLite re-prepares it): a
  // column added at the end changes the row's length, and the names are read again.
  const rowOf = (values: unknown[]): Row => {
    if (values.length !== names.length) {
      names = stmt.columns().map((c) => c.name);
      toRow = rowConstructor(names);
    }
    return toRow(values);
  };
  return {
    reader: true,
    all: (parameters) => (stmt.all(parameters) as unknown[][]).map(rowOf),
    run: (parameters) => stmt.run(parameters),
    *iterate(parameters) {
      for (const values of stmt.iterate(parameters) as IterableIterator<unknown[]>) yield rowOf(values);
    },
  };
}

/** `(values) => ({ "id": values[0], "name": values[1], … })`; a repeated name keeps the last value, as better-sqlite3 does. */
function rowConstructor(names: readonly string[]): (values: unknown[]) => Row {
  const fields = names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(', ');
  return new Function('v', `return { ${fields} };`) as (values: unknown[]) => Row;
}
