import os from 'node:os';
import { sql } from 'kysely';
import type { Notifier } from '../apps/server/src/platform/http/notifier.js';
import { buildJobHandlers } from '../apps/server/src/platform/jobs/handlers.js';
import { createJobRunner } from '../apps/server/src/platform/jobs/job-runner.js';
import { waitUntilIdle, type BenchDb } from './bench-db.js';
import type { BroadcastAudience } from './broadcast-audience.js';
import { startProbe, type ProbeResult, type ProbeTarget } from './latency-probe.js';
import { busiestWindow, startSmsProvider } from './sms-provider.js';

/** The requirement: a broadcast to 100,000 households is queued in under 10 s. */
export const QUEUE_GOAL_SECONDS = 10;
/** The worker's default poll (worker.ts): a new job waits up to this long before it starts. */
const WORKER_POLL_MS = 1000;
const PROBE_INTERVAL_MS = 20;

export interface BroadcastBenchOptions {
  handle: BenchDb;
  notifier: Notifier;
  baseUrl: string;
  /** Cookie of `butler`, who sends it. */
  cookie: string;
  audience: BroadcastAudience;
  /** GUANJIA_SMS_RATE_PER_SECOND for the run. */
  ratePerSecond: number;
  /** Seconds of sampling with no broadcast running, and of delivery measured. */
  baselineSeconds: number;
  deliverySeconds: number;
  signal?: AbortSignal;
}

export interface LatencyComparison {
  name: string;
  baseline: ProbeResult[string];
  during: ProbeResult[string];
  p99Ratio: number;
}

export interface BroadcastReport {
  households: number;
  audienceGenerationSeconds: number;
  messages: { queued: number; suppressed: number };
  /** The POST's own answer (the broadcast written, the expansion job queued). */
  postMs: number;
  /** POST sent → the broadcast 'queued' (every message written), including the worker's poll. */
  queuedSeconds: number;
  workerPollMs: number;
  goalSeconds: number;
  meetsGoal: boolean;
  /** Progress lines read from GET /api/messaging/broadcasts/:id while it expanded. */
  progress: string[];
  /** GET /api/health and GET /api/me sampled every 20 ms: with no broadcast, while it expands, while it is delivered. */
  latency: { intervalMs: number; expansion: LatencyComparison[]; delivery: LatencyComparison[] };
  delivery: {
    limitPerSecond: number;
    windowSeconds: number;
    /** SendSms requests the loopback provider received in the window after the first one. */
    received: number;
    perSecond: number;
    /** Most requests in any 1-second sliding window of the run. */
    busiestSecond: number;
    withinLimit: boolean;
  };
  loadAverage1m: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quietLogger = { info() {}, warn() {}, error(obj: object, msg?: string) { console.error(msg, obj); } };

function compare(baseline: ProbeResult, during: ProbeResult): LatencyComparison[] {
  return Object.keys(baseline).map((name) => ({ name, baseline: baseline[name]!, during: during[name]!, p99Ratio: Number((during[name]!.p99Ms / Math.max(0.1, baseline[name]!.p99Ms)).toFixed(2)) }));
}

/** Jobs already due (from the seed) run first, so they are not counted against the broadcast. */
async function drainDueJobs(handle: BenchDb, maxMs = 30_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const row = await handle.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('status', '=', 'running'), eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', new Date().toISOString())])]))
      .executeTakeFirstOrThrow();
    if (Number(row.n) === 0) return;
    await sleep(200);
  }
}

/**
 * The broadcast measurement: a worker like the in-process one (every job type, no schedules, so the
 * other modules' cron jobs do not run over the bench data), a loopback SendSms provider, then
 * (a) POST → queued for `audience.households` households, (b) health and /api/me latency meanwhile
 * against the same sampling with nothing running, (c) the SMS rate the provider sees for
 * `deliverySeconds` against the configured limit.
 */
