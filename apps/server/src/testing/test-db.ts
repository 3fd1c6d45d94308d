import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DbHandle } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';

/**
 * A fresh, migrated database for one test file: a new SQLite file, or, when TEST_DATABASE_URL is
 * set, a new PostgreSQL schema, so parallel test workers never share rows.
 */
export async function createTestDb(): Promise<DbHandle & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-test-'));
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const handle = openDatabase({ databaseUrl: url, pgSchema: schema, poolSize: 5 });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      dataDir,
      async close() {
        await handle.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const handle = openDatabase({ sqliteFile: path.join(dataDir, 'test.db') });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    dataDir,
    async close() {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
