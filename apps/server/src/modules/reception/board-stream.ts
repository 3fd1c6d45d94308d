import type { ServerResponse } from 'node:http';
import { businessDate } from '@guanjia/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../platform/db/database.js';
import { openEventStream } from '../../platform/http/event-stream.js';
import type { Notifier } from '../../platform/http/notifier.js';
import { boardKey } from './publish-board.js';

export interface BoardStreamTimings {
  /** A comment line keeps proxies from closing an idle connection. */
  heartbeatMs: number;
  /** Re-read the board's stamp from the database, so changes made by another process (the job worker raising an alert) arrive. */
  pollMs: number;
}

export const DEFAULT_BOARD_STREAM_TIMINGS: BoardStreamTimings = { heartbeatMs: 25_000, pollMs: 3_000 };

/** What changes whenever anything on a sales center's board of today changes. */
export async function boardStamp(db: Db, salesCenterId: string, now: Date = new Date()): Promise<string> {
  const date = businessDate(now);
  const [visits, alerts] = await Promise.all([
    db
      .selectFrom('reception_visits')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('u')])
      .where('sales_center_id', '=', salesCenterId)
      .where('visit_date', '=', date)
      .executeTakeFirst(),
    db
      .selectFrom('reception_handoff_alerts')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('u')])
      .where('sales_center_id', '=', salesCenterId)
      .executeTakeFirst(),
  ]);
  return `${date}|${Number(visits?.n ?? 0)}|${visits?.u ?? ''}|${Number(alerts?.n ?? 0)}|${alerts?.u ?? ''}`;
}

type Listener = (data: unknown) => void;

interface Watcher {
  listeners: Set<Listener>;
  stamp: string | null;
  stop: () => void;
}

/**
 * The open board streams of one app, so shutdown can end them. One watcher per sales center,
 * however many tablets and phones listen: it hears the in-process notifier at once and polls the
 * database stamp every few seconds, then fans a `board` event out to every stream. Events carry
 * no visitor data (a consultant may listen too); clients read the board or their own list again.
 */
export class BoardStreams {
  private readonly open = new Set<() => void>();
  private readonly watchers = new Map<string, Watcher>();

  constructor(private readonly timings: BoardStreamTimings = DEFAULT_BOARD_STREAM_TIMINGS) {}

  get size(): number {
    return this.open.size;
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  closeAll(): void {
    for (const close of [...this.open]) close();
  }

  serve(db: Db, notifier: Notifier, salesCenterId: string, res: ServerResponse, log: FastifyBaseLogger): void {
    const watcher = this.watch(db, notifier, salesCenterId, log);
    const listener: Listener = (data) => stream.send('board', data);
    const close = () => stream.close();
    const stream = openEventStream(res, {
      heartbeatMs: this.timings.heartbeatMs,
      onClose: () => {
        watcher.listeners.delete(listener);
        if (watcher.listeners.size === 0) {
          watcher.stop();
          this.watchers.delete(salesCenterId);
        }
        this.open.delete(close);
      },
    });
    watcher.listeners.add(listener);
    this.open.add(close);
    stream.send('ready', { salesCenterId });
  }

  private watch(db: Db, notifier: Notifier, salesCenterId: string, log: FastifyBaseLogger): Watcher {
    const existing = this.watchers.get(salesCenterId);
    if (existing) return existing;
    const fanOut = (data: unknown) => {
      for (const l of [...watcher.listeners]) l(data);
    };
    let polling = false;
    const poll = async (announce: boolean) => {
      if (polling) return;
      polling = true;
      try {
        const stamp = await boardStamp(db, salesCenterId);
        if (announce && watcher.stamp !== null && stamp !== watcher.stamp) fanOut({ salesCenterId, reason: 'changed' });
        watcher.stamp = stamp;
      } catch (err) {
        log.warn({ err }, 'board stream poll failed');
      } finally {
        polling = false;
      }
    };
    const unsubscribe = notifier.subscribe(boardKey(salesCenterId), (event) => {
      fanOut(event.data);
      // Take the new stamp as seen, so the next poll does not announce the same change again.
      void poll(false);
    });
    const timer = setInterval(() => void poll(true), this.timings.pollMs);
    const watcher: Watcher = {
      listeners: new Set(),
      stamp: null,
      stop: () => {
        unsubscribe();
        clearInterval(timer);
      },
    };
    this.watchers.set(salesCenterId, watcher);
    void poll(false);
    return watcher;
  }
}
