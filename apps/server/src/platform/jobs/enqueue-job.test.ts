import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import { inTransaction } from '../db/transaction.js';
import { enqueueJob } from './enqueue-job.js';
import { createJobRunner } from './job-runner.js';
import { waitFor } from './test-handles.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.db.deleteFrom('jobs').execute();
});

describe('enqueueJob (transactional outbox)', () => {
  it('system: a queued job carries its tenant, payload as JSON text and defaults', async () => {
    const now = new Date('2026-11-27T02:00:00.000Z');
    const id = await enqueueJob(h.db, { type: 'demo.ping', payload: { a: 1, 名: '锦华' }, companyId: 'c1', projectId: 'p1', now });
    const row = await h.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      type: 'demo.ping',
      payload: '{"a":1,"名":"锦华"}',
      status: 'queued',
      run_at: now.toISOString(),
      attempts: 0,
      max_attempts: 10,
      company_id: 'c1',
      project_id: 'p1',
      idempotency_key: null,
      locked_by: null,
    });
  });

  it('use case: a job enqueued in a transaction that rolls back never exists and never runs', async () => {
    const runs: string[] = [];
    await expect(
      inTransaction(h.db, async (trx) => {
        await enqueueJob(trx, { type: 'demo.record', payload: { n: 'rolled back' } });
        throw new Error('business rule failed after the enqueue');
      }),
    ).rejects.toThrow('business rule failed');
    await inTransaction(h.db, async (trx) => {
      await enqueueJob(trx, { type: 'demo.record', payload: { n: 'committed' } });
    });

    const runner = createJobRunner({
      db: h.db,
      dialect: h.dialect,
      workerId: 'outbox-test',
      pollMs: 5,
      handlers: { 'demo.record': async (p: { n: string }) => void runs.push(p.n) },
    });
    runner.start();
    await waitFor(() => runs.length === 1);
    await runner.stop();
    expect(runs).toEqual(['committed']);
    expect(await h.db.selectFrom('jobs').select('status').execute()).toEqual([{ status: 'succeeded' }]);
  });

  it('use case: a repeated idempotency key returns the first job id and keeps the transaction usable', async () => {
    const { first, second, after } = await inTransaction(h.db, async (trx) => {
      const first = await enqueueJob(trx, { type: 'demo.once', idempotencyKey: 'order:42:created' });
      const second = await enqueueJob(trx, { type: 'demo.once', idempotencyKey: 'order:42:created', payload: { other: true } });
      // On PostgreSQL a raised unique violation would have aborted the transaction here.
      const after = await enqueueJob(trx, { type: 'demo.once', idempotencyKey: 'order:43:created' });
      return { first, second, after };
    });
    expect(second).toBe(first);
    expect(after).not.toBe(first);
    const again = await enqueueJob(h.db, { type: 'demo.once', idempotencyKey: 'order:42:created' });
    expect(again).toBe(first);
    const rows = await h.db.selectFrom('jobs').select(['id', 'payload']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: first, payload: 'null' },
      { id: after, payload: 'null' },
    ]);
  });

  it('use case: jobs without a key never collide', async () => {
    await enqueueJob(h.db, { type: 'demo.many' });
    await enqueueJob(h.db, { type: 'demo.many' });
    const { n } = await h.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBe(2);
  });

  it('developer: an invalid maxAttempts is refused before writing', async () => {
    await expect(enqueueJob(h.db, { type: 'demo.bad', maxAttempts: 0 })).rejects.toThrow('maxAttempts');
  });
});
