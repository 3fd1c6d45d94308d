/**
 * nextNumber(trx, { companyId, prefix, date }): Promise<string>
 *
 * Human-readable document numbers, e.g. 'GD-20261127-0001' for the first work order (工单) of
 * 2026-11-27 in Shanghai. One counter per (company, prefix, business date); the fourth digit grows
 * to a fifth past 9999. Always pass the use case's transaction: the number is taken in the same
 * transaction as the row it labels, so a rollback returns it (gaps are possible, duplicates never).
 *
 * The upsert holds the counter row's lock until the caller commits, so concurrent callers for the
 * same (company, prefix, day) queue behind each other: keep the transaction short after taking a number.
 */
import { businessDate, compactBusinessDate } from '@guanjia/domain';
import { sql } from 'kysely';
import type { Tx } from '../db/transaction.js';

export interface NextNumberInput {
  companyId: string;
  /** Upper-case letters, e.g. 'GD' (工单), 'LX' (联系单). */
  prefix: string;
  /** The instant whose Asia/Shanghai business date the number carries; usually now. */
  date: Date | string;
}

export async function nextNumber(trx: Tx, input: NextNumberInput): Promise<string> {
  if (!/^[A-Z][A-Z0-9]{0,9}$/.test(input.prefix)) throw new Error(`nextNumber: invalid prefix '${input.prefix}'`);
  const instant = new Date(input.date);
  if (Number.isNaN(instant.getTime())) throw new Error(`nextNumber: invalid date '${String(input.date)}'`);
  // The same statement on PostgreSQL and SQLite (≥ 3.35): insert the day's first number or bump the counter.
  const row = await trx
    .insertInto('sequences')
    .values({ company_id: input.companyId, prefix: input.prefix, day: businessDate(instant), value: 1 })
    .onConflict((oc) => oc.columns(['company_id', 'prefix', 'day']).doUpdateSet({ value: sql<number>`sequences.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return `${input.prefix}-${compactBusinessDate(instant)}-${String(row.value).padStart(4, '0')}`;
}
