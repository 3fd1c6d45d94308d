import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dialect } from '../apps/server/src/platform/db/database.js';
import type { DataSizes, GeneratedData } from './generate-data.js';
import type { Goal, PairResult } from './measure.js';
import { inProcessLine, type InProcessReport } from './in-process.js';
import { boardDayLine, type BoardDayReport } from './board-day.js';
import { handoffHeader, handoffLine, type HandoffReport } from './reception-targets.js';
import { broadcastLines, type BroadcastReport } from './broadcast-targets.js';

export interface EndpointReport extends PairResult {
  name: string;
  /** Who called it (demo username) or null for anonymous. */
  as: string | null;
  /** Size of one response body, to show what the numbers pay for. */
  responseBytes: number;
  /** 1-minute load average when this pair started: other work on the machine skews both sides. */
  loadAverage1m: number;
  /** Timeouts, errors or non-2xx answers in either run; timed-out requests are missing from p50/p99. */
  problems: string | null;
  goal: Goal | null;
  /** Whether both parts of the goal held in this run; null when the endpoint has none. */
  meetsGoal: boolean | null;
}

export interface BenchReport {
  startedAt: string;
  dialect: Dialect;
  database: string;
  mode: 'quick' | 'full';
  sizes: DataSizes & { householdsGenerated: number; databaseBytes: number };
  load: { connections: number; durationSec: number; warmupSec: number; timeoutSec: number; tool: string };
  machine: { os: string; cpuModel: string; cpuCount: number; totalMemoryBytes: number; node: string; loadAverageAtStart: number[] };
  generation: GeneratedData & { totalSeconds: number; migrateAndSeedSeconds: number };
  endpoints: EndpointReport[];
  /** Calls per second of rules run inside the server process (no HTTP). */
  inProcess: InProcessReport[];
  /** A broadcast to N households: POST → queued, the server's latency meanwhile, SMS delivery against the rate limit. */
  broadcast: BroadcastReport;
  /** The sales-site reception board with a full day of visitors, and check-in → consultant notification latency. */
  reception: {
    board: BoardDayReport;
    handoff: { consultants: number; rosterSize: number; setupSeconds: number; phases: HandoffReport[] };
  };
}

export function machineInfo(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

const n = (x: number) => x.toLocaleString('en-US');
/** Whole requests per second, but a decimal below 100 so a slow endpoint does not show as 0. */
const rps = (x: number) => (x < 100 ? x.toFixed(1) : n(Math.round(x)));

export function printHeader(
  r: Pick<BenchReport, 'dialect' | 'database' | 'mode' | 'load' | 'machine'> & { sizes: DataSizes; reception?: { consultants: number; checkIns: number; visitors: number } },
): void {
  console.log(`\nGuanjia bench (${r.mode}) — ${r.dialect} (${r.database})`);
  console.log(`  data: ${n(r.sizes.owners)} owners, ${n(r.sizes.audit)} audit rows, ${n(r.sizes.workOrders)} work orders (plus the demo seed)`);
  if (r.reception) {
    const { consultants, checkIns, visitors } = r.reception;
    console.log(`  reception: board with ${n(visitors)} visitors today; hand-off with ${n(consultants)} consultants connected, ${n(checkIns)} check-ins per phase`);
  }
  console.log(`  load: autocannon, ${r.load.connections} connections, ${r.load.durationSec} s per run after ${r.load.warmupSec} s warm-up, timeout ${r.load.timeoutSec} s, 127.0.0.1`);
  console.log(`  machine: ${r.machine.cpuCount} × ${r.machine.cpuModel}, ${(r.machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${r.machine.node}`);
  const [load1] = r.machine.loadAverageAtStart;
  if (load1 > r.machine.cpuCount * 0.5) {
    console.log(`  WARNING: load average ${load1} on ${r.machine.cpuCount} CPUs — other processes are busy; numbers will be noisy.`);
  }
  console.log('');
}

const COLS = [
  ['endpoint', 44],
  ['req/s', 9],
  ['p50 ms', 7],
  ['p99 ms', 7],
  ['bare req/s', 11],
  ['bare p99', 9],
  ['req/s ratio', 12],
  ['p99 ratio', 10],
  ['cpu ms/req', 11],
  ['bare cpu', 9],
  ['load', 6],
] as const;

function line(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(COLS[i][1]) : c.padStart(COLS[i][1]))).join(' ');
}

export function tableHeader(): string {
  return line(COLS.map((c) => c[0]));
}

export function tableRow(e: EndpointReport): string {
  return line([
    e.problems ? `${e.name} *` : e.name,
    rps(e.endpoint.requestsPerSec),
    String(e.endpoint.p50Ms),
    String(e.endpoint.p99Ms),
    rps(e.bare.requestsPerSec),
    String(e.bare.p99Ms),
    e.rpsRatio.toFixed(3),
    e.p99Ratio.toFixed(2),
    e.endpoint.serverCpuMsPerRequest.toFixed(3),
    e.bare.serverCpuMsPerRequest.toFixed(3),
    e.loadAverage1m.toFixed(1),
  ]);
}

export function printSummary(r: BenchReport): void {
  console.log(`\nResults — ${r.dialect}, ${n(r.sizes.owners)} owners, ${n(r.sizes.audit)} audit rows, ${n(r.sizes.workOrders)} work orders, ${r.load.connections} connections × ${r.load.durationSec} s`);
  console.log(tableHeader());
  for (const e of r.endpoints) console.log(tableRow(e));
  for (const e of r.endpoints) if (e.problems) console.log(`  * ${e.name}: ${e.problems} (timeout ${r.load.timeoutSec} s); p50/p99 count only answered requests.`);
  console.log('  req/s ratio = endpoint req/s ÷ bare Fastify req/s (same run); p99 ratio = endpoint p99 ÷ bare p99 (ms, whole milliseconds);');
  console.log('  cpu ms/req = CPU time of the server process per request sent (steadier than req/s on a busy machine;');
  console.log('  PostgreSQL\'s own CPU is not in it); load = 1-minute load average when the pair started.');
  for (const p of r.inProcess) console.log(inProcessLine(p));
  for (const e of r.endpoints) {
    if (!e.goal) continue;
    const verdict = e.meetsGoal ? 'met' : 'NOT met';
    const ratio = e.goal.minRpsRatio > 0 ? `req/s ratio ${e.rpsRatio.toFixed(3)} (≥ ${e.goal.minRpsRatio}), ` : '';
    console.log(`  goal ${verdict}: ${e.name} — ${ratio}p99 ${e.endpoint.p99Ms} ms (< ${e.goal.maxP99Ms})`);
  }
  console.log('');
  for (const line of broadcastLines(r.broadcast)) console.log(line);
  const { board, handoff } = r.reception;
  console.log(`\n${boardDayLine(board)}`);
  console.log(handoffHeader(handoff, handoff.phases[0]?.streamsConnectSeconds ?? 0));
  for (const h of handoff.phases) console.log(handoffLine(h));
}

export function meetsGoal(goal: Goal | undefined, pair: PairResult): boolean | null {
  if (!goal) return null;
  return pair.rpsRatio >= goal.minRpsRatio && pair.endpoint.p99Ms < goal.maxP99Ms;
}

/** Writes bench/results/<ISO instant>-<dialect>[-quick].json and returns its path. */
export function writeReport(r: BenchReport): string {
  const dir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = r.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `${stamp}-${r.dialect}${r.mode === 'quick' ? '-quick' : ''}.json`);
  fs.writeFileSync(file, JSON.stringify(r, null, 2) + '\n');
  return file;
}
