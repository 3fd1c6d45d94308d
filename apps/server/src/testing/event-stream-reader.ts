import http from 'node:http';

/**
 * Reads Server-Sent Events from a real connection, one parsed event at a time. Plain http without
 * an agent: one socket per stream, gone when the stream is closed.
 */
export async function openEventStream(url: string, cookie: string) {
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get(url, { headers: { cookie }, agent: false }, resolve).on('error', reject);
  });
  res.setEncoding('utf8');
  let buffer = '';
  let wake: (() => void) | null = null;
  res.on('data', (chunk: string) => {
    buffer += chunk;
    wake?.();
  });
  async function next(timeoutMs = 10_000): Promise<{ event: string; data: unknown }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = frame.split('\n');
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
        const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
        if (event) return { event, data: data ? JSON.parse(data) : null };
        continue; // the retry hint or a heartbeat comment
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no event in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }
  return { res, next, close: () => res.destroy() };
}
