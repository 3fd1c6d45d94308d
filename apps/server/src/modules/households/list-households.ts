import { canSeePersonalData } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { HouseholdRow } from './household-access.js';
import type { ListHouseholdsQuery } from './schemas.js';

/**
 * One project's households in building/unit order; ?q= matches the unit code or a member's name, and
 * a member's phone only for viewers who see phones in full: a masked viewer must not be able to
 * confirm a number by searching for it. The route has checked that the project is visible.
 */
export async function listHouseholds(db: DbOrTx, actor: Actor, projectId: string, query: ListHouseholdsQuery): Promise<Page<HouseholdRow>> {
  let q = db
    .selectFrom('households')
    .innerJoin('units', 'units.id', 'households.unit_id')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .selectAll('households')
    .where('households.company_id', '=', actor.companyId)
    .where('households.project_id', '=', projectId);
  if (query.q) {
    const text = query.q;
    const memberColumns = canSeePersonalData(actor, { projectId, ownerId: null, assignedToActor: false }) ? ['owners.name', 'owners.phone'] : ['owners.name'];
    q = q.where((eb) =>
      eb.or([
        containsText('units.code', text),
        eb.exists(
          eb
            .selectFrom('household_members')
            .innerJoin('owners', 'owners.id', 'household_members.owner_id')
            .select('household_members.id')
            .whereRef('household_members.household_id', '=', 'households.id')
            .where(containsText(memberColumns, text)),
        ),
      ]),
    );
  }
  return paginate(q, (p) => p.orderBy('buildings.code').orderBy('units.code').orderBy('households.id'), query);
}
