import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { visibleStaff } from './staff-visibility.js';
import type { UserRow } from './user-record.js';

/** One staff account the actor may see; another company's user, or one outside a manager's projects, is 404. */
export async function getUser(db: DbOrTx, actor: Actor, id: string): Promise<UserRow> {
  const row = await visibleStaff(db, actor).where('users.id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.user');
  return row;
}
