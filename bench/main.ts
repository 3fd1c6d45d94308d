import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfig } from '../apps/server/src/platform/config.js';
import { buildApp, type App, type AppContext } from '../apps/server/src/platform/http/app.js';
import { Notifier } from '../apps/server/src/platform/http/notifier.js';
import { seedDemo } from '../apps/server/src/demo/seed-demo.js';
import { analyze, dataSizeBytes, openBenchDb, waitUntilIdle, withBulkLoadSettings, type BenchDb } from './bench-db.js';
import { generateData, type DataSizes } from './generate-data.js';
import { generateWorkOrders } from './generate-work-orders.js';
import { workOrderTargets } from './work-order-targets.js';
import { inProcessLine, measureEarliestServiceDate } from './in-process.js';
import { getWorkingCalendar } from '../apps/server/src/modules/calendar/working-calendar-cache.js';
import { measurePair, problemsOf, type Target } from './measure.js';
import { logIn } from './http-client.js';
import { boardDayLine, generateBoardDay } from './board-day.js';
import { handoffHeader, handoffLine, prepareHandoff, runHandoff, type HandoffSizes } from './reception-targets.js';
import { generateBroadcastAudience } from './broadcast-audience.js';
import { broadcastLines, runBroadcastBench } from './broadcast-targets.js';
import { meetsGoal, machineInfo, printHeader, printSummary, tableHeader, tableRow, writeReport, type BenchReport, type EndpointReport } from './report.js';

const USAGE = `npm run bench -- [--quick] [--owners N] [--audit N] [--work-orders N] [--consultants N] [--check-ins N] [--visitors N]
                        [--broadcast-households N] [--sms-rate N]
                        [--duration SEC] [--connections N] [--warmup SEC] [--timeout SEC]
  Generates a data set on a throwaway database (SQLite temp file; a fresh PostgreSQL schema when
  DATABASE_URL=postgres://… is set), starts the server on 127.0.0.1 and measures it with autocannon.
  --quick          small smoke run: 2,000 owners, 20,000 audit rows, 20,000 work orders, 3 s per endpoint,
                   50 consultants, 100 check-ins per hand-off phase, 100 visitors on the board,
                   a broadcast to 5,000 households
  --owners N       generated owners (default 100000)
  --audit N        generated audit_log rows (default 1000000)
  --work-orders N  generated work orders (default 1000000)
  --consultants N  sales consultants with their notification stream open during the hand-off runs (default 200)
  --check-ins N    check-ins timed per hand-off phase (default 300)
  --visitors N     visitors of the day on the measured reception board (default 500)
  --broadcast-households N
                   households (one owner each, new buildings of project 1) of the measured broadcast (default 100000)
  --sms-rate N     GUANJIA_SMS_RATE_PER_SECOND while the broadcast is delivered to a loopback provider (default 200)
  --duration SEC   measured seconds per endpoint and per bare run (default 10)
  --connections N  concurrent connections (default 10)
  --warmup SEC     unmeasured seconds before every run (default 2)
  --timeout SEC    autocannon drops a request after this long and counts a timeout (default 10)`;

const PASSWORD = 'bench-password-1';

