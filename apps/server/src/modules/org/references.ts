import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError, type FieldErrors } from '../../platform/http/errors.js';

/**
 * A region or developer named in a body must belong to the caller's company. A wrong id is bad
 * input (400 naming the field), not a missing resource: the URL itself was fine.
 */
export async function assertCompanyReferences(db: DbOrTx, actor: Actor, refs: { regionId?: string; developerId?: string | null }): Promise<void> {
  const fields: FieldErrors = {};
  if (refs.regionId !== undefined) {
    const region = await db.selectFrom('regions').select('id').where('id', '=', refs.regionId).where('company_id', '=', actor.companyId).executeTakeFirst();
    if (!region) fields.regionId = 'org.unknownRegion';
  }
  if (refs.developerId) {
    const developer = await db.selectFrom('developers').select('id').where('id', '=', refs.developerId).where('company_id', '=', actor.companyId).executeTakeFirst();
    if (!developer) fields.developerId = 'org.unknownDeveloper';
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
}
