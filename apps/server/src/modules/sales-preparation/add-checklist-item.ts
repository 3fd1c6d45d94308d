import { uuidv7 } from '@guanjia/domain';
import { MATERIAL_CATEGORY_KEYS } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { canWorkChecklists } from '@guanjia/domain/sales-preparation/service-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { recordChecklistEvent } from './record-sales-preparation-event.js';
import { findVisibleProject, type ChecklistItemRow } from './sales-preparation-access.js';
import type { AddChecklistItemBody } from './schemas.js';

/**
 * Adds an item the templates lack: a post (因地制宜去设置岗位和人员), a material of a category, or a
 * further pre-work point. Headcount belongs to posts, quantity and category to materials.
 */
export async function addChecklistItem(trx: Tx, actor: Actor, projectId: string, input: AddChecklistItemBody): Promise<ChecklistItemRow> {
  if (!canWorkChecklists(actor.roles)) throw new ForbiddenError();
  const project = await findVisibleProject(trx, actor, projectId);
  const materials = input.checklist === 'materials';
  if (materials && !(input.categoryKey && MATERIAL_CATEGORY_KEYS.includes(input.categoryKey))) throw new ValidationError({ categoryKey: 'checklist.field.categoryRequired' });
  if (!materials && (input.categoryKey !== undefined || input.quantity !== undefined)) throw new ValidationError({ [input.categoryKey !== undefined ? 'categoryKey' : 'quantity']: 'checklist.field.notForChecklist' });
  if (input.checklist !== 'staffing' && input.plannedHeadcount !== undefined) throw new ValidationError({ plannedHeadcount: 'checklist.field.notForChecklist' });
  const last = await trx
    .selectFrom('preparation_checklist_items')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('project_id', '=', project.id)
    .where('checklist', '=', input.checklist)
    .$if(materials, (q) => q.where('category_key', '=', input.categoryKey!))
    .executeTakeFirst();
  const categoryBase = materials ? (MATERIAL_CATEGORY_KEYS.indexOf(input.categoryKey!) + 1) * 100 : 0;
  const at = nowIso();
  const item: ChecklistItemRow = {
    id: uuidv7(),
    company_id: project.company_id,
    project_id: project.id,
    checklist: input.checklist,
    // Added items get their own id as key, so they never clash with a template key.
    item_key: `added.${uuidv7()}`,
    category_key: materials ? input.categoryKey! : null,
    title: input.title,
    sort_order: Math.max(Number(last?.max ?? 0), categoryBase) + 1,
    planned_headcount: input.checklist === 'staffing' ? (input.plannedHeadcount ?? 1) : null,
    staff_names: '[]',
    quantity: materials ? (input.quantity ?? null) : null,
    assignee_id: null,
    due_date: null,
    status: 'todo',
    not_applicable_reason: null,
    done_at: null,
    done_by: null,
    reminded_on: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('preparation_checklist_items').values(item).execute();
  await recordChecklistEvent(trx, item, { action: 'create', to: 'todo', actorId: actor.userId, note: item.title, at });
  await recordAudit(trx, actor, item.company_id, { action: 'preparationChecklist.addItem', entityType: 'preparationChecklistItem', entityId: item.id, projectId: item.project_id, after: item });
  return item;
}