export async function runBroadcastBench(opts: BroadcastBenchOptions): Promise<BroadcastReport> {
  const { handle, audience } = opts;
  const provider = await startSmsProvider();
  // The delivery job reads the provider settings from the environment at each run.
  Object.assign(process.env, {
    GUANJIA_SMS_ACCESS_KEY_ID: 'bench-key',
    GUANJIA_SMS_ACCESS_KEY_SECRET: 'bench-secret',
    GUANJIA_SMS_SIGN_NAME: '锦华物业',
    GUANJIA_SMS_ENDPOINT: provider.endpoint,
    GUANJIA_SMS_RATE_PER_SECOND: String(opts.ratePerSecond),
  });
  const runner = createJobRunner({ db: handle.db, dialect: handle.dialect, handlers: buildJobHandlers({ notifier: opts.notifier }), workerId: 'bench-worker', pollMs: WORKER_POLL_MS, logger: quietLogger });
  runner.start();
  let broadcastId: string | null = null;
  try {
    await drainDueJobs(handle);
    await waitUntilIdle(handle);
    provider.arrivals.length = 0;
    const loadAverage1m = Number(os.loadavg()[0].toFixed(2));
    const targets: ProbeTarget[] = [
      { name: 'GET /api/health', url: `${opts.baseUrl}/api/health` },
      { name: 'GET /api/me (butler)', url: `${opts.baseUrl}/api/me`, headers: { cookie: opts.cookie } },
    ];
    const probeConfig = { targets, intervalMs: PROBE_INTERVAL_MS };

    const idle = await startProbe(probeConfig, opts.signal);
    await sleep(opts.baselineSeconds * 1000);
    const baseline = await idle.stop();

    const expanding = await startProbe(probeConfig, opts.signal);
    const t0 = performance.now();
    const res = await fetch(`${opts.baseUrl}/api/messaging/broadcasts`, {
      method: 'POST',
      headers: { cookie: opts.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ projectId: audience.projectId, buildingIds: audience.buildingIds, topic: 'emergency', channel: 'sms', text: '台风“海葵”今夜登陆，请关好门窗，勿外出。', idempotencyKey: `bench-${Date.now()}` }),
    });
    const postMs = Number((performance.now() - t0).toFixed(1));
    const posted = (await res.json()) as { id: string; status: string };
    if (res.status !== 201) throw new Error(`POST /api/messaging/broadcasts: ${res.status} ${JSON.stringify(posted).slice(0, 300)}`);
    broadcastId = posted.id;
    const progress: string[] = [];
    let lastProgressAt = t0;
    for (;;) {
      opts.signal?.throwIfAborted();
      const row = await handle.db.selectFrom('broadcasts').select(['status', 'audience_count', 'queued_count']).where('id', '=', posted.id).executeTakeFirstOrThrow();
      if (row.status === 'queued') break;
      if (performance.now() - lastProgressAt >= 2000) {
        lastProgressAt = performance.now();
        const view = (await (await fetch(`${opts.baseUrl}/api/messaging/broadcasts/${posted.id}`, { headers: { cookie: opts.cookie } })).json()) as { status: string; expansion: { done: number; total: number | null } };
        progress.push(`${((lastProgressAt - t0) / 1000).toFixed(1)} s: ${view.status} ${view.expansion.done.toLocaleString('en-US')} / ${view.expansion.total?.toLocaleString('en-US') ?? '?'}`);
      }
      if (performance.now() - t0 > 600_000) throw new Error('the broadcast was not queued within 10 minutes');
      await sleep(25);
    }
    const queuedSeconds = Number(((performance.now() - t0) / 1000).toFixed(2));
    const during = await expanding.stop();
    const counts = await handle.db
      .selectFrom('messages')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .where('broadcast_id', '=', posted.id)
      .groupBy('status')
      .execute();
    const count = (s: string) => Number(counts.find((c) => c.status === s)?.n ?? 0);

    // Delivery: the expansion's last chunk queued the delivery job; measure from the first SendSms.
    const delivering = await startProbe(probeConfig, opts.signal);
    const waitFrom = Date.now();
    while (provider.arrivals.length === 0 && Date.now() - waitFrom < 15_000) await sleep(20);
    const first = provider.arrivals[0] ?? performance.now();
    await sleep(Math.max(0, first + opts.deliverySeconds * 1000 - performance.now()));
    const windowEnd = first + opts.deliverySeconds * 1000;
    const deliveryLatency = await delivering.stop();
    const arrivals = [...provider.arrivals].sort((a, b) => a - b);
    const received = arrivals.filter((t) => t < windowEnd).length;
    const busiestSecond = busiestWindow(arrivals.filter((t) => t < windowEnd));
    const perSecond = Number((received / opts.deliverySeconds).toFixed(1));

    return {
      households: audience.households,
      audienceGenerationSeconds: audience.seconds,
      messages: { queued: count('queued') + count('sending') + count('sent'), suppressed: count('suppressed') },
      postMs,
      queuedSeconds,
      workerPollMs: WORKER_POLL_MS,
      goalSeconds: QUEUE_GOAL_SECONDS,
      meetsGoal: queuedSeconds < QUEUE_GOAL_SECONDS,
      progress,
      latency: { intervalMs: PROBE_INTERVAL_MS, expansion: compare(baseline, during), delivery: compare(baseline, deliveryLatency) },
      delivery: { limitPerSecond: opts.ratePerSecond, windowSeconds: opts.deliverySeconds, received, perSecond, busiestSecond, withinLimit: busiestSecond <= opts.ratePerSecond },
      loadAverage1m,
    };
  } finally {
    // The rest of the broadcast is not sent: its messages are put off, so the delivery run claims
    // nothing more and ends after its current batch, and the worker can stop.
    if (broadcastId) {
      await handle.db.updateTable('messages').set({ next_attempt_at: '9999-12-31T00:00:00.000Z' }).where('broadcast_id', '=', broadcastId).where('status', '=', 'queued').execute();
    }
    await runner.stop();
    await provider.close();
    await sql`select 1`.execute(handle.db);
  }
}

