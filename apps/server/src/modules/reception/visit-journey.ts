import { accompaniment, type Accompaniment, type JourneyStep, type StepOutcome, type VipChecklist } from '@guanjia/domain/reception/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { VisitRow } from './reception-access.js';

export interface JourneyEntry {
  step: JourneyStep;
  outcome: StepOutcome;
  at: string;
  actorId: string | null;
  note: string | null;
}

const JOURNEY_ACTIONS = ['recordStep', 'depart'] as const;
const CHUNK = 500;

/** The journey of each visit, in order: recorded steps, then the farewell. */
export async function loadJourneys(db: DbOrTx, visitIds: readonly string[]): Promise<Map<string, JourneyEntry[]>> {
  const journeys = new Map<string, JourneyEntry[]>();
  const ids = [...new Set(visitIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('reception_visit_events')
      .select(['visit_id', 'action', 'step', 'outcome', 'actor_id', 'data', 'at'])
      .where('visit_id', 'in', ids.slice(i, i + CHUNK))
      .where('action', 'in', JOURNEY_ACTIONS)
      .orderBy('visit_id')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const note = r.data ? ((JSON.parse(r.data) as { note?: string }).note ?? null) : null;
      const entry: JourneyEntry =
        r.action === 'depart'
          ? { step: 'farewell', outcome: 'done', at: r.at, actorId: r.actor_id, note }
          : { step: r.step!, outcome: r.outcome ?? 'done', at: r.at, actorId: r.actor_id, note };
      const list = journeys.get(r.visit_id) ?? [];
      list.push(entry);
      journeys.set(r.visit_id, list);
    }
  }
  return journeys;
}

export function parseChecklist(text: string | null): VipChecklist | null {
  return text ? (JSON.parse(text) as VipChecklist) : null;
}

/** The accompaniment rule of the domain applied to a stored visit and its journey. */
export function accompanimentOf(visit: VisitRow, journey: readonly JourneyEntry[]): Accompaniment {
  return accompaniment({
    type: visit.type,
    status: visit.status,
    shuttleBus: visit.shuttle_bus === 1,
    steps: journey,
    closingQuestionAsked: visit.closing_question_asked === 1,
    vipChecklist: parseChecklist(visit.vip_checklist),
  });
}