interface Options {
  mode: 'quick' | 'full';
  sizes: DataSizes;
  reception: HandoffSizes & { visitors: number };
  broadcast: { households: number; smsRate: number };
  durationSec: number;
  connections: number;
  warmupSec: number;
  timeoutSec: number;
}

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions(): Options {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        owners: { type: 'string' },
        audit: { type: 'string' },
        'work-orders': { type: 'string' },
        consultants: { type: 'string' },
        'check-ins': { type: 'string' },
        visitors: { type: 'string' },
        'broadcast-households': { type: 'string' },
        'sms-rate': { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        warmup: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    usageError((err as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick === true;
  const int = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    const v = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isInteger(v) || v < min) usageError(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
    return v;
  };
  return {
    mode: quick ? 'quick' : 'full',
    sizes: {
      owners: int('owners', values.owners, quick ? 2_000 : 100_000, 0),
      audit: int('audit', values.audit, quick ? 20_000 : 1_000_000, 0),
      workOrders: int('work-orders', values['work-orders'], quick ? 20_000 : 1_000_000, 0),
    },
    reception: {
      consultants: int('consultants', values.consultants, quick ? 50 : 200, 1),
      checkIns: int('check-ins', values['check-ins'], quick ? 100 : 300, 1),
      visitors: int('visitors', values.visitors, quick ? 100 : 500, 10),
    },
    broadcast: {
      households: int('broadcast-households', values['broadcast-households'], quick ? 5_000 : 100_000, 1),
      smsRate: int('sms-rate', values['sms-rate'], 200, 1),
    },
    durationSec: int('duration', values.duration, quick ? 3 : 10, 1),
    connections: int('connections', values.connections, 10, 1),
    warmupSec: int('warmup', values.warmup, quick ? 1 : 2, 0),
    timeoutSec: int('timeout', values.timeout, 10, 1),
  };
}

function urlOf(server: FastifyInstance | App, pathAndQuery: string): string {
  const { port } = server.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}${pathAndQuery}`;
}

/** One request before measuring: a 401 or 500 under load would otherwise be timed as a fast answer. */
async function responseBytes(t: Target): Promise<number> {
  const headers = t.body === undefined ? t.headers : { ...t.headers, 'content-type': 'application/json' };
  const res = await fetch(t.url, { method: t.method ?? 'GET', headers, body: t.body });
  const body = await res.text();
  if (res.status !== (t.method === 'POST' ? 201 : 200)) throw new Error(`${t.name}: expected ${t.method === 'POST' ? 201 : 200}, got ${res.status} ${body.slice(0, 300)}`);
  return Buffer.byteLength(body);
}

async function main() {
  const opts = parseOptions();
  const startedAt = new Date().toISOString();
  const databaseUrl = process.env.DATABASE_URL || null;
  const t0 = performance.now();

  console.log(`Preparing a ${databaseUrl ? 'PostgreSQL' : 'SQLite'} bench database (migrations + demo seed)…`);
  const handle: BenchDb = await openBenchDb(databaseUrl);
  let app: App | null = null;
  let bare: FastifyInstance | null = null;
  const cleanup = async () => {
    await app?.close();
    await bare?.close();
    await handle.drop();
  };
  // Ctrl-C stops at the next chunk or run, then the code below removes the bench data; a Ctrl-C
  // pressed again later exits at once. One press can arrive twice (the terminal's process group and
  // run.ts forwarding it), hence the grace second.
  const abort = new AbortController();
  let firstSignalAt = 0;
  const onSignal = () => {
    if (!abort.signal.aborted) {
      firstSignalAt = Date.now();
      console.log('\nInterrupted; stopping and removing the bench data…');
      abort.abort(new Error('interrupted'));
    } else if (Date.now() - firstSignalAt > 1000) {
      console.log(`\nForced exit; the bench data may remain: ${handle.location}`);
      process.exit(130);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const demo = await seedDemo(handle.db, PASSWORD);
    if (!demo) throw new Error('the bench database was not empty');
    const migrateAndSeedSeconds = Number(((performance.now() - t0) / 1000).toFixed(2));
    console.log(`  ${handle.location}: migrated and seeded in ${migrateAndSeedSeconds} s`);

    console.log(`Generating ${opts.sizes.owners.toLocaleString('en-US')} owners, ${opts.sizes.audit.toLocaleString('en-US')} audit rows and ${opts.sizes.workOrders.toLocaleString('en-US')} work orders…`);
    const tGen = performance.now();
    const { audience, ...generated } = await withBulkLoadSettings(handle, async () => {
      const data = await generateData(handle.db, handle.dialect, demo, opts.sizes, abort.signal);
      const t = performance.now();
      data.rows.workOrders = await generateWorkOrders(handle.db, handle.dialect, demo, opts.sizes.workOrders, abort.signal);
      data.seconds.work_orders = Number(((performance.now() - t) / 1000).toFixed(2));
      console.log(`  broadcast audience: ${opts.broadcast.households.toLocaleString('en-US')} households…`);
      const audience = await generateBroadcastAudience(handle.db, handle.dialect, demo, opts.broadcast.households, abort.signal);
      data.seconds.broadcast_audience = audience.seconds;
      return { ...data, audience };
    });
    await analyze(handle);
    const generationSeconds = Number(((performance.now() - tGen) / 1000).toFixed(2));
    const databaseBytes = await dataSizeBytes(handle);
    console.log(`  generated in ${generationSeconds} s; database ${(databaseBytes / 2 ** 20).toFixed(0)} MiB`);

    const config = { ...loadConfig({ DATA_DIR: handle.dataDir, GUANJIA_WORKER: 'off' }), webDist: null };
    const ctx: AppContext = { db: handle.db, dialect: handle.dialect, config, notifier: new Notifier() };
    app = await buildApp(ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    // The yardstick: an empty Fastify route in the same process, so both share the machine's state.
    bare = Fastify({ logger: false });
    bare.get('/bare', async () => ({ status: 'ok' }));
    await bare.listen({ host: '127.0.0.1', port: 0 });

    const baseUrl = urlOf(app, '');
    const butler = await logIn(baseUrl, 'butler', PASSWORD);
    const admin = await logIn(baseUrl, 'admin', PASSWORD);

    // Before the other runs, while the jobs table holds only the seed's: the broadcast brings its own worker.
    console.log(`Broadcast to ${opts.broadcast.households.toLocaleString('en-US')} households: SMS at ${opts.broadcast.smsRate}/s to a loopback provider…`);
    const broadcast = await runBroadcastBench({
      handle,
      notifier: ctx.notifier,
      baseUrl,
      cookie: butler,
      audience,
      ratePerSecond: opts.broadcast.smsRate,
      baselineSeconds: opts.mode === 'quick' ? 3 : 5,
      deliverySeconds: 10,
      signal: abort.signal,
    });
    for (const line of broadcastLines(broadcast)) console.log(line);
    await waitUntilIdle(handle);

    // Sales-site reception: a board with a full day of visitors at project 2's sales center, and
    // project 1's consultants and appointments for the hand-off runs after the endpoint table.
    const { visitors, ...handoffSizes } = opts.reception;
    const board = await generateBoardDay(handle.db, demo, { baseUrl, password: PASSWORD, visitors, signal: abort.signal });
    console.log(`  ${boardDayLine(board.report)}`);
    console.log(`  hand-off: ${handoffSizes.consultants} consultants, ${handoffSizes.checkIns} check-ins per phase…`);
    const handoffPlan = await prepareHandoff(handle.db, demo, { baseUrl, password: PASSWORD, deskCookie: butler, sizes: handoffSizes, signal: abort.signal });
    console.log(`  prepared in ${handoffPlan.setupSeconds} s`);
    const targets: (Target & { as: string | null })[] = [
      { name: 'GET /api/health', as: null, url: urlOf(app, '/api/health') },
      { name: 'GET /api/me', as: 'butler', url: urlOf(app, '/api/me'), headers: { cookie: butler } },
      { name: 'GET /api/audit?page=1&pageSize=20', as: 'admin', url: urlOf(app, '/api/audit?page=1&pageSize=20'), headers: { cookie: admin } },
      {
        name: 'GET /api/audit?entityType=owner&page=50',
        as: 'admin',
        url: urlOf(app, '/api/audit?entityType=owner&page=50&pageSize=20'),
        headers: { cookie: admin },
      },
      ...(await workOrderTargets(handle.db, demo, (path) => urlOf(app!, path), butler)),
      board.target,
    ];
    const bareTarget: Target = { name: 'GET /bare', url: urlOf(bare, '/bare') };
    await responseBytes(bareTarget);

    const base = { dialect: handle.dialect, database: handle.serverVersion, mode: opts.mode, sizes: opts.sizes, machine: machineInfo() };
    const load = {
      connections: opts.connections,
      durationSec: opts.durationSec,
      warmupSec: opts.warmupSec,
      timeoutSec: opts.timeoutSec,
      tool: 'autocannon 8 (child process)',
    };
    printHeader({ ...base, load, reception: opts.reception });
    // Rules the server calls in process, measured before the HTTP runs while the machine is quiet.
    const inProcess = [measureEarliestServiceDate(await getWorkingCalendar(handle.db))];
    for (const r of inProcess) console.log(inProcessLine(r));
    console.log('');
    console.log(tableHeader());
    const endpoints: EndpointReport[] = [];
    for (const t of targets) {
      const bytes = await responseBytes(t);
      const loadAverage1m = Number(os.loadavg()[0].toFixed(2));
      abort.signal.throwIfAborted();
      const pair = await measurePair(t, bareTarget, { ...opts, signal: abort.signal, settle: () => waitUntilIdle(handle) });
      const problems = problemsOf(pair.endpoint) ?? problemsOf(pair.bare);
      const goal = t.goal ?? null;
      const row: EndpointReport = { name: t.name, as: t.as, responseBytes: bytes, loadAverage1m, problems, goal, meetsGoal: meetsGoal(t.goal, pair), ...pair };
      endpoints.push(row);
      console.log(tableRow(row));
    }

    // After the table, so 200 open streams do not weigh on the other endpoints.
    abort.signal.throwIfAborted();
    await waitUntilIdle(handle);
    const handoff = await runHandoff(handoffPlan, abort.signal);
    console.log(`\n${handoffHeader(handoffPlan, handoff[0]?.streamsConnectSeconds ?? 0)}`);
    for (const h of handoff) console.log(handoffLine(h));

    const report: BenchReport = {
      ...base,
      startedAt,
      sizes: { ...opts.sizes, householdsGenerated: generated.rows.households, databaseBytes },
      load,
      generation: { ...generated, totalSeconds: generationSeconds, migrateAndSeedSeconds },
      endpoints,
      inProcess,
      broadcast,
      reception: {
        board: board.report,
        handoff: { consultants: handoffPlan.consultants, rosterSize: handoffPlan.rosterSize, setupSeconds: handoffPlan.setupSeconds, phases: handoff },
      },
    };
    printSummary(report);
    console.log(`\nWrote ${writeReport(report)}`);
  } catch (err) {
    if (abort.signal.aborted) {
      await cleanup();
      console.log('Bench data removed.');
      process.exit(130);
    }
    throw err;
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