const n = (x: number) => x.toLocaleString('en-US');

/** The summary lines of the broadcast measurement. */
export function broadcastLines(r: BroadcastReport): string[] {
  const lines = [
    `Broadcast to ${n(r.households)} households (SMS, one owner each; load ${r.loadAverage1m}):`,
    `  POST answered in ${r.postMs} ms; every message written (queued) after ${r.queuedSeconds} s (worker poll ≤ ${r.workerPollMs} ms included): ${n(r.messages.queued)} queued, ${n(r.messages.suppressed)} suppressed`,
    `  goal ${r.meetsGoal ? 'met' : 'NOT met'}: queued in < ${r.goalSeconds} s`,
  ];
  for (const p of r.progress) lines.push(`    ${p}`);
  const row = (phase: string, c: LatencyComparison) =>
    `  ${phase.padEnd(10)} ${c.name.padEnd(22)} p50 ${c.during.p50Ms} ms (idle ${c.baseline.p50Ms}), p99 ${c.during.p99Ms} ms (idle ${c.baseline.p99Ms}, ratio ${c.p99Ratio}), max ${c.during.maxMs} ms (idle ${c.baseline.maxMs}); ${n(c.during.samples)} samples${c.during.errors ? `, ${c.during.errors} errors` : ''}`;
  lines.push(`  latency, one request every ${r.latency.intervalMs} ms per endpoint from a separate process, against the same sampling with no broadcast:`);
  for (const c of r.latency.expansion) lines.push(row('expanding', c));
  for (const c of r.latency.delivery) lines.push(row('delivering', c));
  const d = r.delivery;
  lines.push(
    `  delivery: ${n(d.received)} SendSms in ${d.windowSeconds} s = ${d.perSecond}/s against a limit of ${d.limitPerSecond}/s; busiest 1-s window ${d.busiestSecond} (${d.withinLimit ? 'within' : 'ABOVE'} the limit)`,
  );
  return lines;
}
