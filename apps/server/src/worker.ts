/**
 * The background worker: runs queued jobs and ticks the schedules.
 *
 *   startWorker(ctx): Worker   in-process, called by main.ts (worker.stop() before closing the database)
 *   npm run worker             as its own process (GUANJIA_WORKER=off on the web process then);
 *                              stops cleanly on SIGINT/SIGTERM after the running jobs finish.
 *
 * Several workers may run against one database (claims never overlap), so scaling out is starting
 * another process.
 */
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from './platform/config.js';
import { openAndMigrate } from './platform/boot.js';
import type { Db, Dialect } from './platform/db/database.js';
import type { Notifier } from './platform/http/notifier.js';
import { buildJobHandlers, buildJobSchedules } from './platform/jobs/handlers.js';
import { createJobRunner, type JobLogger } from './platform/jobs/job-runner.js';

export interface WorkerContext {
  db: Db;
  dialect: Dialect;
  notifier?: Notifier;
  logger?: JobLogger;
  /** Defaults to host:pid:random, unique per start. */
  workerId?: string;
  pollMs?: number;
  concurrency?: number;
}

export interface Worker {
  workerId: string;
  /** Stops claiming and resolves once the running jobs have finished. */
  stop(): Promise<void>;
}

export function startWorker(ctx: WorkerContext): Worker {
  const workerId = ctx.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const runner = createJobRunner({
    db: ctx.db,
    dialect: ctx.dialect,
    handlers: buildJobHandlers({ notifier: ctx.notifier }),
    schedules: buildJobSchedules(),
    workerId,
    pollMs: ctx.pollMs ?? 1000,
    concurrency: ctx.concurrency ?? 4,
    logger: ctx.logger,
  });
  runner.start();
  return { workerId, stop: () => runner.stop() };
}

async function main() {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const config = loadConfig();
  const handle = await openAndMigrate(config);
  const worker = startWorker({ db: handle.db, dialect: handle.dialect, logger });
  logger.info({ workerId: worker.workerId, database: handle.dialect }, 'worker started');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping after running jobs finish');
    await worker.stop();
    await handle.close();
    logger.info({}, 'worker stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
