import { DRILL_PERFORMER_ROLES } from '@guanjia/domain/etiquette-drills/drill-rules';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { listProjectStaff } from '../staff/list-project-staff.js';

/** Active staff of the project who may be named as performers of a drill, by name. */
export async function projectPerformers(db: DbOrTx, projectId: string): Promise<{ id: string; name: string }[]> {
  return (await listProjectStaff(db, projectId, DRILL_PERFORMER_ROLES)).map(({ id, name }) => ({ id, name }));
}
