import { CARE_RULE_EDITOR_ROLES } from '@guanjia/domain/care-plans/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { assertCareRule } from './assert-care-rule.js';
import { findCareRecord } from './care-access.js';
import { loadProjectCatalog, type CareRuleRow } from './care-records.js';
import { enqueueProjectCareRefresh } from './enqueue-care-refresh.js';
import type { CareRuleBody } from './schemas.js';

/**
 * Edits a rule (its condition, services, enabled) with the version read; the project's households
 * are then refreshed, so open suggestions follow the rule and ones it no longer makes are withdrawn.
 */
export async function updateCareRule(trx: Tx, actor: Actor, id: string, input: CareRuleBody & { version: number }, now: Date = new Date()): Promise<CareRuleRow> {
  requireRole(actor, ...CARE_RULE_EDITOR_ROLES);
  const before = await findCareRecord(trx, actor, 'care_rules', id);
  if (before.version !== input.version) throw new StaleUpdateError();
  const rule = assertCareRule(input, await loadProjectCatalog(trx, before.project_id));
  const row = await trx
    .updateTable('care_rules')
    .set({
      name: rule.name,
      description: rule.description,
      condition: JSON.stringify(rule.condition),
      actions: JSON.stringify(rule.actions),
      enabled: input.enabled ? 1 : 0,
      updated_by: actor.userId,
      updated_at: now.toISOString(),
      version: before.version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new StaleUpdateError();
  await recordAudit(trx, actor, row.company_id, { action: 'careRule.update', entityType: 'careRule', entityId: row.id, projectId: row.project_id, before, after: row });
  await enqueueProjectCareRefresh(trx, { companyId: row.company_id, projectId: row.project_id });
  return row;
}
