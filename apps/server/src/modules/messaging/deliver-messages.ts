import { inQuietHours, MAX_MESSAGE_ATTEMPTS, messageNextState, messageRetryDelayMs, quietHoursEnd, type MessageChannel, type QuietHours } from '@guanjia/domain/messaging/index';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { dialectOf } from '../../platform/jobs/claim-jobs.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import type { ChannelSender, SendResult } from './channel-sender.js';
import { recordMessageEvent } from './message-events.js';
import { quietHoursOf } from './message-wording.js';
import type { MessageRow } from './send-message.js';
import { realClock, type Clock, type TokenBucket } from './token-bucket.js';

export interface DeliveryOptions {
  senders: { sms: ChannelSender; email: ChannelSender };
  /** Pacing per provider channel; in-app is not paced. */
  buckets: { sms: TokenBucket; email: TokenBucket };
  clock?: Clock;
  /** Messages claimed per round. */
  batchSize?: number;
  /** Stop claiming after this long and leave the rest to the next run. */
  budgetMs?: number;
  /** A claim older than this is presumed lost with its worker. */
  lockMs?: number;
}

export interface DeliveryRun {
  sent: number;
  failed: number;
  retried: number;
  deferred: number;
  suppressed: number;
  /** Due messages were left when the budget ran out. */
  more: boolean;
  notifications: NotificationRow[];
}

const CHANNELS: MessageChannel[] = ['inApp', 'email', 'sms'];

/**
 * Claims due messages channel by channel in batches (a guarded UPDATE, SKIP LOCKED on PostgreSQL),
 * sends each after taking a token of its channel's bucket, and records the outcome: sent, failed,
 * or queued again with exponential backoff on a retryable error. SMS found in quiet hours at send
 * time (a broadcast that ran late) go back to wait for the morning.
 */
export async function deliverMessages(db: Db, opts: DeliveryOptions): Promise<DeliveryRun> {
  const clock = opts.clock ?? realClock;
  const batchSize = opts.batchSize ?? 100;
  const deadline = clock.now() + (opts.budgetMs ?? Infinity);
  const run: DeliveryRun = { sent: 0, failed: 0, retried: 0, deferred: 0, suppressed: 0, more: false, notifications: [] };
  await requeueLost(db, new Date(clock.now()));
  const quiet = new Map<string, QuietHours>();

  for (const channel of CHANNELS) {
    for (;;) {
      if (clock.now() >= deadline) {
        run.more = true;
        break;
      }
      const batch = await claimDueMessages(db, channel, batchSize, new Date(clock.now()), opts.lockMs);
      if (batch.length === 0) break;
      const inflight: Promise<void>[] = [];
      for (const m of batch) {
        if (channel === 'sms' && !m.urgent && !m.requested_time) {
          const q = quiet.get(m.project_id) ?? (await quietHoursOf(db, m.project_id));
          quiet.set(m.project_id, q);
          const now = new Date(clock.now());
          if (inQuietHours(now, q)) {
            await deferToMorning(db, m, quietHoursEnd(now, q), now);
            run.deferred++;
            continue;
          }
        }
        if (channel === 'inApp') {
          inflight.push(deliverInApp(db, m, new Date(clock.now()), run));
          continue;
        }
        await opts.buckets[channel].take();
        // Called before any await so the provider sees the paced instant; the outcome is recorded later.
        const attemptAt = new Date(clock.now());
        const attempt = opts.senders[channel].send({ id: m.id, address: m.address, title: m.title, body: m.body, templateCode: m.template_code, variables: parseVariables(m.variables) });
        inflight.push(attempt.catch((err: Error) => ({ ok: false, retryable: true, error: err.message }) as SendResult).then((result) => finish(db, m, result, attemptAt, run)));
      }
      await Promise.all(inflight);
      if (batch.length < batchSize) break;
    }
  }
  return run;
}

/**
 * Moves up to `limit` due queued messages of a channel to 'sending', counting the attempt. Two
 * statements in one transaction (the row locks of SKIP LOCKED hold until the update): an UPDATE
 * … WHERE id IN (that SELECT) was planned by PostgreSQL, with statistics still counting the table
 * before a broadcast's 100,000 rows, as a semi join that re-ran the SELECT for every queued row.
 */
