import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Db } from '../apps/server/src/platform/db/database.js';
import type { DemoIds } from '../apps/server/src/demo/seed-demo.js';
import type { HandoffClientConfig, HandoffClientResult, HandoffPhase, HandoffSample, PlannedCheckIn } from './handoff-client.js';
import { Api, mapLimit } from './http-client.js';
import { bookForToday, createConsultants, MAX_ROSTER, putOnDuty, salesCenterOf, timeOfDay, visitorName } from './reception-setup.js';

/** The required target: a visitor checked in reaches the consultant's phone within 200 ms (p99). */
export const HANDOFF_GOAL_P99_MS = 200;
/** One desk checking visitors in one after another, then four desks at once. */
const PHASES = [
  { name: 'one desk', concurrency: 1 },
  { name: '4 desks at once', concurrency: 4 },
] as const;
const CLIENT = fileURLToPath(new URL('./handoff-client.ts', import.meta.url));

export interface HandoffSizes {
  /** Consultants with their notification stream open. */
  consultants: number;
  /** Check-ins per phase. */
  checkIns: number;
}

export interface HandoffPlan {
  config: HandoffClientConfig;
  consultants: number;
  rosterSize: number;
  setupSeconds: number;
}

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface HandoffReport {
  name: string;
  concurrency: number;
  consultantsConnected: number;
  rosterSize: number;
  checkIns: number;
  appointments: number;
  walkIns: number;
  /** Check-ins whose notification was timed (all of them unless something below is non-zero). */
  timed: number;
  missed: number;
  /** Check-in sent → arrival of notifications that came after the 10-second timeout (counted as missed). */
  lateArrivalsMs: number[];
  missedSamples: string[];
  misdelivered: number;
  errors: number;
  errorSamples: string[];
  /** Check-in sent → the assigned consultant's stream delivers the `notification` event, in ms. */
  latencyMs: Stats;
  byKind: Record<'appointment' | 'walkIn', Stats>;
  /** Check-in sent → its 201 response read, in ms. */
  responseMs: Stats;
  /** Share of hand-offs whose notification arrived before the check-in response. */
  notifiedBeforeResponse: number;
  wallSeconds: number;
  streamsConnectSeconds: number;
  streamsLost: number;
  loadAverage1m: number;
  goal: { maxP99Ms: number };
  meetsGoal: boolean;
}

/**
 * Project 1's sales center with `consultants` generated consultants (the first 100, the roster's
 * limit, on today's duty roster), and the check-ins of each phase: every third an appointment booked
 * beforehand for a named consultant (spread over all of them, on the roster or not), the others
 * walk-ins handed out by the rotation.
 */
export async function prepareHandoff(
  db: Db,
  demo: DemoIds,
  opts: { baseUrl: string; password: string; deskCookie: string; sizes: HandoffSizes; tag?: string; signal?: AbortSignal },
): Promise<HandoffPlan> {
  const t0 = performance.now();
  const projectId = demo.projectIds[0];
  const center = await salesCenterOf(db, projectId);
  const consultants = await createConsultants(db, demo, { ...opts, projectId, count: opts.sizes.consultants, tag: opts.tag ?? 'h' });
  const desk = new Api(opts.baseUrl, opts.deskCookie);
  const roster = consultants.slice(0, MAX_ROSTER);
  await putOnDuty(desk, center.id, roster.map((c) => c.id));

  let k = 0;
  let booked = 0;
  const phases: HandoffPhase[] = [];
  for (const phase of PHASES) {
    const checkIns: (PlannedCheckIn | { visitorName: string; consultantId: string; time: string })[] = [];
    for (let i = 0; i < opts.sizes.checkIns; i++, k++) {
      const name = visitorName((opts.tag ?? 'h').toUpperCase(), k);
      if (i % 3 === 2) checkIns.push({ visitorName: name, consultantId: consultants[booked++ % consultants.length]!.id, time: timeOfDay(i, opts.sizes.checkIns) });
      else checkIns.push({ visitorName: name, body: { type: 'walkIn', salesCenterId: center.id, visitorName: name, partySize: 1 + (k % 3), consentRecorded: false } });
    }
    const planned = await mapLimit(
      checkIns,
      4,
      async (c): Promise<PlannedCheckIn> => {
        if ('body' in c) return c;
        const appointmentId = await bookForToday(desk, { salesCenterId: center.id, consultantId: c.consultantId, visitorName: c.visitorName, time: c.time });
        return { visitorName: c.visitorName, body: { type: 'appointment', appointmentId, consentRecorded: true } };
      },
      opts.signal,
    );
    phases.push({ name: phase.name, concurrency: phase.concurrency, checkIns: planned });
  }
  return {
    config: { baseUrl: opts.baseUrl, deskCookie: opts.deskCookie, consultants: consultants.map((c) => ({ id: c.id, cookie: c.cookie })), phases, timeoutMs: 10_000 },
    consultants: consultants.length,
    rosterSize: roster.length,
    setupSeconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
  };
}

