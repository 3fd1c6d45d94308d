import { createHmac, randomUUID } from 'node:crypto';
import type { ChannelSender, OutgoingMessage, SendResult } from './channel-sender.js';

/**
 * Alibaba Cloud SMS (dysmsapi, RPC style, SendSms 2017-05-25), signed as the provider documents its
 * "签名机制" (Signature Version 1.0, HMAC-SHA1): sort the parameters, percent-encode names and values
 * per RFC 3986, StringToSign = METHOD & %2F & percentEncode(canonical query), key = secret + '&'.
 */

/** RFC 3986 unreserved characters stay; everything else is %XY of its UTF-8 bytes (space is %20, never +). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
}

export function stringToSign(method: 'GET' | 'POST', params: Record<string, string>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
}

/** Base64(HMAC-SHA1(secret + '&', StringToSign)). */
export function rpcSignature(method: 'GET' | 'POST', params: Record<string, string>, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params), 'utf8').digest('base64');
}

/** The signed query string as sent: Signature first, then the canonical query. */
export function signedQuery(params: Record<string, string>, accessKeySecret: string): string {
  return `Signature=${percentEncode(rpcSignature('GET', params, accessKeySecret))}&${canonicalQuery(params)}`;
}

export interface AliyunSmsOptions {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** https://dysmsapi.aliyuncs.com/ in production; a loopback server in tests. */
  endpoint: string;
  now?: () => Date;
  nonce?: () => string;
  timeoutMs?: number;
}

/** Provider codes worth trying again later; any other code is final (a wrong number, a bad template). */
const RETRYABLE_CODES = new Set([
  'isv.BUSINESS_LIMIT_CONTROL',
  'isv.DAY_LIMIT_CONTROL',
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
  'SignatureNonceUsed',
  'ServiceUnavailable',
  'InternalError',
  'isp.SYSTEM_ERROR',
]);

export function isRetryableSmsCode(code: string): boolean {
  return RETRYABLE_CODES.has(code);
}

/** The SendSms parameters of one message (without Signature). */
export function sendSmsParams(opts: AliyunSmsOptions, m: Pick<OutgoingMessage, 'id' | 'address' | 'templateCode' | 'variables'>, at: Date, nonce: string): Record<string, string> {
  return {
    AccessKeyId: opts.accessKeyId,
    Action: 'SendSms',
    Format: 'JSON',
    OutId: m.id,
    PhoneNumbers: m.address ?? '',
    RegionId: 'cn-hangzhou',
    SignName: opts.signName,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: nonce,
    SignatureVersion: '1.0',
    TemplateCode: m.templateCode ?? '',
    TemplateParam: JSON.stringify(m.variables),
    // ISO 8601 UTC without milliseconds, as the provider's examples show it.
    Timestamp: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Version: '2017-05-25',
  };
}

export function aliyunSmsSender(opts: AliyunSmsOptions): ChannelSender {
  const now = opts.now ?? (() => new Date());
  const nonce = opts.nonce ?? randomUUID;
  return {
    async send(m): Promise<SendResult> {
      if (!m.address) return { ok: false, retryable: false, error: 'noPhone' };
      if (!m.templateCode) return { ok: false, retryable: false, error: 'smsTemplateMissing' };
      const params = sendSmsParams(opts, m, now(), nonce());
      const url = `${opts.endpoint.replace(/\/?$/, '/')}?${signedQuery(params, opts.accessKeySecret)}`;
      let res: Response;
      try {
        res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
      } catch (err) {
        return { ok: false, retryable: true, error: `network: ${(err as Error).message}` };
      }
      let body: { Code?: string; Message?: string; BizId?: string } = {};
      try {
        body = (await res.json()) as typeof body;
      } catch {
        return { ok: false, retryable: res.status >= 500, error: `HTTP ${res.status}` };
      }
      if (body.Code === 'OK') return { ok: true, providerMessageId: body.BizId ?? null };
      const code = body.Code ?? `HTTP ${res.status}`;
      return { ok: false, retryable: isRetryableSmsCode(code) || res.status >= 500, error: `${code}: ${body.Message ?? ''}`.trim() };
    },
  };
}
