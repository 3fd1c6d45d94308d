/**
 * nextNumber(trx, { companyId, prefix, date }): Promise<string>
 *
 * Human-readable document numbers, e.g. 'GD-20261127-0001' for the first work order (工单) of
 * 2026-11-27 in Shanghai. One counter per (company, prefix, business date); the fourth digit grows
 * to a fifth past 9999. Numbers never repeat; a use case that rolls back gives its number back.
 *
 * SQLite has one writer at a time, so the number is taken inside the use case's transaction and
 * a rollback returns it with everything else.
 *
 * On PostgreSQL, a counter bumped inside the use case's transaction would stay locked until that
 * transaction commits, and every concurrent booking of the company would queue behind the one
 * before (its remaining statements and its WAL flush). The number is instead drawn by a statement
 * of its own on the counter pool (database.ts), which commits at once without waiting for the
 * flush. That is safe: the use case's own commit flushes the WAL up to its commit record, which lies
 * after the counter's, so every number a durable row carries is durable too; a crash can only lose
 * increments whose rows were lost with it. If the use case rolls back, the number is given back
 * unless someone has drawn the next one meanwhile (then that number stays unused: a gap, never a
 * repeat). A transaction not opened by inTransaction draws inside itself, as on SQLite. Every table
 * numbered here keeps (company_id, number) unique, the last guard should a commit whose answer was
 * lost be taken for a rollback and its number given back.
 */
import { businessDate, compactBusinessDate } from '@guanjia/domain';
import { sql } from 'kysely';
import { counterPoolOf } from '../db/database.js';
import { databaseOf, onRollback, type Tx } from '../db/transaction.js';

export interface NextNumberInput {
  companyId: string;
  /** Upper-case letters, e.g. 'GD' (工单), 'LX' (联系单). */
  prefix: string;
  /** The instant whose Asia/Shanghai business date the number carries; usually now. */
  date: Date | string;
}

type CounterKey = { company_id: string; prefix: string; day: string };

// The same statement on PostgreSQL and SQLite (≥ 3.35): insert the day's first number or bump the counter.
const DRAW = `insert into sequences (company_id, prefix, day, value) values ($1, $2, $3, 1)
  on conflict (company_id, prefix, day) do update set value = sequences.value + 1 returning value`;
const GIVE_BACK = 'update sequences set value = value - 1 where company_id = $1 and prefix = $2 and day = $3 and value = $4';

export async function nextNumber(trx: Tx, input: NextNumberInput): Promise<string> {
  if (!/^[A-Z][A-Z0-9]{0,9}$/.test(input.prefix)) throw new Error(`nextNumber: invalid prefix '${input.prefix}'`);
  const instant = new Date(input.date);
  if (Number.isNaN(instant.getTime())) throw new Error(`nextNumber: invalid date '${String(input.date)}'`);
  const key: CounterKey = { company_id: input.companyId, prefix: input.prefix, day: businessDate(instant) };
  const db = databaseOf(trx);
  const counters = db && counterPoolOf(db);
  let value: number;
  if (counters) {
    const params = [key.company_id, key.prefix, key.day];
    value = Number((await counters.query<{ value: number }>(DRAW, params)).rows[0].value);
    onRollback(trx, async () => {
      await counters.query(GIVE_BACK, [...params, value]);
    });
  } else {
    const row = await trx
      .insertInto('sequences')
      .values({ ...key, value: 1 })
      .onConflict((oc) => oc.columns(['company_id', 'prefix', 'day']).doUpdateSet({ value: sql<number>`sequences.value + 1` }))
      .returning('value')
      .executeTakeFirstOrThrow();
    value = row.value;
  }
  return `${input.prefix}-${compactBusinessDate(instant)}-${String(value).padStart(4, '0')}`;
}
