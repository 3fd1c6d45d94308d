import { businessDate } from '@guanjia/domain';
import { isEquipmentInPlace } from '@guanjia/domain/opening-readiness/equipment-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { userNames } from './opening-readiness-access.js';
import { colourSummary, presentMilestone, presentOpeningDates } from './present-opening-readiness.js';
import type { OverviewView } from './schemas.js';

/** The readiness view: every project the caller sees, its milestones counted per colour, the worst colour and the next milestone due. */
export async function listOpeningReadinessOverview(db: DbOrTx, actor: Actor, now: Date = new Date()): Promise<OverviewView> {
  const today = businessDate(now);
  if (!actor.projectIds.length) return { today, items: [] };
  const projects = await db
    .selectFrom('projects')
    .select(['id', 'name'])
    .where('company_id', '=', actor.companyId)
    .where('id', 'in', actor.projectIds)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const ids = projects.map((p) => p.id);
  if (!ids.length) return { today, items: [] };
  const dates = await db.selectFrom('opening_dates').selectAll().where('project_id', 'in', ids).execute();
  const milestones = await db.selectFrom('opening_milestones').selectAll().where('project_id', 'in', ids).orderBy('due_date').orderBy('id').execute();
  const items = await db.selectFrom('opening_equipment_items').select(['project_id', 'status']).where('project_id', 'in', ids).where('removed_at', 'is', null).execute();
  const names = await userNames(db, [...dates.map((d) => d.updated_by), ...milestones.flatMap((m) => [m.owner_id, m.done_by])]);

  return {
    today,
    items: projects.map((project) => {
      const own = milestones.filter((m) => m.project_id === project.id).map((m) => presentMilestone(m, today, names));
      const next = own.find((m) => !m.done) ?? null;
      const datesRow = dates.find((d) => d.project_id === project.id);
      const equipment = items.filter((i) => i.project_id === project.id);
      return {
        project,
        dates: datesRow ? presentOpeningDates(datesRow, names) : null,
        ...colourSummary(own.map((m) => m.colour)),
        nextDue: next && { id: next.id, key: next.key, title: next.title, titleEn: next.titleEn, dueDate: next.dueDate, daysLeft: next.daysLeft, colour: next.colour, owner: next.owner },
        equipment: { total: equipment.length, inPlace: equipment.filter((i) => isEquipmentInPlace(i.status)).length },
      };
    }),
  };
}
