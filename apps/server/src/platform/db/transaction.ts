import type { Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './database.js';

export type Tx = Transaction<Database>;
/** Either the database or an open transaction: reads accept both. */
export type DbOrTx = Db | Tx;

const commitCallbacks = new WeakMap<Tx, (() => void)[]>();
const rollbackCallbacks = new WeakMap<Tx, (() => unknown)[]>();
const databases = new WeakMap<Tx, Db>();

/** Runs `fn` in one transaction: every write of a use case (and its audit rows) commits or none does. */
export async function inTransaction<T>(db: Db, fn: (trx: Tx) => Promise<T>): Promise<T> {
  const callbacks: (() => void)[] = [];
  const undo: (() => unknown)[] = [];
  let result: T;
  try {
    result = await db.transaction().execute((trx) => {
      commitCallbacks.set(trx, callbacks);
      rollbackCallbacks.set(trx, undo);
      databases.set(trx, db);
      return fn(trx);
    });
  } catch (err) {
    // Settled before the caller hears of the failure, so its next step sees what was undone.
    await Promise.allSettled(undo.map(async (cb) => cb()));
    throw err;
  }
  for (const cb of callbacks) cb();
  return result;
}

/**
 * Runs `cb` once the transaction commits (never on rollback): an in-process cache evicts again
 * then, dropping what another request read from the rows as they were while it was open. A
 * transaction not opened by inTransaction has no commit known here, so `cb` is not run.
 */
export function onCommit(trx: Tx, cb: () => void): void {
  commitCallbacks.get(trx)?.push(cb);
}

/**
 * Runs `cb` if the transaction rolls back (never on commit): bytes written to disk for rows of the
 * transaction are removed again, a number drawn outside it is given back. inTransaction waits for
 * it (a failing `cb` does not hide the transaction's own error). Outside inTransaction `cb` is not run.
 */
export function onRollback(trx: Tx, cb: () => unknown): void {
  rollbackCallbacks.get(trx)?.push(cb);
}

/** The database a transaction opened by inTransaction runs on; undefined for any other transaction. */
export function databaseOf(trx: Tx): Db | undefined {
  return databases.get(trx);
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** created_at, updated_at and version of a row being inserted (see stampColumns). */
export function newRowStamp(now: string = nowIso()): { created_at: string; updated_at: string; version: number } {
  return { created_at: now, updated_at: now, version: 1 };
}
