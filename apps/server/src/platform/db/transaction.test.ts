import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import { inTransaction, onCommit, onRollback } from './transaction.js';

let handle: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('after the transaction', () => {
  it('on commit the commit hooks run, not the rollback hooks', async () => {
    const ran: string[] = [];
    const result = await inTransaction(handle.db, async (trx) => {
      onCommit(trx, () => ran.push('commit'));
      onRollback(trx, () => ran.push('rollback'));
      expect(ran).toEqual([]);
      return 42;
    });
    expect([result, ran]).toEqual([42, ['commit']]);
  });

  it('on rollback the rollback hooks run and the error reaches the caller; nothing was written', async () => {
    const ran: string[] = [];
    const failure = inTransaction(handle.db, async (trx) => {
      onCommit(trx, () => ran.push('commit'));
      onRollback(trx, () => ran.push('rollback'));
      await trx.insertInto('sequences').values({ company_id: 'c-hooks', prefix: 'HK', day: '2026-03-02', value: 1 }).execute();
      throw new Error('refused');
    });
    await expect(failure).rejects.toThrow('refused');
    expect(ran).toEqual(['rollback']);
    expect(await handle.db.selectFrom('sequences').select('value').where('company_id', '=', 'c-hooks').execute()).toEqual([]);
  });
});
