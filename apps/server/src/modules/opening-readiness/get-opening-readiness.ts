import { businessDate } from '@guanjia/domain';
import { equipmentProgress } from '@guanjia/domain/opening-readiness/equipment-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { listProjectStaff } from '../staff/list-project-staff.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleProject, userNames, ASSIGNABLE_OWNER_ROLES } from './opening-readiness-access.js';
import { colourSummary, presentEquipmentItem, presentMilestone, presentOpeningDates } from './present-opening-readiness.js';
import type { ReadinessView } from './schemas.js';

/** The readiness of one project: its dates, its milestones coloured for today, its equipment list per place. */
export async function getOpeningReadiness(db: DbOrTx, actor: Actor, projectId: string, now: Date = new Date()): Promise<ReadinessView> {
  const project = await findVisibleProject(db, actor, projectId);
  const today = businessDate(now);
  const dates = await db.selectFrom('opening_dates').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  const milestoneRows = await db.selectFrom('opening_milestones').selectAll().where('project_id', '=', projectId).orderBy('due_date').orderBy('id').execute();
  const items = await db
    .selectFrom('opening_equipment_items')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('removed_at', 'is', null)
    .orderBy('place_kind')
    .orderBy('place_name')
    .orderBy('item_name')
    .execute();
  const names = await userNames(db, [dates?.updated_by ?? null, ...milestoneRows.flatMap((m) => [m.owner_id, m.done_by])]);
  const milestones = milestoneRows.map((m) => presentMilestone(m, today, names));

  const places = new Map<string, { kind: (typeof items)[number]['place_kind']; name: string; rows: typeof items }>();
  for (const item of items) {
    const key = `${item.place_kind}\u0000${item.place_name}`;
    if (!places.has(key)) places.set(key, { kind: item.place_kind, name: item.place_name, rows: [] });
    places.get(key)!.rows.push(item);
  }

  return {
    project,
    today,
    dates: dates ? presentOpeningDates(dates, names) : null,
    milestones,
    ...colourSummary(milestones.map((m) => m.colour)),
    equipment: {
      // The clubhouse first, then the show flats.
      places: [...places.values()]
        .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'clubhouse' ? -1 : 1))
        .map((p) => ({ kind: p.kind, name: p.name, progress: equipmentProgress(p.rows), items: p.rows.map(presentEquipmentItem) })),
      total: equipmentProgress(items),
    },
    assignableOwners: await assignableOwners(db, projectId),
  };
}

/** Active staff of the project a milestone may be given to. */
export async function assignableOwners(db: DbOrTx, projectId: string): Promise<Array<{ id: string; name: string }>> {
  return (await listProjectStaff(db, projectId, ASSIGNABLE_OWNER_ROLES)).map(({ id, name }) => ({ id, name }));
}
