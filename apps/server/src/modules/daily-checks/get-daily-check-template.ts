import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { departmentNames, resolveDailyCheckTemplate, userNames } from './daily-check-template.js';
import { presentTemplate } from './present-daily-check.js';
import type { TemplateView } from './schemas.js';

/** The project's checklist as the editor and the check page show it. */
export async function getDailyCheckTemplate(db: DbOrTx, actor: Actor, projectId: string): Promise<TemplateView> {
  assertProjectVisible(actor, projectId, 'entity.project');
  return templateView(db, projectId, await resolveDailyCheckTemplate(db, projectId));
}

export async function templateView(db: DbOrTx, projectId: string, t: Awaited<ReturnType<typeof resolveDailyCheckTemplate>>): Promise<TemplateView> {
  const [departments, users] = await Promise.all([departmentNames(db, t.items.map((i) => i.departmentId)), userNames(db, [t.row?.updated_by ?? null])]);
  return presentTemplate(projectId, t, departments, users);
}
