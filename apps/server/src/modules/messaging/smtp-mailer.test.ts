import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from './smtp-mailer.js';

/** Reads RFC 2047 encoded words and a quoted-printable or base64 body well enough to compare Chinese text. */
function decodeWords(header: string): string {
  return header.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}
function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head!)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head!)) return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  return body;
}

let server: SMTPServer;
let port: number;
const inbox: { from: string; to: string[]; raw: string }[] = [];
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, cb) {
      if (address.address.startsWith('nobody@')) return cb(Object.assign(new Error('550 No such user'), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('e-mail over SMTP on loopback', () => {
  it('system: a Chinese subject and body arrive intact in UTF-8 with the sender and recipient', async () => {
    const mailer = smtpMailer({ url: `smtp://127.0.0.1:${port}`, from: '锦华物业 <service@jinhua.example>' });
    const r = await mailer.send({ id: 'msg-7', address: 'wu@example.com', title: '节日问候', body: '吴先生您好，元宵节快乐！愿您阖家团圆。', templateCode: null, variables: {} });
    mailer.close();
    expect(r).toEqual({ ok: true, providerMessageId: '<msg-7@guanjia>' });
    const mail = inbox.at(-1)!;
    expect([mail.from, mail.to]).toEqual(['service@jinhua.example', ['wu@example.com']]);
    const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(mail.raw)![1]!.replace(/\r?\n[ \t]/g, ' ');
    expect(decodeWords(subject)).toBe('节日问候');
    expect(mail.raw).toMatch(/charset=utf-8/i);
    expect(decodeBody(mail.raw).trim()).toBe('吴先生您好，元宵节快乐！愿您阖家团圆。');
  });

  it('system: a refused mailbox (550) is final; a server that is down is retryable', async () => {
    const mailer = smtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'service@jinhua.example' });
    expect(await mailer.send({ id: 'm2', address: 'nobody@example.com', title: 't', body: 'b', templateCode: null, variables: {} })).toMatchObject({ ok: false, retryable: false });
    mailer.close();
    const down = smtpMailer({ url: 'smtp://127.0.0.1:1', from: 'service@jinhua.example' });
    expect(await down.send({ id: 'm3', address: 'wu@example.com', title: 't', body: 'b', templateCode: null, variables: {} })).toMatchObject({ ok: false, retryable: true });
    down.close();
  });
});
