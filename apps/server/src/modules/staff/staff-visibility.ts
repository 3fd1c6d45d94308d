import { sql } from 'kysely';
import type { Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { USER_COLUMNS } from './user-record.js';

/** Roles that may read staff accounts at all; everyone else gets 403. */
export const STAFF_READERS: Role[] = ['companyAdmin', 'regionalHead', 'serviceCenterManager'];
/** Writes to staff accounts. */
export const STAFF_WRITERS: Role[] = ['companyAdmin'];

/**
 * The staff accounts an actor may read: the whole company for company administrators and regional
 * heads, otherwise (service-center managers) only people granted one of the actor's projects.
 * Owner accounts are managed through households and are not listed here.
 */
export function visibleStaff(db: DbOrTx, actor: Actor) {
  const query = db.selectFrom('users').select(USER_COLUMNS).where('users.company_id', '=', actor.companyId).where('users.kind', '=', 'staff');
  if (hasRole(actor, 'companyAdmin', 'regionalHead')) return query;
  if (!actor.projectIds.length) return query.where(sql<boolean>`1 = 0`);
  return query.where((eb) =>
    eb.exists(
      eb
        .selectFrom('user_projects')
        .select('user_projects.user_id')
        .whereRef('user_projects.user_id', '=', 'users.id')
        .where('user_projects.project_id', 'in', actor.projectIds),
    ),
  );
}
