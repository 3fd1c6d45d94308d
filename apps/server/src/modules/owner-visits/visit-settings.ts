import { DEFAULT_VISIT_CADENCE, type VisitCadence } from '@guanjia/domain/owner-visits/index';
import type { DbOrTx } from '../../platform/db/transaction.js';

export interface VisitSettings {
  cadence: VisitCadence;
  /** 0 while the project keeps the default (no row yet). */
  version: number;
  updatedAt: string | null;
}

export const cadenceOf = (days: number | null | undefined): VisitCadence => (days ? { kind: 'days', days } : DEFAULT_VISIT_CADENCE);

/** The project's cadence: once a quarter until a manager sets a number of days. */
export async function readVisitSettings(db: DbOrTx, projectId: string): Promise<VisitSettings> {
  const row = await db.selectFrom('owner_visit_settings').select(['cadence_days', 'version', 'updated_at']).where('project_id', '=', projectId).executeTakeFirst();
  return { cadence: cadenceOf(row?.cadence_days), version: row?.version ?? 0, updatedAt: row?.updated_at ?? null };
}
