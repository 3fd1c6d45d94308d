import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { PersonalDataRequestRow } from './request-events.js';

/** A request of a project the reviewer works in (404 elsewhere), re-read inside the deciding transaction. */
export async function loadVisibleRequest(db: DbOrTx, actor: Actor, id: string, version?: number): Promise<PersonalDataRequestRow> {
  const row = await db.selectFrom('personal_data_requests').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.personalDataRequest');
  assertProjectVisible(actor, row.project_id, 'entity.personalDataRequest');
  assertVersion(row.version, version);
  return row;
}
