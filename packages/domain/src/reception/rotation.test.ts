import { describe, expect, it } from 'vitest';
import { creditOnJoining, nextInRotation, rotationStandings, type RosterEntry, type WalkInTurn } from './rotation.js';

const roster = (...ids: string[]): RosterEntry[] => ids.map((id, i) => ({ consultantId: id, position: i + 1, onDuty: true, turnCredit: 0 }));
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 1, 0) + minute * 60_000).toISOString();
const turns = (...ids: string[]): WalkInTurn[] => ids.map((id, i) => ({ consultantId: id, at: at(i) }));

describe('rotation: who is next', () => {
  const cases: [string, RosterEntry[], WalkInTurn[], string[], string | null][] = [
    ['the first walk-in of the day goes to the first on the roster', roster('A', 'B', 'C'), [], [], 'A'],
    ['then in roster order', roster('A', 'B', 'C'), turns('A'), [], 'B'],
    ['a full round starts again at the top', roster('A', 'B', 'C'), turns('A', 'B', 'C'), [], 'A'],
    ['roster order, not name order', roster('C', 'A', 'B'), turns('C'), [], 'A'],
    ['a busy consultant is skipped', roster('A', 'B', 'C'), [], ['A'], 'B'],
    ['a skipped consultant keeps their turn: next once free', roster('A', 'B', 'C'), turns('B'), [], 'A'],
    ['and catches up before the others get a second one', roster('A', 'B', 'C'), turns('B', 'C'), [], 'A'],
    ['an off-duty consultant is skipped', [{ consultantId: 'A', position: 1, onDuty: false, turnCredit: 0 }, ...roster('B', 'C').map((r) => ({ ...r, position: r.position + 1 }))], [], [], 'B'],
    ['a consultant not on the roster is never picked', roster('B'), turns('B', 'B'), [], 'B'],
    ['turn credit counts as walk-ins had', [{ consultantId: 'A', position: 1, onDuty: true, turnCredit: 2 }, ...roster('B').map((r) => ({ ...r, position: 2 }))], turns('B'), [], 'B'],
    ['on equal counts, the longest since their last walk-in', roster('A', 'B', 'C'), [{ consultantId: 'C', at: at(1) }, { consultantId: 'A', at: at(2) }, { consultantId: 'B', at: at(3) }], [], 'C'],
  ];
  for (const [name, r, t, busy, next] of cases) {
    it(name, () => expect(nextInRotation(r, t, busy).consultantId).toBe(next));
  }

  it('nobody available: says whether nobody is on duty or everyone is busy', () => {
    expect(nextInRotation([], [], [])).toEqual({ consultantId: null, reason: 'nobodyOnDuty' });
    expect(nextInRotation(roster('A').map((r) => ({ ...r, onDuty: false })), [], [])).toEqual({ consultantId: null, reason: 'nobodyOnDuty' });
    expect(nextInRotation(roster('A', 'B'), [], ['A', 'B'])).toEqual({ consultantId: null, reason: 'allBusy' });
  });

  it('standings list everyone with counts, in the order the rule serves them', () => {
    const s = rotationStandings(roster('A', 'B', 'C'), turns('A', 'B', 'A'), ['C']);
    expect(s.map((x) => [x.consultantId, x.walkIns, x.available])).toEqual([
      ['C', 0, false],
      ['B', 1, true],
      ['A', 2, true],
    ]);
  });
});

describe('rotation: a sales manager’s override', () => {
  it('the consultant the rotation picked keeps their turn; the walk-in counts for whoever received it', () => {
    const r = roster('A', 'B', 'C');
    // A was next; the manager gave the walk-in to C instead (an override counts as C's turn).
    const history = turns('C');
    expect(nextInRotation(r, history, []).consultantId).toBe('A');
    const after = [...history, { consultantId: 'A', at: at(5) }, { consultantId: 'B', at: at(6) }];
    // A full round later everyone has had one: the override did not give C an extra one.
    expect(rotationStandings(r, after, []).map((s) => s.walkIns)).toEqual([1, 1, 1]);
    expect(nextInRotation(r, after, []).consultantId).toBe('C');
  });
});

