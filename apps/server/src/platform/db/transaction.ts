import type { Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './database.js';

export type Tx = Transaction<Database>;
/** Either the database or an open transaction: reads accept both. */
export type DbOrTx = Db | Tx;

/** Runs `fn` in one transaction: every write of a use case (and its audit rows) commits or none does. */
export function inTransaction<T>(db: Db, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** created_at, updated_at and version of a row being inserted (see stampColumns). */
export function newRowStamp(now: string = nowIso()): { created_at: string; updated_at: string; version: number } {
  return { created_at: now, updated_at: now, version: 1 };
}
