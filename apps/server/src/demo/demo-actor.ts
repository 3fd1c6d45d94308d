import type { Role } from '@guanjia/domain';
import type { Tx } from '../platform/db/transaction.js';
import type { Actor } from '../platform/http/actor.js';
import type { DemoIds } from './seed-demo.js';

/** A demo staff account as the actor of a module's demo writes, read from its user row, working in project 1. */
export async function demoStaffActor(trx: Tx, ids: DemoIds, username: string): Promise<Actor> {
  const u = await trx.selectFrom('users').select(['id', 'name', 'roles', 'company_id']).where('id', '=', ids.users[username]!).executeTakeFirstOrThrow();
  return { userId: u.id, username, name: u.name, companyId: u.company_id, kind: 'staff', roles: JSON.parse(u.roles) as Role[], projectIds: [ids.projectIds[0]], ownerId: null, vendorId: null, departmentId: null };
}
