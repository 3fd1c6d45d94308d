import type { DbOrTx } from '../../platform/db/transaction.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { ProjectTable } from './tables.js';

/** A project the caller may see; any other (or another company's) is answered 404. */
export async function getProject(db: DbOrTx, actor: Actor, id: string): Promise<ProjectTable> {
  assertProjectVisible(actor, id, 'entity.project');
  const row = await db.selectFrom('projects').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.project');
  return row;
}
