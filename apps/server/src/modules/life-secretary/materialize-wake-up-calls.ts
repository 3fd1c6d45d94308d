import { minutesToHhmm, businessMinuteOfDay } from '@guanjia/domain';
import { nextWakeUpOccurrence, WAKE_UP_LEAD_MS, wakeUpMessageKey, wakeUpMissed, wakeUpNextState } from '@guanjia/domain/life-secretary/index';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { sendMessage } from '../messaging/send-message.js';

const BATCH = 200;

class ChangedMeanwhile extends Error {}

/**
 * The every-minute job: each active call whose next occurrence is within the lead time becomes one
 * message sent at that instant (sendAt: the time the owner asked for, so quiet hours do not hold it),
 * keyed per call and occurrence; then the call moves to its next occurrence (daily) or is done (once).
 * Each call is its own short transaction, re-read and guarded by its version, so a rerun or a second
 * worker writes nothing twice. An occurrence missed by more than half an hour is skipped.
 */
export async function materializeWakeUpCalls(db: Db, now: Date): Promise<{ written: number; skipped: number }> {
  const horizon = new Date(now.getTime() + WAKE_UP_LEAD_MS).toISOString();
  const due = await db.selectFrom('wake_up_calls').select('id').where('status', '=', 'active').where('next_at', '<=', horizon).orderBy('next_at').limit(BATCH).execute();
  let written = 0;
  let skipped = 0;
  for (const { id } of due) {
    const outcome = await inTransaction(db, async (trx) => {
      const row = await trx.selectFrom('wake_up_calls').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || row.status !== 'active' || !row.next_at || row.next_at > horizon) return 'none' as const;
      const occurrence = new Date(row.next_at);
      const missed = wakeUpMissed(occurrence, now);
      const message = missed
        ? null
        : await sendMessage(
            trx,
            {
              companyId: row.company_id,
              projectId: row.project_id,
              topic: 'wakeUpCall',
              channel: row.channel,
              ownerId: row.owner_id,
              text: row.note,
              variables: { time: minutesToHhmm(businessMinuteOfDay(occurrence)) },
              sendAt: occurrence,
              idempotencyKey: wakeUpMessageKey(row.id, occurrence),
              createdBy: row.created_by,
            },
            now,
          );
      const next = row.repeat === 'daily' ? nextWakeUpOccurrence({ time: row.time, repeat: 'daily' }, occurrence) : null;
      const done = await trx
        .updateTable('wake_up_calls')
        .set({
          next_at: next?.toISOString() ?? null,
          status: next ? row.status : wakeUpNextState(row.status, 'finish'),
          last_message_id: message?.id ?? row.last_message_id,
          updated_at: now.toISOString(),
          version: row.version + 1,
        })
        .where('id', '=', row.id)
        .where('version', '=', row.version)
        .executeTakeFirst();
      // Cancelled or advanced meanwhile (another worker): roll this occurrence's message back with it.
      if (Number(done.numUpdatedRows) === 0) throw new ChangedMeanwhile();
      return missed ? ('skipped' as const) : ('written' as const);
    }).catch((error: unknown) => {
      if (error instanceof ChangedMeanwhile) return 'none' as const;
      throw error;
    });
    if (outcome === 'written') written++;
    if (outcome === 'skipped') skipped++;
  }
  return { written, skipped };
}
