import type { ServerResponse } from 'node:http';

/** One Server-Sent-Events response, written to a hijacked reply. */
export interface EventStream {
  /** `event: <name>` with JSON data; dropped once the stream is closed. */
  send(event: string, data: unknown): void;
  close(): void;
  readonly closed: boolean;
}

/**
 * Starts an SSE response: the headers (no proxy buffering), a reconnect delay, and a comment line
 * every `heartbeatMs` so idle proxies keep the connection. `onClose` runs once, whether the client
 * went away, the write failed or the server closed the stream.
 */
export function openEventStream(res: ServerResponse, opts: { heartbeatMs: number; onClose: () => void }): EventStream {
  let closed = false;
  const write = (chunk: string) => {
    if (!closed && !res.writableEnded) res.write(chunk);
  };
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), opts.heartbeatMs);
  const stream: EventStream = {
    send: (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    close: () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      opts.onClose();
      if (!res.writableEnded) res.end();
    },
    get closed() {
      return closed;
    },
  };
  res.on('close', stream.close);
  res.on('error', stream.close);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx buffers responses by default, which would hold events back.
    'x-accel-buffering': 'no',
  });
  write('retry: 5000\n\n');
  return stream;
}
