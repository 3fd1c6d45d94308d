import type { DbOrTx } from '../../platform/db/transaction.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { DepartmentTable } from './tables.js';

/** Company-level departments are seen by all staff; a project's only by those who see the project. */
export async function getDepartment(db: DbOrTx, actor: Actor, id: string): Promise<DepartmentTable> {
  const row = await db.selectFrom('departments').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.department');
  if (row.project_id) assertProjectVisible(actor, row.project_id, 'entity.department');
  return row;
}
