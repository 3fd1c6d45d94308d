/**
 * The client side of the hand-off measurement, run as a child process of the bench (see
 * reception-targets.ts): every consultant's phone with its notification stream open, and the
 * reception desk checking visitors in. The server under test keeps its own process and event loop,
 * so parsing 200 streams and timing their events costs it nothing and cannot delay an event's
 * arrival; both ends of each measured interval are read from this process's clock.
 *
 * Reads a HandoffClientConfig as JSON on stdin, writes a HandoffClientResult as JSON on stdout.
 */
import http from 'node:http';
import os from 'node:os';

export interface PlannedCheckIn {
  /** Unique in the run: the notification is matched to its check-in by it. */
  visitorName: string;
  /** The POST /api/reception/check-in body. */
  body: Record<string, unknown>;
}

export interface HandoffPhase {
  name: string;
  /** Check-ins in flight at once (desks checking visitors in at the same moment). */
  concurrency: number;
  checkIns: PlannedCheckIn[];
}

export interface HandoffClientConfig {
  baseUrl: string;
  deskCookie: string;
  consultants: { id: string; cookie: string }[];
  phases: HandoffPhase[];
  /** A notification not delivered within this long counts as missed. */
  timeoutMs: number;
}

export interface HandoffSample {
  /** From just before the check-in request is written to the arrival of the consultant's `notification` event. */
  latencyMs: number;
  /** From the same instant to the end of the check-in response. */
  responseMs: number;
  type: string;
  assignedVia: string;
}

export interface HandoffPhaseResult {
  name: string;
  concurrency: number;
  samples: HandoffSample[];
  /** Check-ins answered 201 whose notification did not arrive within the timeout. */
  missed: number;
  /** Of those, the ones whose notification arrived later, before the end of the run: check-in sent → arrival, in ms. */
  lateArrivalsMs: number[];
  /** The missed check-ins: visitor, kind and consultant, to look for a pattern. */
  missedSamples: string[];
  /** Notifications that arrived on another consultant's stream, or named another visit. */
  misdelivered: number;
  /** Failed requests (check-in, receive, farewell), with their first few messages. */
  errors: number;
  errorSamples: string[];
  wallMs: number;
  /** 1-minute load average when the phase started. */
  loadAverage1m: number;
}

export interface HandoffClientResult {
  streams: number;
  /** From opening the first stream to every stream having sent its first event. */
  connectMs: number;
  /** Streams that closed before the end of the run. */
  streamsLost: number;
  phases: HandoffPhaseResult[];
}

interface Arrival {
  consultantId: string;
  at: number;
  link: string | null;
}

interface Pending {
  visitorName: string;
  t0: number;
  arrival: Arrival | null;
  arrived: () => void;
}

let base: URL;
/** The desk's and phones' ordinary requests: kept-alive connections, as a browser keeps them. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function call(method: string, path: string, cookie: string, body?: unknown): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: http.OutgoingHttpHeaders = { cookie };
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Check-ins waiting for their notification, by visitor name. */
const pending = new Map<string, Pending>();
/** Check-ins given up on at the timeout, with the list their late arrival goes to. */
const late = new Map<string, { t0: number; into: number[] }>();
let stray = 0;
/** When each consultant's stream last received bytes, to tell a silent stream from a slow event. */
const lastDataAt = new Map<string, number>();

function onNotification(consultantId: string, data: { kind?: string; title?: string; body?: string; link?: string | null }, at: number): void {
  if (data.kind !== 'reception.handOff') return;
  for (const p of pending.values()) {
    if (p.arrival || !(data.title ?? '').includes(p.visitorName)) continue;
    p.arrival = { consultantId, at, link: data.link ?? null };
    p.arrived();
    return;
  }
  for (const [name, l] of late) {
    if (!(data.title ?? '').includes(name)) continue;
    l.into.push(at - l.t0);
    late.delete(name);
    return;
  }
  stray++;
}

/** One consultant's `/api/notifications/stream`, parsed as Server-Sent Events. */
function openStream(consultant: { id: string; cookie: string }, onClose: () => void): { ready: Promise<void>; close: () => void } {
  let req: http.ClientRequest;
  let closing = false;
  const ready = new Promise<void>((resolve, reject) => {
    req = http.get({ host: base.hostname, port: base.port, path: '/api/notifications/stream', agent: false, headers: { cookie: consultant.cookie, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream of ${consultant.id}: ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        // The arrival instant of every event in this chunk: read before any parsing.
        const at = performance.now();
        lastDataAt.set(consultant.id, at);
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).trimStart();
          }
          // The stream opens with `unread`: from then on it receives live notifications.
          if (event === 'unread') resolve();
          else if (event === 'notification') onNotification(consultant.id, JSON.parse(data) as Parameters<typeof onNotification>[1], at);
        }
      });
      res.on('close', () => {
        if (!closing) onClose();
      });
    });
    req.on('error', (err) => {
      if (!closing) reject(err);
    });
  });
  return {
    ready,
    close: () => {
      closing = true;
      req.destroy();
    },
  };
}

