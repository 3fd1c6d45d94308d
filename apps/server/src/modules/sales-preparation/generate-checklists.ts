import { uuidv7 } from '@guanjia/domain';
import { MATERIAL_CATEGORIES, PRE_WORK_POINTS, STAFFING_POSTS } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError } from '../../platform/http/errors.js';
import { recordChecklistEvent } from './record-sales-preparation-event.js';
import { findVisibleProject, type ChecklistItemRow } from './sales-preparation-access.js';

/** Every template item of the three checklists, as rows of the project (todo, unassigned). */
export function templateChecklistRows(companyId: string, projectId: string, at: string): ChecklistItemRow[] {
  const base = { company_id: companyId, project_id: projectId, staff_names: '[]', assignee_id: null, due_date: null, status: 'todo' as const, not_applicable_reason: null, done_at: null, done_by: null, reminded_on: null, ...newRowStamp(at) };
  const rows: ChecklistItemRow[] = [];
  PRE_WORK_POINTS.forEach((p, i) => rows.push({ ...base, id: uuidv7(), checklist: 'preWork', item_key: p.key, category_key: null, title: p.title, sort_order: i + 1, planned_headcount: null, quantity: null }));
  STAFFING_POSTS.forEach((p, i) => rows.push({ ...base, id: uuidv7(), checklist: 'staffing', item_key: p.key, category_key: null, title: p.title, sort_order: i + 1, planned_headcount: p.headcount, quantity: null }));
  MATERIAL_CATEGORIES.forEach((c, ci) =>
    c.items.forEach((title, i) =>
      rows.push({ ...base, id: uuidv7(), checklist: 'materials', item_key: `${c.key}.${i + 1}`, category_key: c.key, title, sort_order: (ci + 1) * 100 + i + 1, planned_headcount: null, quantity: null }),
    ),
  );
  return rows;
}

/**
 * Creates the project's checklists from the seed templates. Running it again adds only the template
 * items the project lacks (the unique key skips the rest), so nothing is doubled or reset.
 */
export async function generateChecklists(trx: Tx, actor: Actor, projectId: string): Promise<number> {
  const project = await findVisibleProject(trx, actor, projectId);
  return insertTemplateItems(trx, actor, project.company_id, project.id);
}

async function insertTemplateItems(trx: Tx, actor: Actor | null, companyId: string, projectId: string, at = nowIso()): Promise<number> {
  const rows = templateChecklistRows(companyId, projectId, at);
  const existing = new Set(
    (await trx.selectFrom('preparation_checklist_items').select(['checklist', 'item_key']).where('project_id', '=', projectId).execute()).map((r) => `${r.checklist}/${r.item_key}`),
  );
  const fresh = rows.filter((r) => !existing.has(`${r.checklist}/${r.item_key}`));
  if (!fresh.length) return 0;
  try {
    await trx.insertInto('preparation_checklist_items').values(fresh).execute();
  } catch (err) {
    // A concurrent generation inserted the same keys first: the caller reloads the lists.
    if (isUniqueViolation(err)) throw new ConflictError('STALE_UPDATE', 'error.stale');
    throw err;
  }
  for (const r of fresh) await recordChecklistEvent(trx, r, { action: 'create', to: 'todo', actorId: actor?.userId ?? null, at });
  await recordAudit(trx, actor, companyId, { action: 'preparationChecklist.generate', entityType: 'project', entityId: projectId, projectId, after: { count: fresh.length } });
  return fresh.length;
}

/** For the demo: the checklists of a project, written as the system. */
export function seedTemplateChecklists(trx: Tx, companyId: string, projectId: string, at: string): Promise<number> {
  return insertTemplateItems(trx, null, companyId, projectId, at);
}
