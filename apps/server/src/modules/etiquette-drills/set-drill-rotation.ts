import { uuidv7 } from '@guanjia/domain';
import { drillRotationProblem } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { StaleUpdateError, assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleSalesCenter, type DrillRotationRow } from './drill-access.js';
import { drillRuleError } from './drill-errors.js';
import type { SetRotationBody } from './schemas.js';

/** Saves a sales center's order of drill kinds; the first save creates its row (version 0 before). */
export async function setDrillRotation(trx: Tx, actor: Actor, input: SetRotationBody, now: Date = new Date()): Promise<DrillRotationRow> {
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  const problem = drillRotationProblem(input.kinds);
  if (problem) throw drillRuleError('INVALID_ROTATION', 'kinds', problem === 'empty' ? 'etiquetteDrill.field.rotationEmpty' : 'etiquetteDrill.field.rotationUnknown');
  const kinds = JSON.stringify(input.kinds);
  const before = await trx.selectFrom('etiquette_drill_rotations').selectAll().where('sales_center_id', '=', center.id).executeTakeFirst();
  if (!before) {
    // A page that read the default (version 0) may create it; one that read a saved version is stale.
    if (input.version !== undefined) throw new StaleUpdateError();
    const row: DrillRotationRow = { id: uuidv7(), company_id: center.company_id, project_id: center.project_id, sales_center_id: center.id, kinds, updated_by: actor.userId, ...newRowStamp(now.toISOString()) };
    await withUniqueField('kinds', input.kinds.join(','), () => trx.insertInto('etiquette_drill_rotations').values(row).execute());
    await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'drillRotation', entityId: row.id, projectId: row.project_id, after: row });
    return row;
  }
  assertVersion(before.version, input.version);
  if (before.kinds === kinds) return before;
  const after = await updateVersioned(trx, 'etiquette_drill_rotations', before, { kinds, updated_by: actor.userId });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'drillRotation', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
