import { broadcastNextState } from '@guanjia/domain/messaging/index';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type DbOrTx } from '../../platform/db/transaction.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import { dialectOf } from '../../platform/jobs/claim-jobs.js';
import { inAudience, inAudienceByOwner } from './broadcast-audience.js';
import { audienceOf, insertBroadcastMessages, nextAudienceOwners, ownerSliceEnd } from './broadcast-messages.js';
import { enqueueDeliveryJob } from './message-events.js';

export const EXPAND_BROADCAST = 'messaging.expandBroadcast';

/** Owners written per chunk: each chunk is one short transaction (tens of milliseconds at 100,000 households). */
export const BROADCAST_CHUNK_SIZE = 2000;

/**
 * Owners of the project a chunk looks through at most. An audience of a few buildings can sit behind
 * a hundred thousand other owners in id order: without a bound, one chunk would check them all while
 * every other query of the process waits (on SQLite, about 0.1 s per 100,000).
 */
export const OWNER_SLICE = 10_000;

/** Queues the expansion of a broadcast just written, in the same transaction (once per broadcast). */
export async function enqueueBroadcastExpansion(db: DbOrTx, b: { id: string; company_id: string; project_id: string }, now: Date): Promise<void> {
  await enqueueJob(db, { type: EXPAND_BROADCAST, payload: { broadcastId: b.id }, idempotencyKey: `${EXPAND_BROADCAST}:${b.id}`, companyId: b.company_id, projectId: b.project_id, maxAttempts: 5, now });
}

export interface ExpansionOptions {
  chunkSize?: number;
  /** Owners looked through per chunk at most (OWNER_SLICE). */
  sliceSize?: number;
  now?: () => Date;
  /** Between chunks; the default lets every waiting request run before the next chunk. */
  pause?: () => Promise<void>;
}

/**
 * Writes a broadcast's messages chunk by chunk in owners.id order, each chunk in its own short
 * transaction, yielding to the event loop between chunks so the server keeps answering (on SQLite
 * every query of the process waits behind the one running). Safe to run again: it resumes after the
 * saved cursor, and a chunk that did commit is never written twice.
 */
export async function expandBroadcast(db: Db, broadcastId: string, opts: ExpansionOptions = {}): Promise<{ chunks: number; finished: boolean }> {
  const chunkSize = opts.chunkSize ?? BROADCAST_CHUNK_SIZE;
  const sliceSize = opts.sliceSize ?? OWNER_SLICE;
  const now = opts.now ?? (() => new Date());
  const pause = opts.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  let chunks = 0;
  await countAudienceTotal(db, broadcastId, pause);
  for (;;) {
    const step = await expandBroadcastChunk(db, broadcastId, chunkSize, now(), sliceSize);
    if (step === 'gone') return { chunks, finished: false };
    chunks++;
    if (step === 'done') return { chunks, finished: true };
    await pause();
  }
}

/**
 * One chunk: re-reads the broadcast (locked on PostgreSQL, so two workers never interleave), takes
 * the next `chunkSize` audience owners after the cursor among the next `sliceSize` owners of the
 * project, writes their messages with one INSERT … SELECT and moves the cursor and the counts on in
 * the same transaction; a slice holding fewer moves the cursor to its end, past owners not in the
 * audience. The last chunk marks the broadcast queued and wakes the delivery job at its not-before instant.
 */
export async function expandBroadcastChunk(db: Db, broadcastId: string, chunkSize: number, now: Date, sliceSize: number = OWNER_SLICE): Promise<'more' | 'done' | 'gone'> {
  const postgres = dialectOf(db) === 'postgresql';
  return inTransaction(db, async (trx) => {
    const b = await trx.selectFrom('broadcasts').selectAll().where('id', '=', broadcastId).$if(postgres, (q) => q.forUpdate()).executeTakeFirst();
    if (!b) return 'gone';
    if (b.status !== 'expanding') return 'done';
    const audience = audienceOf(b);

    const sliceEnd = await ownerSliceEnd(trx, audience.projectId, b.expansion_cursor, sliceSize);
    const owners = await nextAudienceOwners(trx, audience, b.expansion_cursor, chunkSize, sliceEnd);
    const full = owners.length === chunkSize;
    const written = owners.length ? await insertBroadcastMessages(trx, b, audience, { from: owners[0], upTo: owners.at(-1)! }) : [];
    // A full chunk stops at its last owner; otherwise the slice is done, up to its end.
    const cursor = full ? owners.at(-1)! : (sliceEnd ?? owners.at(-1) ?? b.expansion_cursor);
    const queued = written.filter((m) => m.status === 'queued').length;
    const optedOut = written.filter((m) => m.last_error === 'optedOut').length;
    const counts = {
      audience_count: b.audience_count + written.length,
      queued_count: b.queued_count + queued,
      opted_out_count: b.opted_out_count + optedOut,
      unreachable_count: b.unreachable_count + written.length - queued - optedOut,
    };
    const finished = !full && sliceEnd === null;
    await trx
      .updateTable('broadcasts')
      .set({
        ...counts,
        expansion_cursor: cursor,
        // Owners may come or go while it runs: once done, the total is what was written.
        audience_total: finished ? counts.audience_count : b.audience_total === null ? null : Math.max(b.audience_total, counts.audience_count),
        ...(finished ? { status: broadcastNextState(b.status, 'finish'), expanded_at: now.toISOString() } : {}),
      })
      .where('id', '=', b.id)
      .where('status', '=', 'expanding')
      .execute();
    if (finished && counts.queued_count > 0) await enqueueDeliveryJob(trx, new Date(b.not_before), now);
    return finished ? 'done' : 'more';
  });
}

/**
 * The "of y" of the progress, counted before the first chunk in slices of owners.id (each a short
 * read, the event loop free between them); skipped when a previous run already stored it.
 */
async function countAudienceTotal(db: Db, broadcastId: string, pause: () => Promise<void>): Promise<void> {
  const b = await db.selectFrom('broadcasts').selectAll().where('id', '=', broadcastId).executeTakeFirst();
  if (!b || b.status !== 'expanding' || b.audience_total !== null) return;
  const audience = audienceOf(b);
  let after: string | null = null;
  let total = 0;
  // PostgreSQL runs it on a pooled connection, blocking no one: one count, which it plans as a hash
  // join (per slice, the correlated EXISTS became a hash of every membership, ~0.5 s each).
  if (dialectOf(db) === 'postgresql') {
    const row = await db.selectFrom('owners').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => inAudience(eb, audience)).executeTakeFirstOrThrow();
    return setTotal(db, broadcastId, Number(row.n));
  }
  for (;;) {
    // A slice of OWNER_SLICE per read: one count over 100,000 owners would hold SQLite's connection for ~0.3 s.
    const bound = await ownerSliceEnd(db, audience.projectId, after, OWNER_SLICE);
    const row = await db
      .selectFrom('owners')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => inAudienceByOwner(eb, audience))
      .$if(after !== null, (q) => q.where('owners.id', '>', after!))
      .$if(bound !== null, (q) => q.where('owners.id', '<=', bound!))
      .executeTakeFirstOrThrow();
    total += Number(row.n);
    if (!bound) break;
    after = bound;
    await pause();
  }
  await setTotal(db, broadcastId, total);
}

async function setTotal(db: Db, broadcastId: string, total: number): Promise<void> {
  await db.updateTable('broadcasts').set({ audience_total: total }).where('id', '=', broadcastId).where('status', '=', 'expanding').where('audience_total', 'is', null).execute();
}
