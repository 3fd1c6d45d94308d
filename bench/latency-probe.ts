/**
 * A latency probe in its own process: every `intervalMs` it sends one request to each target without
 * waiting for earlier ones (open loop), so a stalled server shows as long latencies of every request
 * that arrived meanwhile, not as one slow sample. Its clock does not share the server's event loop.
 *
 * Protocol: one JSON line of ProbeConfig on stdin; "ready" on stdout once every target answered
 * once; on a "stop" line it waits for the requests in flight and writes one JSON line of ProbeResult.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProbeTarget {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

export interface ProbeConfig {
  targets: ProbeTarget[];
  intervalMs: number;
}

export interface LatencyStats {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Non-2xx answers and failed requests. */
  errors: number;
}

export type ProbeResult = Record<string, LatencyStats>;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function statsOf(latencies: number[], errors: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Number(x.toFixed(1));
  return { samples: sorted.length, p50Ms: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)), maxMs: round(sorted.at(-1) ?? 0), errors };
}

/** Starts the probe as a child process and resolves once it is sampling. */
export async function startProbe(config: ProbeConfig, signal?: AbortSignal): Promise<{ stop(): Promise<ProbeResult> }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), self], { stdio: ['pipe', 'pipe', 'inherit'], signal });
  child.on('error', () => {});
  const lines = createInterface({ input: child.stdout });
  const next = () => new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`latency probe exited (${code})`)));
  });
  child.stdin.write(JSON.stringify(config) + '\n');
  const ready = await next();
  if (ready !== 'ready') throw new Error(`latency probe: ${ready}`);
  return {
    async stop() {
      const result = next();
      child.stdin.end('stop\n');
      return JSON.parse(await result) as ProbeResult;
    },
  };
}

async function runChild(): Promise<void> {
  const input = createInterface({ input: process.stdin });
  const it = input[Symbol.asyncIterator]();
  const config = JSON.parse((await it.next()).value as string) as ProbeConfig;
  const latencies = new Map(config.targets.map((t) => [t.name, [] as number[]]));
  const errors = new Map(config.targets.map((t) => [t.name, 0]));
  const inflight = new Set<Promise<void>>();
  const once = (t: ProbeTarget) => {
    const t0 = performance.now();
    const p = fetch(t.url, { headers: t.headers })
      .then(async (res) => {
        await res.arrayBuffer();
        latencies.get(t.name)!.push(performance.now() - t0);
        if (res.status >= 300) errors.set(t.name, errors.get(t.name)! + 1);
      })
      .catch(() => {
        errors.set(t.name, errors.get(t.name)! + 1);
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
    return p;
  };
  // Warm connections, and fail early on a wrong URL or cookie.
  await Promise.all(config.targets.map(once));
  for (const t of config.targets) {
    latencies.get(t.name)!.length = 0;
    if (errors.get(t.name)) {
      process.stdout.write(`${t.name} failed before sampling\n`);
      process.exit(1);
    }
  }
  const timer = setInterval(() => config.targets.forEach(once), config.intervalMs);
  process.stdout.write('ready\n');
  for (;;) {
    const line = await it.next();
    if (line.done || line.value === 'stop') break;
  }
  clearInterval(timer);
  await Promise.all([...inflight]);
  const result: ProbeResult = Object.fromEntries(config.targets.map((t) => [t.name, statsOf(latencies.get(t.name)!, errors.get(t.name)!)]));
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runChild();
}
