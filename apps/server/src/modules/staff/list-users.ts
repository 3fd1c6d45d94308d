import type { Db } from '../../platform/db/database.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { ListUsersQuery } from './schemas.js';
import { visibleStaff } from './staff-visibility.js';
import type { UserRow } from './user-record.js';

export async function listUsers(db: Db, actor: Actor, query: ListUsersQuery): Promise<Page<UserRow>> {
  let q = visibleStaff(db, actor);
  if (query.q) q = q.where(containsText(['users.username', 'users.name'], query.q));
  // Roles are a JSON array of codes; the code is validated against ROLES, so it is safe inside the pattern.
  if (query.role) q = q.where('users.roles', 'like', `%"${query.role}"%`);
  if (query.projectId) {
    const projectId = query.projectId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('user_projects').select('user_projects.user_id').whereRef('user_projects.user_id', '=', 'users.id').where('user_projects.project_id', '=', projectId)),
    );
  }
  return paginate(q, (p) => p.orderBy('users.username'), query);
}
