import type { Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './database.js';

export type Tx = Transaction<Database>;
/** Either the database or an open transaction: reads accept both. */
export type DbOrTx = Db | Tx;

const commitCallbacks = new WeakMap<Tx, (() => void)[]>();
const rollbackCallbacks = new WeakMap<Tx, (() => void)[]>();

/** Runs `fn` in one transaction: every write of a use case (and its audit rows) commits or none does. */
export async function inTransaction<T>(db: Db, fn: (trx: Tx) => Promise<T>): Promise<T> {
  const callbacks: (() => void)[] = [];
  const undo: (() => void)[] = [];
  let result: T;
  try {
    result = await db.transaction().execute((trx) => {
      commitCallbacks.set(trx, callbacks);
      rollbackCallbacks.set(trx, undo);
      return fn(trx);
    });
  } catch (err) {
    for (const cb of undo) cb();
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
 * transaction are removed again. Outside inTransaction `cb` is not run.
 */
export function onRollback(trx: Tx, cb: () => void): void {
  rollbackCallbacks.get(trx)?.push(cb);
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** created_at, updated_at and version of a row being inserted (see stampColumns). */
export function newRowStamp(now: string = nowIso()): { created_at: string; updated_at: string; version: number } {
  return { created_at: now, updated_at: now, version: 1 };
}
