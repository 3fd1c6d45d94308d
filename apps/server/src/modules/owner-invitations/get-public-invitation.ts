import { maskName } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { resolveOwnerInvitation } from './resolve-owner-invitation.js';

/** What the owner's phone shows on opening the link: whose it is (name masked), the project and the unit. */
export async function getPublicInvitation(db: DbOrTx, token: string, now: Date = new Date()) {
  const inv = await resolveOwnerInvitation(db, token, now);
  const row = await db
    .selectFrom('owners')
    .innerJoin('projects', 'projects.id', 'owners.project_id')
    .select(['owners.name as owner_name', 'projects.name as project_name'])
    .where('owners.id', '=', inv.owner_id)
    .executeTakeFirstOrThrow();
  const unit = inv.household_id
    ? await db
        .selectFrom('households')
        .innerJoin('units', 'units.id', 'households.unit_id')
        .innerJoin('buildings', 'buildings.id', 'units.building_id')
        .select(['buildings.name as building_name', 'units.code as unit_code'])
        .where('households.id', '=', inv.household_id)
        .executeTakeFirst()
    : undefined;
  return {
    ownerName: maskName(row.owner_name),
    projectName: row.project_name,
    unitLabel: unit ? `${unit.building_name} ${unit.unit_code}` : null,
    expiresAt: inv.expires_at,
  };
}
