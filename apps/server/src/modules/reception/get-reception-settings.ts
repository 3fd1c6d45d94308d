import { DEFAULT_ALERT_THRESHOLD_SECONDS } from '@guanjia/domain/reception/index';
import type { DbOrTx } from '../../platform/db/transaction.js';

export interface ReceptionSettings {
  salesCenterId: string;
  alertThresholdSeconds: number;
  /** 0 while the sales center still runs on the defaults (no row yet). */
  version: number;
}

/** The sales center's settings, or the defaults (a 60-second alert) until someone saves them. */
export async function getReceptionSettings(db: DbOrTx, salesCenterId: string): Promise<ReceptionSettings> {
  const row = await db.selectFrom('reception_settings').select(['alert_threshold_seconds', 'version']).where('sales_center_id', '=', salesCenterId).executeTakeFirst();
  return {
    salesCenterId,
    alertThresholdSeconds: row?.alert_threshold_seconds ?? DEFAULT_ALERT_THRESHOLD_SECONDS,
    version: row?.version ?? 0,
  };
}
