/**
 * The CRM webhook's signing rule, shared by the server (verification) and the web page (the sample
 * snippet shown to the CRM's developers). The HMAC itself is computed where crypto lives.
 */
export const DEAL_WEBHOOK_HEADERS = {
  timestamp: 'X-Guanjia-Timestamp',
  delivery: 'X-Guanjia-Delivery',
  signature: 'X-Guanjia-Signature',
} as const;

/** A delivery older or newer than this (clock skew both ways) is refused, which bounds replays. */
export const DEAL_WEBHOOK_TOLERANCE_SECONDS = 300;

/** What is signed: "<timestamp>.<raw body>", so the timestamp cannot be swapped on a captured body. */
export function dealWebhookSignedText(timestamp: string, rawBody: string): string {
  return `${timestamp}.${rawBody}`;
}

/** "sha256=<64 hex>" → the hex in lower case; anything else → null. */
export function parseDealWebhookSignature(header: string | null | undefined): string | null {
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec((header ?? '').trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Unix seconds as sent, within the tolerance of `nowMs`; a non-integer is never within it. */
export function dealWebhookTimestampFresh(timestamp: string | null | undefined, nowMs: number): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= DEAL_WEBHOOK_TOLERANCE_SECONDS;
}
