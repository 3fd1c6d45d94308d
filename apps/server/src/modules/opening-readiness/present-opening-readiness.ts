import { equipmentAllowedActions, isEquipmentInPlace } from '@guanjia/domain/opening-readiness/equipment-flow';
import { daysUntilDue, OPENING_MILESTONE_TEMPLATES, readinessColour, type ReadinessColour } from '@guanjia/domain/opening-readiness/milestones';
import type { EquipmentItemRow, OpeningDatesRow, OpeningMilestoneRow } from './opening-readiness-access.js';
import type { ColourCounts, EquipmentItemView, MilestoneView, OpeningDatesView } from './schemas.js';

const TEMPLATES = new Map(OPENING_MILESTONE_TEMPLATES.map((t) => [t.key, t]));
const person = (id: string | null, names: Map<string, string>) => (id ? { id, name: names.get(id) ?? '' } : null);

export function presentOpeningDates(row: OpeningDatesRow, names: Map<string, string>): OpeningDatesView {
  return {
    firstLaunchDate: row.first_launch_date,
    clubhouseOpeningDate: row.clubhouse_opening_date,
    showFlatOpeningDate: row.show_flat_opening_date,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: person(row.updated_by, names),
  };
}

/** A milestone with its colour for `today` (the Shanghai business date). */
export function presentMilestone(row: OpeningMilestoneRow, today: string, names: Map<string, string>): MilestoneView {
  const t = TEMPLATES.get(row.key)!;
  const done = row.done_at !== null;
  return {
    id: row.id,
    projectId: row.project_id,
    key: row.key,
    clause: t.clause,
    title: t.title,
    titleEn: t.titleEn,
    anchor: t.anchor,
    dueDate: row.due_date,
    daysLeft: daysUntilDue({ dueDate: row.due_date }, today),
    colour: readinessColour({ dueDate: row.due_date, done }, today),
    done,
    doneAt: row.done_at,
    doneBy: person(row.done_by, names),
    owner: person(row.owner_id, names),
    note: row.note,
    alertLevel: row.alert_level,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function presentEquipmentItem(row: EquipmentItemRow): EquipmentItemView {
  return {
    id: row.id,
    projectId: row.project_id,
    placeKind: row.place_kind,
    placeName: row.place_name,
    itemName: row.item_name,
    quantity: row.quantity,
    status: row.status,
    inPlace: isEquipmentInPlace(row.status),
    allowedActions: equipmentAllowedActions(row.status),
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SEVERITY: Record<ReadinessColour, number> = { green: 0, grey: 1, amber: 2, red: 3 };

/** Milestones per colour, and the worst of them (null when there are none). */
export function colourSummary(colours: readonly ReadinessColour[]): { counts: ColourCounts; worstColour: ReadinessColour | null } {
  const counts: ColourCounts = { green: 0, amber: 0, red: 0, grey: 0 };
  let worstColour: ReadinessColour | null = null;
  for (const c of colours) {
    counts[c]++;
    if (worstColour === null || SEVERITY[c] > SEVERITY[worstColour]) worstColour = c;
  }
  return { counts, worstColour };
}
