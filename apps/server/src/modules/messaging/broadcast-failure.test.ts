import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { EXPAND_BROADCAST } from './expand-broadcast.js';
import { expandBroadcastJob } from './jobs.js';
import { runQueuedJobs } from './messaging-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * The expansion job's attempt `attempt` of 5, with the database refusing every write; on the last
 * one the runner then calls the job type's give-up hook (platform/jobs/job-runner.test.ts checks that
 * it does, also for a worker lost during the attempt).
 */
const runFailingAttempt = async (broadcastId: string, attempt: number) => {
  const ctx: JobContext = { db: t.ctx.db, dialect: t.ctx.dialect, workerId: 'test-worker', now: () => new Date(), job: { id: 'j', type: EXPAND_BROADCAST, attempt, maxAttempts: 5, companyId: null, projectId: null } };
  const refused = async () => {
    throw new Error('SQLITE_FULL: database or disk is full');
  };
  const handler = expandBroadcastJob(refused);
  try {
    await handler({ broadcastId }, ctx);
  } catch (err) {
    if (attempt === 5) await handler.onGiveUp!({ broadcastId }, err, ctx);
    throw err;
  }
};
const view = async (id: string, who = 'butler') => (await t.as(who).get(`/api/messaging/broadcasts/${id}`)).json();

describe('a broadcast whose expansion gives up', () => {
  it('shows as failed with the reason after the last attempt; a sender retries it and it goes out once', async () => {
    const posted = await t.as('butler').post('/api/messaging/broadcasts', { projectId: t.demo.projectIds[0], topic: 'communityNews', channel: 'inApp', text: '周六上午小区义诊。', idempotencyKey: 'fails-once' });
    expect(posted.statusCode, posted.body).toBe(201);
    const id = posted.json().id as string;

    await expect(runFailingAttempt(id, 1)).rejects.toThrow('disk is full');
    expect(await view(id)).toMatchObject({ status: 'expanding', failure: null, allowedActions: [] });
    await expect(runFailingAttempt(id, 5)).rejects.toThrow('disk is full');
    expect(await view(id)).toMatchObject({ status: 'failed', failure: 'SQLITE_FULL: database or disk is full', allowedActions: ['retry'] });
    // A second give-up (the reaper after a crash) changes nothing.
    await expandBroadcastJob().onGiveUp!({ broadcastId: id }, new Error('worker lost the job'), { db: t.ctx.db, dialect: t.ctx.dialect, now: () => new Date() });
    expect(await view(id)).toMatchObject({ status: 'failed', failure: 'SQLITE_FULL: database or disk is full' });
    // Readers who may not send see it failed, without the action.
    expect(await view(id, 'regional')).toMatchObject({ status: 'failed', allowedActions: [] });
    expect((await t.as('regional').post(`/api/messaging/broadcasts/${id}/retry`)).statusCode).toBe(403);

    const retried = await t.as('butler').post(`/api/messaging/broadcasts/${id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'expanding', failure: null, allowedActions: [] });
    const again = await t.as('manager').post(`/api/messaging/broadcasts/${id}/retry`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'FORBIDDEN_TRANSITION']);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', id).where('action', '=', 'retry').execute();
    expect(audit).toEqual([{ action: 'retry', actor_id: t.demo.users.butler }]);

    // The first job (never run here) and the retry's: the second finds the work done.
    expect(await runQueuedJobs(t.ctx.db, t.ctx.dialect, EXPAND_BROADCAST)).toBe(2);
    const done = await view(id);
    expect(done).toMatchObject({ status: 'queued', failure: null });
    const messages = await t.ctx.db.selectFrom('messages').select('owner_id').where('broadcast_id', '=', id).execute();
    expect(messages.length).toBe(done.audienceCount);
    expect(new Set(messages.map((m) => m.owner_id)).size).toBe(messages.length);
  });

  it('a broadcast that is not failed cannot be retried (409); another project’s is not found', async () => {
    const posted = await t.as('butler').post('/api/messaging/broadcasts', { projectId: t.demo.projectIds[0], topic: 'communityNews', channel: 'inApp', text: '停车场清洗。', idempotencyKey: 'nothing-failed' });
    expect(posted.statusCode, posted.body).toBe(201);
    const id = posted.json().id as string;
    expect((await t.as('butler').post(`/api/messaging/broadcasts/${id}/retry`)).statusCode).toBe(409);
    expect((await t.as('butler2').post(`/api/messaging/broadcasts/${id}/retry`)).statusCode).toBe(404);
  });
});
