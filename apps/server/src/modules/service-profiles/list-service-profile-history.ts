import { SERVICE_PROFILE_EDITOR_ROLES } from '@guanjia/domain/service-profiles/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { findProfileHousehold } from './service-profile-access.js';

/** Who changed the profile and which parts, newest first; the contents stay out (consent may hide them). */
export async function listServiceProfileHistory(db: DbOrTx, actor: Actor, householdId: string) {
  if (actor.kind !== 'owner') requireRole(actor, ...SERVICE_PROFILE_EDITOR_ROLES);
  const { household } = await findProfileHousehold(db, actor, householdId);
  const rows = await db
    .selectFrom('service_profile_events')
    .innerJoin('service_profiles', 'service_profiles.id', 'service_profile_events.service_profile_id')
    .leftJoin('users', 'users.id', 'service_profile_events.actor_id')
    .select(['service_profile_events.id', 'service_profile_events.action', 'service_profile_events.actor_id', 'users.name as actor_name', 'service_profile_events.data', 'service_profile_events.created_at'])
    .where('service_profiles.household_id', '=', household.id)
    .orderBy('service_profile_events.id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
    fields: ((r.data ? JSON.parse(r.data) : {}) as { fields?: string[] }).fields ?? [],
    at: r.created_at,
  }));
}
