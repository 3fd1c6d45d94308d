import type { Role } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { HouseholdTable } from './tables.js';

export type HouseholdRow = Selectable<HouseholdTable>;

/** Who may create and edit households, members and owners (in the projects they work in). */
export const HOUSEHOLD_WRITERS: Role[] = ['companyAdmin', 'serviceCenterManager', 'butler'];

/**
 * A household the actor may see, or 404: staff need its project; an owner account only ever sees
 * the households it is a member of, even within its own project.
 */
export async function findVisibleHousehold(db: DbOrTx, actor: Actor, id: string): Promise<HouseholdRow> {
  const household = await db.selectFrom('households').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!household) throw new NotFoundError('entity.household');
  if (actor.kind === 'owner') {
    const member = actor.ownerId
      ? await db.selectFrom('household_members').select('id').where('household_id', '=', id).where('owner_id', '=', actor.ownerId).executeTakeFirst()
      : undefined;
    if (!member) throw new NotFoundError('entity.household');
  } else {
    assertProjectVisible(actor, household.project_id, 'entity.household');
  }
  return household;
}
