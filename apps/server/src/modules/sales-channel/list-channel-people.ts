import { COMPANY_WIDE_ROLES, type Role } from '@guanjia/domain';
import { channelSidesOf, type ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';

export interface ChannelPerson {
  id: string;
  name: string;
  side: ChannelSide;
  roles: Role[];
}

/** Active staff granted the project who belong to a side: who may attend a joint meeting or own an action item. */
async function projectPeople(db: DbOrTx, companyId: string, projectId: string): Promise<ChannelPerson[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.roles'])
    .where('user_projects.project_id', '=', projectId)
    .where('users.company_id', '=', companyId)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    .orderBy('users.name')
    .execute();
  return rows.flatMap((u) => {
    const roles = (JSON.parse(u.roles) as Role[]).filter((r) => !COMPANY_WIDE_ROLES.includes(r));
    // Property first: an account of both sides is listed once.
    const side = channelSidesOf(roles)[0];
    return side ? [{ id: u.id, name: u.name, side, roles }] : [];
  });
}

export async function listChannelPeople(db: DbOrTx, actor: Actor, projectId: string): Promise<ChannelPerson[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  return projectPeople(db, actor.companyId, projectId);
}

/** The given ids as people of the project's two teams, or 400 on `field`. */
export async function assertChannelPeople(db: DbOrTx, companyId: string, projectId: string, ids: readonly string[], field: string): Promise<ChannelPerson[]> {
  const people = new Map((await projectPeople(db, companyId, projectId)).map((p) => [p.id, p]));
  const found = [...new Set(ids)].map((id) => people.get(id));
  if (found.some((p) => !p)) throw new ValidationError({ [field]: 'salesChannel.field.notProjectPerson' });
  return found as ChannelPerson[];
}

/** Names and sides of the given accounts, as they are now (a meeting's attendees, action items' owners). */
export async function peopleByIds(db: DbOrTx, ids: readonly (string | null | undefined)[]): Promise<Map<string, { name: string; side: ChannelSide | null }>> {
  const unique = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name', 'roles']).where('id', 'in', unique).execute();
  return new Map(rows.map((u) => [u.id, { name: u.name, side: channelSidesOf(JSON.parse(u.roles) as Role[])[0] ?? null }]));
}
