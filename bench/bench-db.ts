import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type DbHandle } from '../apps/server/src/platform/db/database.js';
import { migrateToLatest } from '../apps/server/src/platform/db/migrate.js';

export interface BenchDb extends DbHandle {
  /** Where the bench data lives: a temp SQLite file or a PostgreSQL schema (both removed by drop()). */
  location: string;
  dataDir: string;
  serverVersion: string;
  /** Closes the pool and removes the bench data; safe to call twice. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database that holds only bench data: a SQLite file in a new temp dir, or, with a
 * postgres:// URL, a new schema in that database, so the user's own tables are never read or written.
 */
export async function openBenchDb(databaseUrl: string | null): Promise<BenchDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-bench-'));
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    const schema = `bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(databaseUrl, `CREATE SCHEMA ${schema}`);
    const handle = openDatabase({ databaseUrl, pgSchema: schema, poolSize: 10 });
    try {
      await migrateToLatest(handle.db);
      const { rows } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(handle.db);
      return {
        ...handle,
        location: `schema ${schema}`,
        dataDir,
        serverVersion: `PostgreSQL ${rows[0].v}`,
        drop: once(async () => {
          await handle.close();
          await adminQuery(databaseUrl, `DROP SCHEMA ${schema} CASCADE`);
          fs.rmSync(dataDir, { recursive: true, force: true });
        }),
      };
    } catch (err) {
      await handle.close();
      await adminQuery(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      throw err;
    }
  }
  const file = path.join(dataDir, 'bench.db');
  const handle = openDatabase({ sqliteFile: file });
  await migrateToLatest(handle.db);
  const { rows } = await sql<{ v: string }>`select sqlite_version() as v`.execute(handle.db);
  return {
    ...handle,
    location: file,
    dataDir,
    serverVersion: `SQLite ${rows[0].v}`,
    drop: once(async () => {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }),
  };
}

/** A second caller (a signal during cleanup) awaits the same removal instead of skipping it. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= fn());
}

/** Refreshes planner statistics, as autovacuum would on a live PostgreSQL after a bulk load. */
export async function analyze(handle: BenchDb): Promise<void> {
  if (handle.dialect === 'postgresql') await sql`ANALYZE`.execute(handle.db);
}

/** Size of the bench data on disk, in bytes. */
export async function dataSizeBytes(handle: BenchDb): Promise<number> {
  if (handle.dialect === 'postgresql') {
    const { rows } = await sql<{ bytes: string | number }>`
      select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r'`.execute(handle.db);
    return Number(rows[0].bytes);
  }
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(handle.db);
  return fs.statSync(handle.location).size;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Waits until a trivial query runs at once twice in a row. Both drivers queue queries (SQLite's one
 * connection, the PostgreSQL pool), so an empty queue means requests abandoned by the load
 * generator have finished and will not slow the next run.
 */
export async function waitUntilIdle(handle: BenchDb, maxMs = 180_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quickInARow = 0;
  while (quickInARow < 2 && Date.now() < deadline) {
    const t0 = performance.now();
    await sql`select 1`.execute(handle.db);
    quickInARow = performance.now() - t0 < 50 ? quickInARow + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs a bulk load with a 512 MiB SQLite page cache (random inserts into the audit indexes miss the
 * default 2 MiB cache on every page), then restores the app's setting so the measured server runs
 * as configured. PostgreSQL needs nothing here.
 */
export async function withBulkLoadSettings<T>(handle: BenchDb, fn: () => Promise<T>): Promise<T> {
  if (handle.dialect !== 'sqlite') return fn();
  const { rows } = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(handle.db);
  const previous = Number(rows[0].cache_size);
  await sql`PRAGMA cache_size = -524288`.execute(handle.db);
  try {
    return await fn();
  } finally {
    await sql.raw(`PRAGMA cache_size = ${previous}`).execute(handle.db);
  }
}
