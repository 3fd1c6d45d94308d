import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../platform/db/database.js';
import { openEventStream } from '../../platform/http/event-stream.js';
import type { Notifier } from '../../platform/http/notifier.js';
import { countUnreadNotifications } from './count-unread-notifications.js';
import { NOTIFICATION_EVENT, NOTIFICATIONS_READ_EVENT } from './publish-notifications.js';

export interface StreamTimings {
  /** A comment line keeps proxies from closing an idle connection. */
  heartbeatMs: number;
  /** Re-count from the database, so notifications written by another process still arrive. */
  pollMs: number;
}

export const DEFAULT_STREAM_TIMINGS: StreamTimings = { heartbeatMs: 25_000, pollMs: 5_000 };

/**
 * The open Server-Sent-Event streams of one app, so shutdown can end them: a hijacked response is
 * never idle, and the HTTP server would otherwise wait for it forever.
 */
export class NotificationStreams {
  private readonly open = new Set<() => void>();

  get size(): number {
    return this.open.size;
  }

  closeAll(): void {
    for (const close of [...this.open]) close();
  }

  /**
   * Serves one user's stream on a hijacked response: `unread` {count} on connect, then
   * `notification` + `unread` for each live notification, and `unread` whenever the polled count changes.
   */
  serve(db: Db, notifier: Notifier, userId: string, res: ServerResponse, log: FastifyBaseLogger, timings = DEFAULT_STREAM_TIMINGS): void {
    let lastCount: number | null = null;
    // Sends run one after another, so events leave in the order they were queued.
    let queue: Promise<void> = Promise.resolve();
    const enqueue = (step: () => Promise<void> | void) => {
      queue = queue.then(step).catch((err: unknown) => log.warn({ err }, 'notification stream step failed'));
    };
    let unsubscribe = () => {};
    let poll: ReturnType<typeof setInterval> | undefined;
    const close = () => stream.close();
    const stream = openEventStream(res, {
      heartbeatMs: timings.heartbeatMs,
      onClose: () => {
        unsubscribe();
        clearInterval(poll);
        this.open.delete(close);
      },
    });
    this.open.add(close);
    const refresh = (always: boolean) =>
      enqueue(async () => {
        if (stream.closed) return;
        const count = await countUnreadNotifications(db, userId);
        if (stream.closed || (!always && count === lastCount)) return;
        lastCount = count;
        stream.send('unread', { count });
      });

    unsubscribe = notifier.subscribe(userId, (event) => {
      if (event.type === NOTIFICATION_EVENT) {
        enqueue(() => stream.send('notification', event.data));
        refresh(true);
      } else if (event.type === NOTIFICATIONS_READ_EVENT) {
        refresh(false);
      }
    });
    poll = setInterval(() => refresh(false), timings.pollMs);
    refresh(true);
  }
}
