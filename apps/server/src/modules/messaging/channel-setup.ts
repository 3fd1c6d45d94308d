import type { Config } from '../../platform/config.js';
import { aliyunSmsSender } from './aliyun-sms.js';
import { notConfiguredSender, type ChannelSender } from './channel-sender.js';
import { smtpMailer } from './smtp-mailer.js';
import { createTokenBucket, type TokenBucket } from './token-bucket.js';

export function smsConfigured(config: Config): boolean {
  return Boolean(config.smsAccessKeyId && config.smsAccessKeySecret && config.smsSignName);
}

export function emailConfigured(config: Config): boolean {
  return Boolean(config.smtpUrl && config.mailFrom);
}

/** The providers from the configuration; a channel without settings fails its messages with a reason. */
export function buildChannelSenders(config: Config): { sms: ChannelSender; email: ChannelSender } {
  return {
    sms: smsConfigured(config)
      ? aliyunSmsSender({ accessKeyId: config.smsAccessKeyId!, accessKeySecret: config.smsAccessKeySecret!, signName: config.smsSignName!, endpoint: config.smsEndpoint })
      : notConfiguredSender('smsNotConfigured'),
    email: emailConfigured(config) ? smtpMailer({ url: config.smtpUrl!, from: config.mailFrom! }) : notConfiguredSender('emailNotConfigured'),
  };
}

let shared: { key: string; buckets: { sms: TokenBucket; email: TokenBucket } } | null = null;

/** One bucket per channel for the whole process, so overlapping delivery runs share the provider's rate. */
export function processBuckets(config: Config): { sms: TokenBucket; email: TokenBucket } {
  const key = `${config.smsRatePerSecond}:${config.mailRatePerSecond}`;
  if (!shared || shared.key !== key) {
    shared = { key, buckets: { sms: createTokenBucket({ ratePerSecond: config.smsRatePerSecond }), email: createTokenBucket({ ratePerSecond: config.mailRatePerSecond }) } };
  }
  return shared.buckets;
}
