import { uuidv7 } from '@guanjia/domain';
import { CARE_RULE_EDITOR_ROLES } from '@guanjia/domain/care-plans/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, requireRole } from '../../platform/http/access.js';
import { assertCareRule } from './assert-care-rule.js';
import { loadProjectCatalog, type CareRuleRow } from './care-records.js';
import { enqueueProjectCareRefresh } from './enqueue-care-refresh.js';
import { ensureProjectCareRules } from './ensure-project-care-rules.js';
import type { CareRuleBody } from './schemas.js';

/** A rule of the project's own (宠物家庭 …), beside the seeded four. */
export async function createCareRule(trx: Tx, actor: Actor, input: CareRuleBody & { projectId: string }, now: Date = new Date()): Promise<CareRuleRow> {
  requireRole(actor, ...CARE_RULE_EDITOR_ROLES);
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const rule = assertCareRule(input, await loadProjectCatalog(trx, input.projectId));
  const at = now.toISOString();
  await ensureProjectCareRules(trx, { companyId: actor.companyId, projectId: input.projectId }, at);
  const row: CareRuleRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    rule_key: `custom-${uuidv7()}`,
    name: rule.name,
    description: rule.description,
    condition: JSON.stringify(rule.condition),
    actions: JSON.stringify(rule.actions),
    enabled: input.enabled ? 1 : 0,
    origin: 'custom',
    updated_by: actor.userId,
    ...newRowStamp(at),
  };
  await trx.insertInto('care_rules').values(row).execute();
  await recordAudit(trx, actor, row.company_id, { action: 'careRule.create', entityType: 'careRule', entityId: row.id, projectId: row.project_id, after: row });
  await enqueueProjectCareRefresh(trx, { companyId: row.company_id, projectId: row.project_id });
  return row;
}
