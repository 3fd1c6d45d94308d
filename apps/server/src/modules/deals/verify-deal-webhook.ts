import { createHmac, timingSafeEqual } from 'node:crypto';
import { DEAL_WEBHOOK_HEADERS, dealWebhookSignedText, dealWebhookTimestampFresh, parseDealWebhookSignature } from '@guanjia/domain/deals/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';

export interface VerifiedDelivery {
  companyId: string;
  projectId: string;
  deliveryId: string;
  signature: string;
}

/** One answer for every failure, so a caller learns nothing about which projects exist or have a secret. */
const refused = () => new AppError(401, 'BAD_SIGNATURE', 'deal.webhook.badSignature');

export function signDealWebhook(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(dealWebhookSignedText(timestamp, '')).update(rawBody).digest('hex');
}

/**
 * Checks a CRM delivery before its body is parsed for meaning: the project's secret signs
 * "<timestamp>.<raw body>" (HMAC-SHA256, compared in constant time) and the timestamp is within
 * ±300 s. The replay of an accepted delivery is refused later, when it is stored.
 */
export async function verifyDealWebhook(db: DbOrTx, projectId: string, headers: Record<string, string | string[] | undefined>, rawBody: Buffer, now: Date = new Date()): Promise<VerifiedDelivery> {
  const header = (name: string) => {
    const v = headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  };
  const timestamp = header(DEAL_WEBHOOK_HEADERS.timestamp);
  const given = parseDealWebhookSignature(header(DEAL_WEBHOOK_HEADERS.signature));
  const deliveryId = header(DEAL_WEBHOOK_HEADERS.delivery)?.trim();
  if (!given || !timestamp || !deliveryId || deliveryId.length > 100) throw refused();
  const row = await db.selectFrom('deal_webhook_secrets').select(['company_id', 'project_id', 'secret']).where('project_id', '=', projectId).executeTakeFirst();
  if (!row) throw refused();
  const expected = Buffer.from(signDealWebhook(row.secret, timestamp, rawBody), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) throw refused();
  // Checked after the signature, so only the secret's holder learns that the clock was the problem.
  if (!dealWebhookTimestampFresh(timestamp, now.getTime())) throw new AppError(401, 'STALE_TIMESTAMP', 'deal.webhook.staleTimestamp');
  return { companyId: row.company_id, projectId: row.project_id, deliveryId, signature: given };
}
