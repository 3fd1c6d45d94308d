import { Migrator, PostgresAdapter, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import { migrations } from './migrations.js';

class ListProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/**
 * Applies every pending migration; throws with the failing migration's name. On PostgreSQL the
 * migration tables are kept in the schema in use: Kysely otherwise finds another schema's migration
 * table (parallel test schemas, a bench schema) and skips creating its own.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const schema = isPg ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s : undefined;
  const migrator = new Migrator({ db, provider: new ListProvider(), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String((error as Error).message ?? error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}
