import path from 'node:path';
import type { Config } from './config.js';
import { openDatabase, type DbHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';

/** Opens the configured database (PostgreSQL by DATABASE_URL, else SQLite under DATA_DIR) and migrates it. */
export async function openAndMigrate(config: Config): Promise<DbHandle> {
  const handle = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'guanjia.db') });
  await migrateToLatest(handle.db);
  return handle;
}
