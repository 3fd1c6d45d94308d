import nodemailer from 'nodemailer';
import type { ChannelSender, SendResult } from './channel-sender.js';

/** SMTP reply codes 4xx and connection trouble pass; 5xx (no such mailbox, refused) do not. */
function retryable(err: { responseCode?: number; code?: string }): boolean {
  if (typeof err.responseCode === 'number') return err.responseCode < 500;
  return true;
}

/** E-mail over SMTP (GUANJIA_SMTP_URL), plain text in UTF-8. */
export function smtpMailer(opts: { url: string; from: string }): ChannelSender & { close(): void } {
  const transport = nodemailer.createTransport(opts.url);
  return {
    async send(m): Promise<SendResult> {
      if (!m.address) return { ok: false, retryable: false, error: 'noEmail' };
      try {
        const info = await transport.sendMail({ from: opts.from, to: m.address, subject: m.title, text: m.body, messageId: `<${m.id}@guanjia>` });
        return { ok: true, providerMessageId: info.messageId ?? null };
      } catch (err) {
        const e = err as Error & { responseCode?: number; code?: string };
        return { ok: false, retryable: retryable(e), error: `${e.code ?? 'SMTP'}: ${e.message}` };
      }
    },
    close: () => transport.close(),
  };
}
