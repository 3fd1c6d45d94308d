import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';

/** The body of GET /api/me and of a successful login. */
export async function presentMe(db: DbOrTx, actor: Actor) {
  const [user, projects] = await Promise.all([
    db
      .selectFrom('users')
      .innerJoin('companies', 'companies.id', 'users.company_id')
      .select(['users.phone', 'companies.id as companyId', 'companies.name as companyName'])
      .where('users.id', '=', actor.userId)
      .executeTakeFirstOrThrow(),
    actor.projectIds.length
      ? db.selectFrom('projects').select(['id', 'name']).where('id', 'in', actor.projectIds).orderBy('code').execute()
      : Promise.resolve([]),
  ]);
  return {
    user: { id: actor.userId, username: actor.username, name: actor.name, kind: actor.kind, roles: actor.roles, phone: user.phone },
    company: { id: user.companyId, name: user.companyName },
    projects,
  };
}
