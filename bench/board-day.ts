import { businessDate } from '@guanjia/domain';
import type { Db } from '../apps/server/src/platform/db/database.js';
import type { DemoIds } from '../apps/server/src/demo/seed-demo.js';
import { getReceptionSettings } from '../apps/server/src/modules/reception/get-reception-settings.js';
import { raiseHandoffAlert } from '../apps/server/src/modules/reception/raise-handoff-alert.js';
import { Api, ApiError, logIn, mapLimit } from './http-client.js';
import type { Target } from './measure.js';
import { bookForToday, createConsultants, putOnDuty, salesCenterOf, timeOfDay, visitorName, type Consultant } from './reception-setup.js';

/** The bench's own line for the board (no requirement sets one): p99 under 200 ms at the bench's usual load. */
export const BOARD_GOAL_P99_MS = 200;
/** Consultants on duty at the board's sales center: a busy open day. */
const BOARD_CONSULTANTS = 20;
/** Board reads after the first one, one at a time, for a single-request time without load. */
const SEQUENTIAL_READS = 20;

/** How a day of `visitors` ends up when the board is read (shares of the day's visitors). */
const FINAL_SHARES = { departed: 0.6, expected: 0.1, received: 0.16 } as const;

export interface BoardDayReport {
  visitors: number;
  consultantsOnDuty: number;
  /** Visits of the sales center today by status and by type, as stored when the board was measured. */
  statuses: Record<string, number>;
  types: Record<string, number>;
  openAlerts: number;
  /** Everything was created through the HTTP API (check-ins, receptions, steps, farewells), except the alerts (the job's use case, called directly). */
  generation: { seconds: number; requests: number };
  /** The first board read after the day was generated: includes the code paths' first run. */
  firstRequestMs: number;
  sequential: { requests: number; medianMs: number; maxMs: number };
  responseBytes: number;
}

type CheckInKind = 'appointment' | 'walkIn' | 'viewingGroup' | 'vip';

/** Every 3rd visitor had booked, every 10th came with a viewing group, every 25th is a VIP; the rest walked in. */
function kindOf(i: number): CheckInKind {
  if (i % 25 === 24) return 'vip';
  if (i % 10 === 9) return 'viewingGroup';
  if (i % 3 === 2) return 'appointment';
  return 'walkIn';
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`GET board: ${res.status} ${body.slice(0, 300)}`);
  return { ms, bytes: Buffer.byteLength(body) };
}

/**
 * Fills today at project 2's sales center with `visitors` visitors through the API, as the desk
 * (butler2) and the consultants' phones would: appointments booked and checked in, walk-ins by the
 * rotation, viewing groups and VIPs; most received, toured and seen off, some still waiting (half of
 * those with the one-minute alert raised), some appointments still to come. Then reads the board
 * once cold and a few times in a row, and returns it as a load target.
 */
