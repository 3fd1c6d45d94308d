/**
 * For tests of the job machinery: more handles on the database of a createTestDb() handle, each
 * with its own connection (SQLite) or pool (PostgreSQL), standing in for separate processes.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DbHandle } from '../db/database.js';

export async function openAnotherHandle(first: DbHandle & { dataDir: string }, poolSize = 3): Promise<DbHandle> {
  if (first.dialect === 'postgresql') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(first.db);
    return openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, pgSchema: rows[0].schema, poolSize });
  }
  return openDatabase({ sqliteFile: path.join(first.dataDir, 'test.db') });
}

/** A clock the test moves by hand. */
export function fakeClock(start: string) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  };
}

/** Polls `check` until it returns true; fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('waitFor: condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
