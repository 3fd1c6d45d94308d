import { businessDate } from '@guanjia/domain';
import { CHECKLIST_KINDS, checklistItemActions, checklistItemOverdue, checklistProgress } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { CHECKLIST_ASSIGNEE_ROLES, canWorkChecklists } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { listProjectStaff } from '../staff/list-project-staff.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleProject, named, parseJson, userNames, type ChecklistItemRow } from './sales-preparation-access.js';

/** The project's staff an item may be given to: active property staff of the project. */
export async function assignableStaff(db: DbOrTx, projectId: string): Promise<{ id: string; name: string }[]> {
  return (await listProjectStaff(db, projectId, CHECKLIST_ASSIGNEE_ROLES)).map(({ id, name }) => ({ id, name }));
}

export function presentChecklistItem(item: ChecklistItemRow, names: Map<string, string>, today: string) {
  return {
    id: item.id,
    checklist: item.checklist,
    key: item.item_key,
    categoryKey: item.category_key,
    title: item.title,
    plannedHeadcount: item.planned_headcount,
    staffNames: parseJson<string[]>(item.staff_names, []),
    quantity: item.quantity,
    assignee: named(names, item.assignee_id),
    dueDate: item.due_date,
    status: item.status,
    notApplicableReason: item.not_applicable_reason,
    doneAt: item.done_at,
    doneBy: named(names, item.done_by),
    overdue: checklistItemOverdue({ status: item.status, dueDate: item.due_date }, today),
    allowedActions: checklistItemActions(item.status),
    version: item.version,
  };
}

/** The project's three checklists in template order, with progress and overdue counts as of today (Shanghai). */
export async function getChecklists(db: DbOrTx, actor: Actor, projectId: string, now: Date = new Date()) {
  const project = await findVisibleProject(db, actor, projectId);
  const today = businessDate(now);
  const items = await db.selectFrom('preparation_checklist_items').selectAll().where('project_id', '=', project.id).orderBy('sort_order').orderBy('id').execute();
  const names = await userNames(db, items.flatMap((i) => [i.assignee_id, i.done_by]));
  const canWork = canWorkChecklists(actor.roles);
  return {
    project: { id: project.id, name: project.name },
    today,
    generated: items.length > 0,
    checklists: CHECKLIST_KINDS.map((kind) => {
      const mine = items.filter((i) => i.checklist === kind);
      return {
        kind,
        progress: checklistProgress(mine.map((i) => ({ status: i.status, dueDate: i.due_date })), today),
        items: mine.map((i) => presentChecklistItem(i, names, today)),
      };
    }),
    assignees: canWork ? await assignableStaff(db, project.id) : [],
    canWork,
  };
}
