import { uuidv7 } from '@guanjia/domain';
import { OWNER_VISIT_MANAGER_ROLES } from '@guanjia/domain/owner-visits/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, requireRole } from '../../platform/http/access.js';
import type { UpdateSettingsBody } from './schemas.js';
import { readVisitSettings, type VisitSettings } from './visit-settings.js';

/** Sets the project's cadence: 'quarterly' (the default) or a number of days between visits. */
export async function updateVisitSettings(trx: Tx, actor: Actor, projectId: string, input: UpdateSettingsBody, now: Date = new Date()): Promise<VisitSettings> {
  requireRole(actor, ...OWNER_VISIT_MANAGER_ROLES);
  assertProjectVisible(actor, projectId, 'entity.project');
  const before = await trx.selectFrom('owner_visit_settings').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  if ((before?.version ?? 0) !== input.version) throw new StaleUpdateError();
  const cadenceDays = input.cadence === 'quarterly' ? null : input.cadence;
  const at = now.toISOString();
  if (before) {
    const updated = await trx
      .updateTable('owner_visit_settings')
      .set({ cadence_days: cadenceDays, updated_by: actor.userId, updated_at: at, version: before.version + 1 })
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new StaleUpdateError();
  } else {
    try {
      await trx.insertInto('owner_visit_settings').values({ id: uuidv7(), company_id: actor.companyId, project_id: projectId, cadence_days: cadenceDays, updated_by: actor.userId, ...newRowStamp(at) }).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new StaleUpdateError();
      throw err;
    }
  }
  await recordAudit(trx, actor, actor.companyId, { action: 'ownerVisit.settings', entityType: 'project', entityId: projectId, projectId, before: before ?? null, after: { cadenceDays } });
  return readVisitSettings(trx, projectId);
}
