import type { DbOrTx } from '../../platform/db/transaction.js';
import { listProjectStaff } from '../staff/list-project-staff.js';

/** Active butlers granted the project: whom a deal's onboarding checklist may be given to. */
export async function listProjectButlers(db: DbOrTx, projectId: string): Promise<{ id: string; name: string }[]> {
  return (await listProjectStaff(db, projectId, ['butler'])).map(({ id, name }) => ({ id, name }));
}