/**
 * Runs the consultants' phones and the desk in a child process (handoff-client.ts): the server
 * keeps this process to itself, as it does under autocannon.
 */
export function runHandoff(plan: HandoffPlan, signal?: AbortSignal): Promise<HandoffReport[]> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), CLIENT], { stdio: ['pipe', 'pipe', 'inherit'], signal });
  child.stdin.end(JSON.stringify(plan.config));
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (out += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the hand-off client exited ${code}`));
      const result = JSON.parse(out.trim().split('\n').pop() ?? '') as HandoffClientResult;
      resolve(result.phases.map((p) => toReport(plan, result, p)));
    });
  });
}

function toReport(plan: HandoffPlan, result: HandoffClientResult, p: HandoffClientResult['phases'][number]): HandoffReport {
  const planned = plan.config.phases.find((x) => x.name === p.name)!.checkIns;
  const appointments = planned.filter((c) => c.body.type === 'appointment').length;
  const of = (list: HandoffSample[], key: 'latencyMs' | 'responseMs') => stats(list.map((s) => s[key]));
  const latencyMs = of(p.samples, 'latencyMs');
  const complete = p.missed === 0 && p.misdelivered === 0 && p.errors === 0;
  return {
    name: p.name,
    concurrency: p.concurrency,
    consultantsConnected: result.streams,
    rosterSize: plan.rosterSize,
    checkIns: planned.length,
    appointments,
    walkIns: planned.length - appointments,
    timed: p.samples.length,
    missed: p.missed,
    lateArrivalsMs: p.lateArrivalsMs.map((x) => Number(x.toFixed(1))),
    missedSamples: p.missedSamples,
    misdelivered: p.misdelivered,
    errors: p.errors,
    errorSamples: p.errorSamples,
    latencyMs,
    byKind: {
      appointment: of(p.samples.filter((s) => s.type === 'appointment'), 'latencyMs'),
      walkIn: of(p.samples.filter((s) => s.type !== 'appointment'), 'latencyMs'),
    },
    responseMs: of(p.samples, 'responseMs'),
    notifiedBeforeResponse: Number((p.samples.filter((s) => s.latencyMs < s.responseMs).length / Math.max(1, p.samples.length)).toFixed(3)),
    wallSeconds: Number((p.wallMs / 1000).toFixed(2)),
    streamsConnectSeconds: Number((result.connectMs / 1000).toFixed(2)),
    streamsLost: result.streamsLost,
    loadAverage1m: p.loadAverage1m,
    goal: { maxP99Ms: HANDOFF_GOAL_P99_MS },
    meetsGoal: complete && p.samples.length > 0 && latencyMs.p99 < HANDOFF_GOAL_P99_MS,
  };
}

/** Nearest-rank percentiles, in ms to 0.1. */
function stats(values: number[]): Stats {
  if (!values.length) return { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  const r = (x: number) => Number(x.toFixed(1));
  return { p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(sorted[sorted.length - 1]!), mean: r(values.reduce((a, b) => a + b, 0) / values.length) };
}

export function handoffHeader(plan: Pick<HandoffPlan, 'consultants' | 'rosterSize'>, streamsConnectSeconds: number): string {
  return `Hand-off: check-in → the consultant's \`notification\` event over SSE, ${plan.consultants} consultants connected (${plan.rosterSize} on today's roster; streams open in ${streamsConnectSeconds} s)`;
}

export function handoffLine(r: HandoffReport): string {
  const l = r.latencyMs;
  const late = r.lateArrivalsMs.length ? ` (${r.lateArrivalsMs.length} arrived later: ${r.lateArrivalsMs.map((x) => `${Math.round(x)} ms`).join(', ')})` : '';
  const problems = [r.missed && `${r.missed} missed${late}`, r.misdelivered && `${r.misdelivered} misdelivered`, r.errors && `${r.errors} failed requests`].filter(Boolean).join(', ');
  return (
    `  ${r.name.padEnd(16)} ${r.checkIns} check-ins (${r.appointments} appointments, ${r.walkIns} walk-ins by rotation): ` +
    `p50 ${l.p50} ms, p95 ${l.p95}, p99 ${l.p99}, max ${l.max}; appointments p99 ${r.byKind.appointment.p99}, walk-ins p99 ${r.byKind.walkIn.p99}; ` +
    `check-in response p50 ${r.responseMs.p50} / p99 ${r.responseMs.p99}; ${problems || 'none missed'}; load ${r.loadAverage1m.toFixed(1)}` +
    ` — goal p99 < ${r.goal.maxP99Ms} ms ${r.meetsGoal ? 'met' : 'NOT met'}`
  );
}