export async function generateBoardDay(
  db: Db,
  demo: DemoIds,
  opts: { baseUrl: string; password: string; visitors: number; signal?: AbortSignal },
): Promise<{ target: Target & { as: string }; report: BoardDayReport }> {
  const t0 = performance.now();
  let requests = 0;
  const projectId = demo.projectIds[1];
  const center = await salesCenterOf(db, projectId);
  const desk = new Api(opts.baseUrl, await logIn(opts.baseUrl, 'butler2', opts.password));
  const consultants = await createConsultants(db, demo, { ...opts, projectId, count: BOARD_CONSULTANTS, tag: 'b' });
  const cookieOf = new Map(consultants.map((c) => [c.id, c.cookie]));
  await putOnDuty(desk, center.id, consultants.map((c) => c.id));
  requests += 2 + consultants.length;
  const call = async <T>(api: Api, path: string, body: unknown) => {
    requests++;
    return api.post<T>(path, body);
  };
  const named = (i: number): Consultant => consultants[i % consultants.length]!;

  const n = opts.visitors;
  const departed = Math.round(n * FINAL_SHARES.departed);
  const expected = Math.round(n * FINAL_SHARES.expected);
  const received = Math.round(n * FINAL_SHARES.received);
  type Visit = { id: string; consultant: { id: string }; notifiedAt: string | null };

  /** Checks visitor `i` in; a walk-in or viewing group goes to the rotation, or to a named consultant once all are busy. */
  const checkIn = async (i: number): Promise<Visit> => {
    const name = visitorName('B', i);
    const kind = kindOf(i);
    if (kind === 'appointment') {
      const appointmentId = await bookForToday(desk, { salesCenterId: center.id, consultantId: named(i).id, visitorName: name, time: timeOfDay(i, n), partySize: 2 });
      requests++;
      return call<Visit>(desk, '/api/reception/check-in', { type: 'appointment', appointmentId, consentRecorded: false });
    }
    const base = { type: kind, salesCenterId: center.id, visitorName: name, consentRecorded: false };
    const body =
      kind === 'vip'
        ? { ...base, consultantId: named(i).id, partySize: 3, vipChecklist: { items: { vipAreaReserved: true, showFlatPrepared: true }, greeterName: '销售经理' } }
        : kind === 'viewingGroup'
          ? { ...base, partySize: 4 + (i % 9), shuttleBus: true }
          : { ...base, partySize: 1 + (i % 3) };
    try {
      return await call<Visit>(desk, '/api/reception/check-in', body);
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'NO_CONSULTANT_AVAILABLE') throw err;
      return call<Visit>(desk, '/api/reception/check-in', { ...body, consultantId: named(i).id });
    }
  };
  /** The consultant comes out (from their phone); the desk records the card and the drink. */
  const receive = async (v: Visit) => {
    await call(new Api(opts.baseUrl, cookieOf.get(v.consultant.id)!), `/api/reception/visits/${v.id}/receive`, {});
    for (const step of ['businessCard', 'waterBarDrink']) await call(desk, `/api/reception/visits/${v.id}/steps`, { step, outcome: 'done' });
  };

  console.log(`  board day: ${n} visitors at project 2's sales center through the API…`);
  // Seen off first, so the rotation finds free consultants; four at a time, as a busy desk works.
  await mapLimit(
    Array.from({ length: departed }, (_, i) => i),
    4,
    async (i) => {
      const v = await checkIn(i);
      await receive(v);
      await call(desk, `/api/reception/visits/${v.id}/farewell`, { closingQuestionAsked: i % 7 !== 0 });
    },
    opts.signal,
  );
  await mapLimit(
    Array.from({ length: expected }, (_, k) => departed + k),
    4,
    async (i) => {
      await bookForToday(desk, { salesCenterId: center.id, consultantId: named(i).id, visitorName: visitorName('B', i), time: timeOfDay(i, n), type: i % 5 === 0 ? 'vip' : 'appointment' });
      requests++;
    },
    opts.signal,
  );
  // Still on site: received ones first, then the ones still waiting for their consultant.
  const onSite = await mapLimit(
    Array.from({ length: n - departed - expected }, (_, k) => departed + expected + k),
    4,
    async (i, k) => {
      const v = await checkIn(i);
      if (k < received) await receive(v);
      return v;
    },
    opts.signal,
  );
  // Half of the waiting visitors have waited past the threshold: the delayed job's use case raises their alert.
  const { alertThresholdSeconds } = await getReceptionSettings(db, center.id);
  for (const v of onSite.slice(received).filter((_, k) => k % 2 === 0)) {
    await raiseHandoffAlert(db, { visitId: v.id, notifiedAt: v.notifiedAt! }, new Date(Date.parse(v.notifiedAt!) + (alertThresholdSeconds + 1) * 1000));
  }
  const generationSeconds = Number(((performance.now() - t0) / 1000).toFixed(2));

  const today = businessDate(new Date());
  const count = async (column: 'status' | 'type') => {
    const rows = await db
      .selectFrom('reception_visits')
      .select((eb) => [column, eb.fn.countAll<number>().as('n')])
      .where('sales_center_id', '=', center.id)
      .where('visit_date', '=', today)
      .groupBy(column)
      .execute();
    return Object.fromEntries(rows.map((r) => [r[column], Number(r.n)]));
  };
  const alerts = await db.selectFrom('reception_handoff_alerts').select((eb) => eb.fn.countAll<number>().as('n')).where('sales_center_id', '=', center.id).where('handled_at', 'is', null).executeTakeFirstOrThrow();

  const path = `/api/reception/board?salesCenterId=${center.id}`;
  const url = `${opts.baseUrl}${path}`;
  const first = await timedGet(url, desk.cookie);
  const times: number[] = [];
  for (let k = 0; k < SEQUENTIAL_READS; k++) times.push((await timedGet(url, desk.cookie)).ms);
  times.sort((a, b) => a - b);
  const round1 = (x: number) => Number(x.toFixed(1));
  const report: BoardDayReport = {
    visitors: n,
    consultantsOnDuty: consultants.length,
    statuses: await count('status'),
    types: await count('type'),
    openAlerts: Number(alerts.n),
    generation: { seconds: generationSeconds, requests },
    firstRequestMs: round1(first.ms),
    sequential: { requests: SEQUENTIAL_READS, medianMs: round1(times[Math.floor(times.length / 2)]!), maxMs: round1(times[times.length - 1]!) },
    responseBytes: first.bytes,
  };
  const target = {
    name: `GET /api/reception/board (${n} visitors)`,
    as: 'butler2',
    url,
    headers: { cookie: desk.cookie },
    goal: { minRpsRatio: 0, maxP99Ms: BOARD_GOAL_P99_MS },
  };
  return { target, report };
}

export function boardDayLine(r: BoardDayReport): string {
  const statuses = Object.entries(r.statuses)
    .map(([s, k]) => `${k} ${s}`)
    .join(', ');
  return (
    `Board with ${r.visitors} visitors today (${statuses}; ${r.openAlerts} open alerts; ${r.consultantsOnDuty} consultants on duty): ` +
    `first read ${r.firstRequestMs} ms, then ${r.sequential.medianMs} ms median of ${r.sequential.requests} reads one at a time (max ${r.sequential.maxMs}), ` +
    `${(r.responseBytes / 1024).toFixed(0)} KiB; the day was made with ${r.generation.requests.toLocaleString('en-US')} API requests in ${r.generation.seconds} s`
  );
}
