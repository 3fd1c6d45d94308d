import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError, assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisiblePeakPeriod } from './drill-access.js';

/** Deletes a peak period; drills already recorded or flagged missed keep their own rows. */
export async function removePeakPeriod(trx: Tx, actor: Actor, id: string, version: number | undefined): Promise<void> {
  const before = await findVisiblePeakPeriod(trx, actor, id);
  assertVersion(before.version, version);
  const removed = await trx.deleteFrom('etiquette_peak_periods').where('id', '=', id).where('version', '=', before.version).executeTakeFirst();
  if (Number(removed.numDeletedRows) !== 1) throw new StaleUpdateError();
  await recordAudit(trx, actor, before.company_id, { action: 'delete', entityType: 'peakSalesPeriod', entityId: id, projectId: before.project_id, before });
}