describe('rotation: joining during the day', () => {
  it('a consultant coming on duty starts level with the least-served colleague', () => {
    const r: RosterEntry[] = [...roster('A', 'B'), { consultantId: 'D', position: 3, onDuty: false, turnCredit: 0 }];
    const t = turns('A', 'B', 'A', 'B', 'A');
    const joined = r.map((e) => (e.consultantId === 'D' ? { ...e, onDuty: true } : e));
    const credit = creditOnJoining(joined, t, 'D');
    expect(credit).toBe(2);
    const withCredit = joined.map((e) => (e.consultantId === 'D' ? { ...e, turnCredit: credit } : e));
    // B (2) and D (0 + 2) are level; B's last was longer ago than D's never-assigned, so D goes first, then B; no burst.
    expect(nextInRotation(withCredit, t, []).consultantId).toBe('D');
    const t2 = [...t, { consultantId: 'D', at: at(10) }];
    expect(nextInRotation(withCredit, t2, []).consultantId).toBe('B');
  });

  it('coming back on duty never lowers the credit already given', () => {
    const r: RosterEntry[] = [{ consultantId: 'A', position: 1, onDuty: true, turnCredit: 3 }, ...roster('B').map((e) => ({ ...e, position: 2 }))];
    expect(creditOnJoining(r, turns('B'), 'A')).toBe(3);
    expect(creditOnJoining(roster('A'), [], 'A')).toBe(0);
  });
});

/** A seeded pseudo-random generator, so the simulated days are the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const gap = (r: RosterEntry[], t: WalkInTurn[]) => {
  const counts = rotationStandings(r, t, []).map((s) => s.effective);
  return Math.max(...counts) - Math.min(...counts);
};

describe('rotation: fairness across a day', () => {
  it('walk-ins that find everyone free keep the counts within 1 all day', () => {
    const r = roster('A', 'B', 'C', 'D');
    const t: WalkInTurn[] = [];
    for (let i = 0; i < 37; i++) {
      const pick = nextInRotation(r, t, []);
      t.push({ consultantId: pick.consultantId!, at: at(i * 12) });
      expect(gap(r, t)).toBeLessThanOrEqual(1);
    }
    expect(rotationStandings(r, t, []).map((s) => s.walkIns).sort((a, b) => a - b)).toEqual([9, 9, 9, 10]);
  });

  it('simulated days with busy consultants: each walk-in goes to the least served available; behind consultants catch up', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = prng(seed);
      const r = roster('A', 'B', 'C');
      const t: WalkInTurn[] = [];
      const busyUntil = new Map<string, number>();
      // 09:00–17:00: a walk-in every 3–20 minutes, each reception lasting 10–90 minutes; appointments also keep people busy.
      for (let minute = 0; minute < 480; minute += 3 + Math.floor(rand() * 18)) {
        if (rand() < 0.15) busyUntil.set(['A', 'B', 'C'][Math.floor(rand() * 3)]!, minute + 30 + Math.floor(rand() * 60));
        const busy = [...busyUntil].filter(([, until]) => until > minute).map(([id]) => id);
        const before = rotationStandings(r, t, busy);
        const pick = nextInRotation(r, t, busy);
        if (!pick.consultantId) continue;
        const available = before.filter((s) => s.available);
        // The rule: nobody available had fewer walk-ins than the one chosen.
        expect(Math.min(...available.map((s) => s.effective))).toBe(before.find((s) => s.consultantId === pick.consultantId)!.effective);
        const gapBefore = gap(r, t);
        t.push({ consultantId: pick.consultantId, at: at(minute) });
        // A walk-in that finds everyone free never opens a gap wider than 1.
        if (busy.length === 0) expect(gap(r, t)).toBeLessThanOrEqual(Math.max(1, gapBefore));
        busyUntil.set(pick.consultantId, minute + 10 + Math.floor(rand() * 80));
      }
      // The last hour: receptions are short, so every walk-in finds everyone free; the gap closes to at most 1.
      const owed = rotationStandings(r, t, []).reduce((sum, s, _i, all) => sum + Math.max(...all.map((x) => x.effective)) - s.effective, 0);
      for (let i = 0; i < owed; i++) t.push({ consultantId: nextInRotation(r, t, []).consultantId!, at: at(480 + i) });
      expect(gap(r, t), `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it('from any uneven standing, as many free walk-ins as the laggards are owed bring the gap to at most 1', () => {
    const rand = prng(42);
    for (let round = 0; round < 100; round++) {
      const r = roster('A', 'B', 'C', 'D', 'E');
      const t: WalkInTurn[] = [];
      for (const id of ['A', 'B', 'C', 'D', 'E']) for (let n = Math.floor(rand() * 6); n > 0; n--) t.push({ consultantId: id, at: at(t.length) });
      const counts = rotationStandings(r, t, []).map((s) => s.effective);
      const owed = counts.reduce((sum, c) => sum + Math.max(...counts) - c, 0);
      for (let i = 0; i < owed; i++) t.push({ consultantId: nextInRotation(r, t, []).consultantId!, at: at(100 + i) });
      expect(gap(r, t)).toBeLessThanOrEqual(1);
    }
  });
});
