import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from './schema.js';
import { nowIso, type Tx } from './transaction.js';
import { StaleUpdateError } from './versioned-update.js';

/** Tables carrying the stamp columns (id, version, updated_at). */
export type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: number; updated_at: string } ? K : never;
}[keyof Database];

/**
 * Writes `changes` to a row the caller has re-read in this transaction, bumping its version.
 * The WHERE on the read version makes a concurrent writer that slipped in between lose with
 * 409 STALE_UPDATE instead of silently overwriting (PostgreSQL runs READ COMMITTED).
 */
export async function updateVersioned<T extends VersionedTable>(
  trx: Tx,
  table: T,
  before: { id: string; version: number },
  changes: Updateable<Database[T]>,
): Promise<Selectable<Database[T]>> {
  // The generic table name defeats Kysely's column inference; the signature above keeps callers typed.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = trx as unknown as Kysely<any>;
  const values: Record<string, unknown> = { ...changes, updated_at: nowIso(), version: before.version + 1 };
  const after = await db
    .updateTable(table as string)
    .set(values)
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw new StaleUpdateError();
  return after as Selectable<Database[T]>;
}
