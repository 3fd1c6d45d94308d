import { uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import type { Db, Dialect } from '../../platform/db/database.js';
import { inTransaction, newRowStamp } from '../../platform/db/transaction.js';
import { buildJobHandlers } from '../../platform/jobs/handlers.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import type { ChannelSender, OutgoingMessage, SendResult } from './channel-sender.js';
import type { Clock } from './token-bucket.js';

/** A clock the delivery loop reads and "sleeps" on: waiting moves it forward at once. */
export function fakeDeliveryClock(start: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let t = Date.parse(start);
  return {
    now: () => t,
    sleepUntil: async (ms) => {
      t = Math.max(t, ms);
    },
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A provider stand-in that records what it was asked to send and when, and answers as scripted. */
export function recordingSender(clock: Clock, answer: (m: OutgoingMessage, attempt: number) => SendResult = () => ({ ok: true, providerMessageId: `biz-${uuidv7()}` })) {
  const sent: { id: string; address: string | null; at: number; body: string; templateCode: string | null }[] = [];
  const attempts = new Map<string, number>();
  const sender: ChannelSender = {
    send(m) {
      sent.push({ id: m.id, address: m.address, at: clock.now(), body: m.body, templateCode: m.templateCode });
      const n = (attempts.get(m.id) ?? 0) + 1;
      attempts.set(m.id, n);
      return Promise.resolve(answer(m, n));
    },
  };
  return { sender, sent };
}

/**
 * `count` new households in new buildings of project 1, one owner each (with a phone), written in
 * big multi-row inserts: the audience of a broadcast test.
 */
export async function generateHouseholds(db: Db, demo: DemoIds, opts: { buildings: number; perBuilding: number; withPhone?: (i: number) => boolean }): Promise<{ buildingIds: string[]; ownerIds: string[] }> {
  const projectId = demo.projectIds[0];
  const tenancy = { company_id: demo.companyId, project_id: projectId };
  const buildingIds: string[] = [];
  const ownerIds: string[] = [];
  const stamp = newRowStamp();
  await inTransaction(db, async (trx) => {
    for (let b = 0; b < opts.buildings; b++) {
      const buildingId = uuidv7();
      buildingIds.push(buildingId);
      const code = `G${uuidv7().slice(-6)}`;
      await trx.insertInto('buildings').values({ id: buildingId, ...tenancy, name: `${code}号楼`, code, floors: 30, ...stamp }).execute();
      for (let from = 0; from < opts.perBuilding; from += 500) {
        const n = Math.min(500, opts.perBuilding - from);
        const units = [];
        const households = [];
        const owners = [];
        const members = [];
        for (let k = 0; k < n; k++) {
          const i = b * opts.perBuilding + from + k;
          const unitId = uuidv7();
          const householdId = uuidv7();
          const ownerId = uuidv7();
          ownerIds.push(ownerId);
          units.push({ id: unitId, ...tenancy, building_id: buildingId, code: `${code}-${from + k}`, floor: 1, area_m2: 90, layout: null, ...stamp });
          households.push({ id: householdId, ...tenancy, unit_id: unitId, name: null, ...stamp });
          owners.push({ id: ownerId, ...tenancy, name: `业主${i}`, phone: (opts.withPhone?.(i) ?? true) ? `139${String(i).padStart(8, '0')}` : null, id_number: null, ...stamp });
          members.push({ id: uuidv7(), ...tenancy, household_id: householdId, owner_id: ownerId, relation: 'owner' as const, created_at: stamp.created_at });
        }
        await trx.insertInto('units').values(units).execute();
        await trx.insertInto('households').values(households).execute();
        await trx.insertInto('owners').values(owners).execute();
        await trx.insertInto('household_members').values(members).execute();
      }
    }
  });
  return { buildingIds, ownerIds };
}

/**
 * Runs the queued jobs of one type as the worker would (handler from the registry, then marked
 * succeeded) and returns how many ran: tests drive a broadcast's expansion this way.
 */
export async function runQueuedJobs(db: Db, dialect: Dialect, type: string): Promise<number> {
  const handler = buildJobHandlers()[type]!;
  const jobs = await db.selectFrom('jobs').selectAll().where('type', '=', type).where('status', '=', 'queued').orderBy('id').execute();
  for (const job of jobs) {
    const ctx: JobContext = { db, dialect, workerId: 'test-worker', now: () => new Date(), job: { id: job.id, type, attempt: 1, maxAttempts: job.max_attempts, companyId: job.company_id, projectId: job.project_id } };
    await handler(JSON.parse(job.payload), ctx);
    await db.updateTable('jobs').set({ status: 'succeeded' }).where('id', '=', job.id).execute();
  }
  return jobs.length;
}
