import { uuidv7 } from '@guanjia/domain';
import { dailyCheckTemplateProblems, type DailyCheckTemplateItem, type TemplateProblem } from '@guanjia/domain/sales-site/daily-check';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { resolveDailyCheckTemplate, type ResolvedTemplate } from './daily-check-template.js';
import type { SaveTemplateBody } from './schemas.js';

const PROBLEM_KEYS: Record<TemplateProblem, string> = {
  empty: 'dailyCheck.field.templateEmpty',
  tooMany: 'dailyCheck.field.templateTooMany',
  duplicateKey: 'dailyCheck.field.duplicateKey',
  duplicateText: 'dailyCheck.field.duplicateText',
};

/**
 * Saves a project's checklist as one list (add, reword, reorder, remove, the post answering for each
 * line). `version` is what the editor read: 0 while the project used the defaults. Checks already
 * started keep the lines they copied.
 */
export async function saveDailyCheckTemplate(trx: Tx, actor: Actor, projectId: string, input: SaveTemplateBody, now: Date = new Date()): Promise<ResolvedTemplate> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const problems = dailyCheckTemplateProblems(input.items);
  if (Object.keys(problems).length) throw new ValidationError(Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, PROBLEM_KEYS[p]])));
  await assertDepartments(trx, actor, projectId, input.items);

  const items: DailyCheckTemplateItem[] = input.items.map((i) => ({ key: i.key || uuidv7(), text: i.text.trim(), departmentId: i.departmentId ?? null }));
  const before = await resolveDailyCheckTemplate(trx, projectId);
  const at = now.toISOString();
  if (before.row) {
    if (before.row.version !== input.version) throw new StaleUpdateError();
    const after = await updateVersioned(trx, 'daily_check_templates', before.row, { items: JSON.stringify(items), updated_by: actor.userId });
    await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'dailyCheckTemplate', entityId: after.id, projectId, before: before.row, after });
    return { row: after, items };
  }
  // Nothing saved yet: the editor must have read the defaults (version 0).
  if (input.version !== 0) throw new StaleUpdateError();
  const row = { id: uuidv7(), company_id: actor.companyId, project_id: projectId, items: JSON.stringify(items), updated_by: actor.userId, ...newRowStamp(at) };
  try {
    await trx.insertInto('daily_check_templates').values(row).execute();
  } catch (err) {
    // Another editor saved the first version meanwhile: this one was edited from the defaults, now stale.
    if (isUniqueViolation(err)) throw new StaleUpdateError();
    throw err;
  }
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'dailyCheckTemplate', entityId: row.id, projectId, before: { items: before.items }, after: row });
  return { row, items };
}

/** Each line's post or department must be the project's own, or a company-level one, of the property company (a failure becomes its work order). */
async function assertDepartments(trx: Tx, actor: Actor, projectId: string, items: SaveTemplateBody['items']): Promise<void> {
  const ids = [...new Set(items.map((i) => i.departmentId).filter((id): id is string => !!id))];
  if (!ids.length) return;
  const found = await trx
    .selectFrom('departments')
    .select('id')
    .where('id', 'in', ids)
    .where('company_id', '=', actor.companyId)
    .where('developer_id', 'is', null)
    .where((eb) => eb.or([eb('project_id', '=', projectId), eb('project_id', 'is', null)]))
    .execute();
  const ok = new Set(found.map((d) => d.id));
  const fields: Record<string, string> = {};
  items.forEach((item, i) => {
    if (item.departmentId && !ok.has(item.departmentId)) fields[`items.${i}.departmentId`] = 'dailyCheck.field.departmentNotInProject';
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
}
