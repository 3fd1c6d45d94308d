import { fileURLToPath } from 'node:url';
import { WorkingCalendar } from '@guanjia/domain';
import { bundledCalendar } from '../apps/server/src/modules/calendar/seed-data.js';

/** A measurement of a rule called in the server process, without HTTP: how many calls per second. */
export interface InProcessReport {
  name: string;
  /** Median of the measured rounds. */
  perSecond: number;
  /** Every round, to show the spread. */
  roundsPerSecond: number[];
  target: number;
  /** What one call is given, so the number can be read correctly. */
  input: string;
}

const TARGET = 1_000_000;
const SAMPLES = 1 << 16;
/** A prime, so instants and leads do not pair up the same way on every lap. */
const LEADS = 65_521;

/**
 * earliestServiceDate over random instants in 2025–2027 (ISO strings, as the API and bookings pass
 * them) and random leads 0–3, on the calendar the server uses. Inputs are generated beforehand.
 */
export function measureEarliestServiceDate(calendar: WorkingCalendar, opts: { rounds?: number; roundMs?: number } = {}): InProcessReport {
  const rounds = opts.rounds ?? 5;
  const roundMs = opts.roundMs ?? 1000;
  const from = Date.UTC(2025, 0, 1);
  const span = Date.UTC(2028, 0, 1) - from;
  let seed = 20_260_213;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const instants = Array.from({ length: SAMPLES }, () => new Date(from + Math.floor(random() * span)).toISOString());
  const leads = Uint8Array.from({ length: LEADS }, () => Math.floor(random() * 4));

  let sink = 0;
  let i = 0;
  const run = (ms: number): number => {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    // The clock is read every 10,000 calls so reading it costs nothing measurable.
    while (elapsed < ms) {
      for (let k = 0; k < 10_000; k++, i++) sink += calendar.earliestServiceDate(instants[i % SAMPLES]!, leads[i % LEADS]!).date.length;
      calls += 10_000;
      elapsed = performance.now() - start;
    }
    return (calls / elapsed) * 1000;
  };
  run(Math.min(500, roundMs)); // warm-up: let the JIT settle
  const roundsPerSecond = Array.from({ length: rounds }, () => Math.round(run(roundMs)));
  if (sink === 0) throw new Error('no result was produced');
  const sorted = [...roundsPerSecond].sort((a, b) => a - b);
  return {
    name: 'earliest-service-date in process',
    perSecond: sorted[Math.floor(sorted.length / 2)]!,
    roundsPerSecond,
    target: TARGET,
    input: 'ISO instant 2025–2027, lead 0–3 working days',
  };
}

export function inProcessLine(r: InProcessReport): string {
  const verdict = r.perSecond >= r.target ? 'meets' : 'BELOW';
  return `${r.name}: ${Math.round(r.perSecond).toLocaleString('en-US')} computations/s (median of ${r.roundsPerSecond.length} rounds; ${verdict} the target ≥ ${r.target.toLocaleString('en-US')}/s; ${r.input})`;
}

// `npx tsx bench/in-process.ts`: this measurement alone, on the bundled calendar, in a few seconds.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { days, years } = bundledCalendar();
  console.log(inProcessLine(measureEarliestServiceDate(new WorkingCalendar({ days, completeYears: years }))));
}
