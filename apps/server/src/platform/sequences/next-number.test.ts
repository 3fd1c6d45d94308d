import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import { inTransaction } from '../db/transaction.js';
import { nextNumber } from './next-number.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h.close());

const take = (companyId: string, prefix: string, date: string) => inTransaction(h.db, (trx) => nextNumber(trx, { companyId, prefix, date }));

describe('nextNumber', () => {
  it('use case: the first number of a business day is 0001 and the next 0002', async () => {
    expect(await take('c-first', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0001');
    expect(await take('c-first', 'GD', '2026-11-27T03:00:00Z')).toBe('GD-20261127-0002');
  });

  it('use case: 200 concurrent transactions get 200 distinct consecutive numbers', async () => {
    const numbers = await Promise.all(Array.from({ length: 200 }, () => take('c-busy', 'GD', '2026-11-27T02:00:00Z')));
    const expected = Array.from({ length: 200 }, (_, i) => `GD-20261127-${String(i + 1).padStart(4, '0')}`);
    expect([...numbers].sort()).toEqual(expected);
  });

  it('use case: a new Shanghai business date restarts at 0001, even when it is still the same UTC date', async () => {
    expect(await take('c-day', 'GD', '2026-11-27T15:59:59Z')).toBe('GD-20261127-0001');
    expect(await take('c-day', 'GD', '2026-11-27T15:59:59Z')).toBe('GD-20261127-0002');
    // 16:00Z is midnight in Shanghai.
    expect(await take('c-day', 'GD', '2026-11-27T16:00:00Z')).toBe('GD-20261128-0001');
  });

  it('use case: counters are separate per company and per prefix', async () => {
    expect(await take('c-a', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0001');
    expect(await take('c-b', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0001');
    expect(await take('c-a', 'LX', '2026-11-27T02:00:00Z')).toBe('LX-20261127-0001');
  });

  it('use case: a rolled-back business write gives its number back', async () => {
    await expect(
      inTransaction(h.db, async (trx) => {
        expect(await nextNumber(trx, { companyId: 'c-rb', prefix: 'GD', date: '2026-11-27T02:00:00Z' })).toBe('GD-20261127-0001');
        throw new Error('validation failed after numbering');
      }),
    ).rejects.toThrow('validation failed');
    expect(await take('c-rb', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0001');
  });

  it.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL: a number drawn in an open transaction does not hold the counter until that transaction commits', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let drawn!: () => void;
    const first = new Promise<void>((resolve) => (drawn = resolve));
    const slow = inTransaction(h.db, async (trx) => {
      const n = await nextNumber(trx, { companyId: 'c-open', prefix: 'GD', date: '2026-11-27T02:00:00Z' });
      drawn();
      await held;
      return n;
    });
    await first;
    // Answered while the first transaction is still open; before, it waited for that commit.
    expect(await take('c-open', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0002');
    release();
    expect(await slow).toBe('GD-20261127-0001');
    expect(await take('c-open', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0003');
  });

  it.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL: a rolled-back number stays unused once the next one was drawn: a gap, never a repeat', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let drawn!: () => void;
    const first = new Promise<void>((resolve) => (drawn = resolve));
    const failing = inTransaction(h.db, async (trx) => {
      await nextNumber(trx, { companyId: 'c-gap', prefix: 'GD', date: '2026-11-27T02:00:00Z' });
      drawn();
      await held;
      throw new Error('refused after numbering');
    });
    await first;
    expect(await take('c-gap', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0002');
    release();
    await expect(failing).rejects.toThrow('refused after numbering');
    expect(await take('c-gap', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-0003');
  });

  it('use case: past 9999 the number grows a digit instead of wrapping', async () => {
    await h.db.insertInto('sequences').values({ company_id: 'c-big', prefix: 'GD', day: '2026-11-27', value: 9999 }).execute();
    expect(await take('c-big', 'GD', '2026-11-27T02:00:00Z')).toBe('GD-20261127-10000');
  });

  it('developer: an invalid prefix or date is refused', async () => {
    await expect(take('c-x', 'gd-1', '2026-11-27T02:00:00Z')).rejects.toThrow('invalid prefix');
    await expect(take('c-x', 'GD', 'not a date')).rejects.toThrow('invalid date');
  });
});
