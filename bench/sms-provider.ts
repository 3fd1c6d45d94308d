import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Alibaba Cloud's dysmsapi on loopback: answers every SendSms as the provider does on
 * success ({Code: 'OK', BizId, RequestId}) and records when each request arrived, which is what the
 * provider's rate limit counts.
 */
export async function startSmsProvider(): Promise<{ endpoint: string; arrivals: number[]; close(): Promise<void> }> {
  const arrivals: number[] = [];
  const server = createServer((req, res) => {
    arrivals.push(performance.now());
    const ok = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('Action') === 'SendSms';
    res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? { Code: 'OK', Message: 'OK', BizId: `bench^${arrivals.length}`, RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990' } : { Code: 'InvalidAction', Message: 'Specified api is not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Most arrivals in any window of `windowMs` starting at an arrival (a sliding window). */
export function busiestWindow(sortedTimes: number[], windowMs = 1000): number {
  let best = 0;
  let j = 0;
  for (let i = 0; i < sortedTimes.length; i++) {
    while (j < sortedTimes.length && sortedTimes[j]! < sortedTimes[i]! + windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}