async function runPhase(config: HandoffClientConfig, phase: HandoffPhase, cookieOf: Map<string, string>): Promise<HandoffPhaseResult> {
  const loadAverage1m = Number(os.loadavg()[0].toFixed(2));
  const result: Omit<HandoffPhaseResult, 'wallMs' | 'loadAverage1m'> = {
    name: phase.name,
    concurrency: phase.concurrency,
    samples: [],
    missed: 0,
    lateArrivalsMs: [],
    missedSamples: [],
    misdelivered: 0,
    errors: 0,
    errorSamples: [],
  };
  const fail = (what: string) => {
    result.errors++;
    if (result.errorSamples.length < 5) result.errorSamples.push(what.slice(0, 300));
  };
  const one = async (planned: PlannedCheckIn) => {
    let arrived!: () => void;
    const notified = new Promise<void>((resolve) => (arrived = resolve));
    const p: Pending = { visitorName: planned.visitorName, t0: 0, arrival: null, arrived };
    pending.set(planned.visitorName, p);
    const t0 = (p.t0 = performance.now());
    const res = await call('POST', '/api/reception/check-in', config.deskCookie, planned.body);
    const responseMs = performance.now() - t0;
    if (res.status !== 201) {
      pending.delete(planned.visitorName);
      return fail(`check-in ${res.status}: ${res.text}`);
    }
    const visit = JSON.parse(res.text) as { id: string; type: string; assignedVia: string; consultant: { id: string } };
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([notified, new Promise<void>((resolve) => (timer = setTimeout(resolve, config.timeoutMs)))]);
    clearTimeout(timer);
    pending.delete(planned.visitorName);
    if (!p.arrival) {
      result.missed++;
      late.set(planned.visitorName, { t0, into: result.lateArrivalsMs });
      const silentMs = Math.round(performance.now() - (lastDataAt.get(visit.consultant.id) ?? 0));
      if (result.missedSamples.length < 5) {
        result.missedSamples.push(`${planned.visitorName} ${visit.type} via ${visit.assignedVia} → ${visit.consultant.id} (visit ${visit.id}); the stream's last data ${silentMs} ms before the timeout ended`);
      }
    }
    else if (p.arrival.consultantId !== visit.consultant.id || !p.arrival.link?.includes(visit.id)) result.misdelivered++;
    else result.samples.push({ latencyMs: p.arrival.at - t0, responseMs, type: visit.type, assignedVia: visit.assignedVia });
    // The consultant comes out (from their phone) and the desk sees the visitor off: free for the next turn.
    const received = await call('POST', `/api/reception/visits/${visit.id}/receive`, cookieOf.get(visit.consultant.id) ?? config.deskCookie, {});
    if (received.status !== 200) return fail(`receive ${received.status}: ${received.text}`);
    const farewell = await call('POST', `/api/reception/visits/${visit.id}/farewell`, config.deskCookie, { closingQuestionAsked: true });
    if (farewell.status !== 200) fail(`farewell ${farewell.status}: ${farewell.text}`);
  };
  const started = performance.now();
  let next = 0;
  const desk = async () => {
    while (next < phase.checkIns.length) await one(phase.checkIns[next++]!);
  };
  await Promise.all(Array.from({ length: phase.concurrency }, desk));
  return { ...result, wallMs: performance.now() - started, loadAverage1m };
}

async function main(): Promise<void> {
  // Decoded as one stream: a character split across two chunks would otherwise turn into two bad ones.
  process.stdin.setEncoding('utf8');
  let input = '';
  for await (const chunk of process.stdin) input += chunk as string;
  const config = JSON.parse(input) as HandoffClientConfig;
  base = new URL(config.baseUrl);
  const cookieOf = new Map(config.consultants.map((c) => [c.id, c.cookie]));
  let streamsLost = 0;
  const t0 = performance.now();
  const streams = config.consultants.map((c) => openStream(c, () => streamsLost++));
  await Promise.all(streams.map((s) => s.ready));
  const connectMs = performance.now() - t0;
  console.error(`  ${streams.length} notification streams open in ${(connectMs / 1000).toFixed(2)} s`);
  const phases: HandoffPhaseResult[] = [];
  for (const phase of config.phases) {
    const r = await runPhase(config, phase, cookieOf);
    console.error(`  ${phase.name}: ${r.samples.length} hand-offs timed in ${(r.wallMs / 1000).toFixed(1)} s`);
    phases.push(r);
  }
  // Give notifications of check-ins that timed out a last chance to show how late they were.
  if (late.size) await new Promise((resolve) => setTimeout(resolve, config.timeoutMs));
  for (const s of streams) s.close();
  agent.destroy();
  if (stray) console.error(`  ${stray} hand-off notifications matched no check-in`);
  const result: HandoffClientResult = { streams: streams.length, connectMs, streamsLost, phases };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
