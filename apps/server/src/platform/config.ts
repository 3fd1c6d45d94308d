import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  demoPassword: string;
  /** Run the job worker inside the web process (default); `npm run worker` runs it separately. */
  inProcessWorker: boolean;
  webDist: string | null;
  /** Largest accepted upload, bytes (photos, scans, PDF documents). */
  maxUploadBytes: number;
  /** Largest accepted MP4 video (the showcase's publicity films), bytes. */
  maxVideoUploadBytes: number;
  secureCookies: boolean;
  /** Alibaba Cloud SMS (SendSms); SMS is "not configured" unless key id, secret and sign name are all set. */
  smsAccessKeyId: string | null;
  smsAccessKeySecret: string | null;
  smsSignName: string | null;
  smsEndpoint: string;
  /** Provider rate limit: SMS sent per second by one process. */
  smsRatePerSecond: number;
  /** smtp://user:pass@host:port or smtps://…; e-mail is "not configured" without it. */
  smtpUrl: string | null;
  mailFrom: string | null;
  mailRatePerSecond: number;
}

export const DEFAULT_DEMO_PASSWORD = 'guanjia2026';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = path.resolve(import.meta.dirname, '../../../..');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 3000),
    dataDir: path.resolve(env.DATA_DIR ?? path.join(root, 'data')),
    databaseUrl: env.DATABASE_URL || null,
    demoPassword: env.GUANJIA_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    inProcessWorker: env.GUANJIA_WORKER !== 'off',
    webDist: path.join(root, 'apps/web/dist'),
    maxUploadBytes: Number(env.GUANJIA_MAX_UPLOAD_BYTES ?? 10 * 1024 * 1024),
    maxVideoUploadBytes: Number(env.GUANJIA_MAX_VIDEO_UPLOAD_BYTES ?? 200 * 1024 * 1024),
    secureCookies: env.GUANJIA_SECURE_COOKIES === 'true',
    smsAccessKeyId: env.GUANJIA_SMS_ACCESS_KEY_ID || null,
    smsAccessKeySecret: env.GUANJIA_SMS_ACCESS_KEY_SECRET || null,
    smsSignName: env.GUANJIA_SMS_SIGN_NAME || null,
    smsEndpoint: env.GUANJIA_SMS_ENDPOINT || 'https://dysmsapi.aliyuncs.com/',
    smsRatePerSecond: Number(env.GUANJIA_SMS_RATE_PER_SECOND ?? 50),
    smtpUrl: env.GUANJIA_SMTP_URL || null,
    mailFrom: env.GUANJIA_MAIL_FROM || null,
    mailRatePerSecond: Number(env.GUANJIA_MAIL_RATE_PER_SECOND ?? 10),
  };
}
