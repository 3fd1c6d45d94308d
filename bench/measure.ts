import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

export interface LoadOptions {
  connections: number;
  durationSec: number;
  /** A request still unanswered after this long is dropped and counted as a timeout. */
  timeoutSec: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  /** JSON request body (sent with content-type application/json). */
  body?: string;
  /** Aborting kills the autocannon child. */
  signal?: AbortSignal;
}

/** One autocannon run, reduced to what the report shows. Latencies in milliseconds. */
export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /**
   * CPU time of this (server) process per request sent (answered or timed out), in ms. Unlike
   * req/s it moves little when other programs compete for the cores; PostgreSQL's own processes
   * are not in it.
   */
  serverCpuMsPerRequest: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/**
 * Drives `url` with autocannon in a child process: the load generator gets its own core and event
 * loop instead of competing with the server it measures.
 */
export function runLoad(url: string, opts: LoadOptions): Promise<LoadResult> {
  const args = [autocannonBin, '--json', '--no-progress', '-c', String(opts.connections), '-d', String(opts.durationSec), '-t', String(opts.timeoutSec)];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}=${v}`);
  if (opts.method) args.push('-m', opts.method);
  if (opts.body !== undefined) args.push('-H', 'content-type=application/json', '-b', opts.body);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: opts.signal });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err.trim()}`));
      const line = out.trim().split('\n').pop() ?? '';
      try {
        const r = JSON.parse(line) as AutocannonJson;
        resolve({
          requestsPerSec: r.requests.average,
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          meanMs: r.latency.average,
          total: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
          serverCpuMsPerRequest: 0,
        });
      } catch {
        reject(new Error(`autocannon printed no JSON: ${out.slice(0, 500)} ${err.slice(0, 500)}`));
      }
    });
  });
}

/** A required target: a share of the bare route's rate and a p99 ceiling. */
export interface Goal {
  minRpsRatio: number;
  maxP99Ms: number;
}

export interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
  goal?: Goal;
}

export interface PairResult {
  endpoint: LoadResult;
  bare: LoadResult;
  /** endpoint req/s ÷ bare req/s: 1 means as fast as an empty Fastify route. */
  rpsRatio: number;
  /** endpoint p99 ÷ bare p99: how many times slower the slowest 1 % is. */
  p99Ratio: number;
}

export interface PairOptions {
  connections: number;
  durationSec: number;
  warmupSec: number;
  timeoutSec: number;
  signal?: AbortSignal;
  /** Resolves once the server has finished work left over from a run (requests autocannon gave up on). */
  settle: () => Promise<void>;
}

/** What went wrong in a run, or null: a timed-out request is missing from the latency histogram. */
export function problemsOf(r: LoadResult): string | null {
  if (!r.non2xx && !r.errors && !r.timeouts) return null;
  return `${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts of ${r.total + r.timeouts} requests`;
}

/**
 * Measures the bare route and then the endpoint back to back, each after its own warm-up, so both
 * numbers of a ratio come from the same minute of the machine's life.
 */
export async function measurePair(target: Target, bare: Target, opts: PairOptions): Promise<PairResult> {
  const run = async (t: Target) => {
    const load = { connections: opts.connections, timeoutSec: opts.timeoutSec, headers: t.headers, method: t.method, body: t.body, signal: opts.signal };
    if (opts.warmupSec > 0) {
      await runLoad(t.url, { ...load, durationSec: opts.warmupSec });
      await opts.settle();
    }
    const cpu0 = process.cpuUsage();
    const r = await runLoad(t.url, { ...load, durationSec: opts.durationSec });
    const cpu = process.cpuUsage(cpu0);
    r.serverCpuMsPerRequest = Number(((cpu.user + cpu.system) / 1000 / Math.max(1, r.total + r.timeouts)).toFixed(3));
    await opts.settle();
    return r;
  };
  const bareResult = await run(bare);
  const endpoint = await run(target);
  return {
    endpoint,
    bare: bareResult,
    rpsRatio: round3(endpoint.requestsPerSec / bareResult.requestsPerSec),
    // autocannon records whole milliseconds, so a bare p99 of 0 means "under 1 ms": divide by 1 then.
    p99Ratio: round3(Math.max(endpoint.p99Ms, 1) / Math.max(bareResult.p99Ms, 1)),
  };
}

function round3(x: number): number {
  return Number(x.toFixed(3));
}