export async function claimDueMessages(db: Db, channel: MessageChannel, limit: number, now: Date, lockMs = 5 * 60_000): Promise<MessageRow[]> {
  const at = now.toISOString();
  const postgres = dialectOf(db) === 'postgresql';
  const rows = await inTransaction(db, async (trx) => {
    const ids = await trx
      .selectFrom('messages')
      .select('id')
      .where('status', '=', 'queued')
      .where('channel', '=', channel)
      .where('next_attempt_at', '<=', at)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .$if(postgres, (qb) => qb.forUpdate().skipLocked())
      .execute();
    if (ids.length === 0) return [];
    return trx
      .updateTable('messages')
      .set({ status: messageNextState('queued', 'claim'), attempts: sql<number>`attempts + 1`, locked_until: new Date(now.getTime() + lockMs).toISOString(), updated_at: at })
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .where('status', '=', 'queued')
      .returningAll()
      .execute();
  });
  return rows.sort((a, b) => (a.next_attempt_at === b.next_attempt_at ? a.id.localeCompare(b.id) : a.next_attempt_at.localeCompare(b.next_attempt_at)));
}

/** A worker died while sending: its messages go back to the queue (delivery is at least once). */
async function requeueLost(db: Db, now: Date): Promise<void> {
  await db
    .updateTable('messages')
    .set({ status: messageNextState('sending', 'retryLater'), locked_until: null, next_attempt_at: now.toISOString(), updated_at: now.toISOString() })
    .where('status', '=', 'sending')
    .where('locked_until', '<', now.toISOString())
    .execute();
}

async function deferToMorning(db: Db, m: MessageRow, until: Date, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const res = await trx
      .updateTable('messages')
      .set({ status: messageNextState('sending', 'retryLater'), attempts: sql<number>`attempts - 1`, next_attempt_at: until.toISOString(), not_before: until.toISOString(), locked_until: null, updated_at: now.toISOString() })
      .where('id', '=', m.id)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows)) await recordMessageEvent(trx, m, { action: 'defer', status: 'queued', detail: until.toISOString(), at: now.toISOString() });
  });
}

/** In-app: the owner's accounts (or the staff user) get the notification; an owner without an account is skipped. */
async function deliverInApp(db: Db, m: MessageRow, now: Date, run: DeliveryRun): Promise<void> {
  await inTransaction(db, async (trx) => {
    const userIds = m.user_id
      ? [m.user_id]
      : (await trx.selectFrom('users').select('id').where('owner_id', '=', m.owner_id ?? '').where('kind', '=', 'owner').where('active', '=', 1).execute()).map((u) => u.id);
    if (userIds.length === 0) {
      await settle(trx, m, { status: messageNextState('sending', 'suppress'), last_error: 'noAccount' }, 'suppress', 'noAccount', now);
      run.suppressed++;
      return;
    }
    const rows = await notify(trx, { userIds, title: m.title, body: m.body, kind: `messaging.${m.topic}`, projectId: m.project_id });
    if (await settle(trx, m, { status: messageNextState('sending', 'deliver'), sent_at: now.toISOString(), last_error: null }, 'deliver', null, now)) {
      run.notifications.push(...rows);
      run.sent++;
    }
  });
}

/** Records one provider attempt, stamped with the time it was made: sent, retried later with backoff, or failed for good. */
async function finish(db: Db, m: MessageRow, result: SendResult, now: Date, run: DeliveryRun): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (result.ok) {
      if (await settle(trx, m, { status: messageNextState('sending', 'deliver'), sent_at: now.toISOString(), provider_message_id: result.providerMessageId, last_error: null }, 'deliver', result.providerMessageId, now)) run.sent++;
      return;
    }
    if (result.retryable && m.attempts < MAX_MESSAGE_ATTEMPTS) {
      const next = new Date(now.getTime() + messageRetryDelayMs(m.attempts)).toISOString();
      if (await settle(trx, m, { status: messageNextState('sending', 'retryLater'), next_attempt_at: next, last_error: result.error }, 'retryLater', `${result.error} → ${next}`, now)) run.retried++;
      return;
    }
    if (await settle(trx, m, { status: messageNextState('sending', 'fail'), last_error: result.error }, 'fail', result.error, now)) run.failed++;
  });
}

/** Guarded on 'sending': if the claim was lost to another worker, its outcome stands, not ours. */
async function settle(
  trx: Parameters<Parameters<typeof inTransaction>[1]>[0],
  m: MessageRow,
  set: Partial<Pick<MessageRow, 'status' | 'sent_at' | 'provider_message_id' | 'last_error' | 'next_attempt_at'>>,
  action: 'deliver' | 'retryLater' | 'fail' | 'suppress',
  detail: string | null,
  now: Date,
): Promise<boolean> {
  const res = await trx
    .updateTable('messages')
    .set({ ...set, locked_until: null, updated_at: now.toISOString(), version: sql<number>`version + 1` })
    .where('id', '=', m.id)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  if (!Number(res.numUpdatedRows)) return false;
  await recordMessageEvent(trx, m, { action, status: set.status!, detail, at: now.toISOString() });
  return true;
}

function parseVariables(json: string | null): Record<string, string> {
  if (!json) return {};
  try {
    return JSON.parse(json) as Record<string, string>;
  } catch {
    return {};
  }
}
