import type { DbOrTx } from '../../platform/db/transaction.js';

/** Kept a day: past ±300 s a replay already fails on its timestamp, so older ids guard nothing. */
export const DELIVERY_RETENTION_MS = 86_400_000;

/** Forgets CRM deliveries older than the retention; returns how many. */
export async function purgeWebhookDeliveries(db: DbOrTx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - DELIVERY_RETENTION_MS).toISOString();
  const res = await db.deleteFrom('deal_webhook_deliveries').where('received_at', '<', cutoff).executeTakeFirst();
  return Number(res.numDeletedRows);
}
