import { nextInRotation, ON_SITE_VISIT_STATUSES, rotationStandings, type RosterEntry, type RotationPick, type WalkInTurn } from '@guanjia/domain/reception/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { userNames, type RosterRow } from './reception-access.js';

export interface RotationState {
  roster: RosterRow[];
  turns: WalkInTurn[];
  busy: string[];
}

/** Walk-ins that count as rotation turns: assigned by the rotation or by an override, and not cancelled. */
const COUNTED = ['rotation', 'override'] as const;

/** The day's roster, counted turns and busy consultants of one sales center, as the rotation rule needs them. */
export async function loadRotation(db: DbOrTx, salesCenterId: string, date: string): Promise<RotationState> {
  const [roster, turns, busy] = await Promise.all([
    db.selectFrom('reception_duty_rosters').selectAll().where('sales_center_id', '=', salesCenterId).where('duty_date', '=', date).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('reception_visits')
      .select(['consultant_id', 'notified_at', 'created_at'])
      .where('sales_center_id', '=', salesCenterId)
      .where('visit_date', '=', date)
      .where('assigned_via', 'in', COUNTED)
      .where('status', '!=', 'cancelled')
      .execute(),
    db
      .selectFrom('reception_visits')
      .select('consultant_id')
      .distinct()
      .where('sales_center_id', '=', salesCenterId)
      .where('visit_date', '=', date)
      .where('status', 'in', ON_SITE_VISIT_STATUSES)
      .execute(),
  ]);
  return {
    roster,
    turns: turns.map((t) => ({ consultantId: t.consultant_id, at: t.notified_at ?? t.created_at })),
    busy: busy.map((b) => b.consultant_id),
  };
}

export function rosterEntries(rows: readonly RosterRow[]): RosterEntry[] {
  return rows.map((r) => ({ consultantId: r.consultant_id, position: r.position, onDuty: r.on_duty === 1, turnCredit: r.turn_credit }));
}

export function pickNext(state: RotationState): RotationPick {
  return nextInRotation(rosterEntries(state.roster), state.turns, state.busy);
}

export interface RotationView {
  next: { id: string; name: string } | null;
  reason: 'nobodyOnDuty' | 'allBusy' | null;
  standings: {
    consultantId: string;
    consultantName: string;
    position: number;
    onDuty: boolean;
    busy: boolean;
    walkIns: number;
    turnCredit: number;
    available: boolean;
  }[];
}

/** Who is next and everyone's standing, for the board and the roster page. */
export async function presentRotation(db: DbOrTx, state: RotationState): Promise<RotationView> {
  const standings = rotationStandings(rosterEntries(state.roster), state.turns, state.busy);
  const names = await userNames(db, standings.map((s) => s.consultantId));
  const pick = pickNext(state);
  return {
    next: pick.consultantId ? { id: pick.consultantId, name: names.get(pick.consultantId) ?? '' } : null,
    reason: pick.reason,
    standings: standings.map((s) => ({
      consultantId: s.consultantId,
      consultantName: names.get(s.consultantId) ?? '',
      position: s.position,
      onDuty: s.onDuty,
      busy: s.busy,
      walkIns: s.walkIns,
      turnCredit: s.effective - s.walkIns,
      available: s.available,
    })),
  };
}

/** The next free rotation turn number of the day; the unique index refuses a number taken meanwhile. */
export async function nextTurnNumber(db: DbOrTx, salesCenterId: string, date: string): Promise<number> {
  const row = await db
    .selectFrom('reception_visits')
    .select((eb) => eb.fn.max('rotation_turn').as('last'))
    .where('sales_center_id', '=', salesCenterId)
    .where('visit_date', '=', date)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}
