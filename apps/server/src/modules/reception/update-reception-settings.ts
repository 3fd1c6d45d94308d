import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion, StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { getReceptionSettings, type ReceptionSettings } from './get-reception-settings.js';
import { findVisibleSalesCenter } from './reception-access.js';
import type { UpdateSettingsBody } from './schemas.js';

/**
 * Saves a sales center's settings: the first save inserts the row (two first saves racing: the
 * unique index makes the second a 409), later ones update it under its version.
 */
export async function updateReceptionSettings(trx: Tx, actor: Actor, input: UpdateSettingsBody): Promise<ReceptionSettings> {
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  const before = await trx.selectFrom('reception_settings').selectAll().where('sales_center_id', '=', center.id).executeTakeFirst();
  if (!before) {
    if (input.version !== undefined && input.version !== 0) throw new StaleUpdateError();
    const row = {
      id: uuidv7(),
      company_id: center.company_id,
      project_id: center.project_id,
      sales_center_id: center.id,
      alert_threshold_seconds: input.alertThresholdSeconds,
      ...newRowStamp(),
    };
    try {
      await trx.insertInto('reception_settings').values(row).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new StaleUpdateError();
      throw err;
    }
    await recordAudit(trx, actor, center.company_id, { action: 'create', entityType: 'receptionSettings', entityId: row.id, projectId: center.project_id, after: row });
    return getReceptionSettings(trx, center.id);
  }
  assertVersion(before.version, input.version);
  if (before.alert_threshold_seconds === input.alertThresholdSeconds) return getReceptionSettings(trx, center.id);
  const after = await updateVersioned(trx, 'reception_settings', before, { alert_threshold_seconds: input.alertThresholdSeconds });
  await recordAudit(trx, actor, center.company_id, { action: 'update', entityType: 'receptionSettings', entityId: before.id, projectId: center.project_id, before, after });
  return getReceptionSettings(trx, center.id);
}
