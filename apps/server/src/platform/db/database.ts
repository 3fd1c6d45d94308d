import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { withStatementCache } from './sqlite-statements.js';

export type Dialect = 'sqlite' | 'postgresql';
export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite at `sqliteFile`. */
  databaseUrl?: string | null;
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests give each worker its own). */
  pgSchema?: string;
  poolSize?: number;
}

const counterPools = new WeakMap<Db, pg.Pool>();

/**
 * PostgreSQL only: a second, small pool whose statements commit on their own, without waiting for
 * the WAL flush (`synchronous_commit = off`). Document numbers are drawn here so that a counter
 * row is locked for one statement instead of until the caller's transaction commits (see
 * platform/sequences/next-number.ts for why an unflushed counter never repeats a durable number).
 */
export function counterPoolOf(db: Db): pg.Pool | undefined {
  return counterPools.get(db);
}

export function openDatabase(opts: DbOptions): DbHandle {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
    // int8 (COUNT, SUM) arrives as string by default; our counts fit in a JS number.
    pg.types.setTypeParser(20, (v) => Number(v));
    const searchPath = opts.pgSchema ? `-c search_path=${opts.pgSchema}` : '';
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10, options: searchPath || undefined });
    const counters = new pg.Pool({ connectionString: opts.databaseUrl, max: 2, options: `${searchPath} -c synchronous_commit=off`.trim() });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    counterPools.set(db, counters);
    const close = async () => {
      await db.destroy();
      if (!counters.ended) await counters.end();
    };
    return { db, dialect: 'postgresql', close };
  }
  const file = opts.sqliteFile ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
