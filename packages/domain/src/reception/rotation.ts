/**
 * 轮序: the fair rotation that hands walk-in visitors to the sales consultants on duty.
 *
 * The rule (one sentence): the next walk-in goes to the available consultant — on today's roster,
 * on duty, not with a visitor — who has had the fewest walk-ins today (counting their turn
 * credit); ties go to whoever's last walk-in was longest ago (never first), then to roster order.
 *
 * What follows from it:
 * - Skipping a busy consultant does not cost them their turn: with fewer walk-ins they come first
 *   again as soon as they are free, and take every walk-in they are free for until they are level.
 *   So over a day the walk-in counts of consultants on duty the whole day differ by at most 1,
 *   except while one is still catching up after being busy.
 * - A sales manager's override moves the walk-in to another consultant and counts it for them;
 *   the consultant the rotation had picked keeps their count, so they stay next in line.
 * - Walk-ins sent to a named consultant (the visitor asked for them) and appointments are not turns.
 * - A consultant who comes on duty during the day starts level with the least-served colleague
 *   (turn credit, see `creditOnJoining`), so they neither wait for everyone nor take a burst of visitors.
 */

export interface RosterEntry {
  consultantId: string;
  /** Roster order, 1 first. */
  position: number;
  onDuty: boolean;
  /** Walk-ins counted as already had, set when the consultant joins mid-day. */
  turnCredit: number;
}

/** One walk-in counted as a rotation turn of a consultant today (by the rotation or by an override). */
export interface WalkInTurn {
  consultantId: string;
  /** ISO instant of the assignment. */
  at: string;
}

export interface RotationStanding {
  consultantId: string;
  position: number;
  onDuty: boolean;
  busy: boolean;
  /** Walk-ins had today, without the credit. */
  walkIns: number;
  /** walkIns + turnCredit: what the rotation compares. */
  effective: number;
  lastTurnAt: string | null;
  available: boolean;
}

export type RotationPick =
  | { consultantId: string; reason: null }
  | { consultantId: null; reason: 'nobodyOnDuty' | 'allBusy' };

/** Every roster entry with its counts, ordered by the rule: the first available one is next. */
export function rotationStandings(roster: readonly RosterEntry[], turns: readonly WalkInTurn[], busy: Iterable<string>): RotationStanding[] {
  const busySet = new Set(busy);
  const counts = new Map<string, { n: number; last: string | null }>();
  for (const t of turns) {
    const c = counts.get(t.consultantId) ?? { n: 0, last: null };
    c.n++;
    if (c.last === null || t.at > c.last) c.last = t.at;
    counts.set(t.consultantId, c);
  }
  const standings = roster.map((r): RotationStanding => {
    const c = counts.get(r.consultantId) ?? { n: 0, last: null };
    const isBusy = busySet.has(r.consultantId);
    return {
      consultantId: r.consultantId,
      position: r.position,
      onDuty: r.onDuty,
      busy: isBusy,
      walkIns: c.n,
      effective: c.n + Math.max(0, r.turnCredit),
      lastTurnAt: c.last,
      available: r.onDuty && !isBusy,
    };
  });
  return standings.sort(compareStandings);
}

function compareStandings(a: RotationStanding, b: RotationStanding): number {
  if (a.effective !== b.effective) return a.effective - b.effective;
  // Never assigned sorts first; then the longest ago.
  const la = a.lastTurnAt ?? '';
  const lb = b.lastTurnAt ?? '';
  if (la !== lb) return la < lb ? -1 : 1;
  return a.position - b.position;
}

/** Who takes the next walk-in, or why nobody can. */
export function nextInRotation(roster: readonly RosterEntry[], turns: readonly WalkInTurn[], busy: Iterable<string>): RotationPick {
  const standings = rotationStandings(roster, turns, busy);
  const next = standings.find((s) => s.available);
  if (next) return { consultantId: next.consultantId, reason: null };
  return { consultantId: null, reason: standings.some((s) => s.onDuty) ? 'allBusy' : 'nobodyOnDuty' };
}

/**
 * The turn credit of a consultant coming on duty (or back on duty) now: enough to stand level
 * with the least-served colleague already on duty, never less than they have.
 */
export function creditOnJoining(roster: readonly RosterEntry[], turns: readonly WalkInTurn[], consultantId: string): number {
  const standings = rotationStandings(roster, turns, []);
  const others = standings.filter((s) => s.onDuty && s.consultantId !== consultantId);
  const own = standings.find((s) => s.consultantId === consultantId);
  const walkIns = own?.walkIns ?? 0;
  const currentCredit = own ? own.effective - own.walkIns : 0;
  if (!others.length) return currentCredit;
  const level = Math.min(...others.map((s) => s.effective));
  return Math.max(currentCredit, level - walkIns);
}
