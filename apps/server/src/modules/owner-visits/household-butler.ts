import { shanghaiInstant } from '@guanjia/domain';
import { OWNER_VISIT_MANAGER_ROLES, overdueCutoffs, type VisitCadence } from '@guanjia/domain/owner-visits/index';
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { findVisibleHousehold, type HouseholdRow } from '../households/household-access.js';

/*
 * A household's butler is computed when read: the one a manager assigned (household_butlers), else
 * the butler of its latest recorded deal that names one. So a new deal puts its household on that
 * butler's list at once, and an assignment always wins. The fragments below expect the household
 * as `h` and its assignment row left-joined as `hb`.
 */
const DEAL_BUTLER = sql<string | null>`(select d.butler_id from deals d where d.household_id = h.id and d.status = 'recorded' and d.butler_id is not null order by d.signing_date desc, d.id desc limit 1)`;
export const BUTLER_OF_HOUSEHOLD = sql<string | null>`coalesce(hb.butler_id, ${DEAL_BUTLER})`;
/** 'assigned', 'deal' or null (nobody looks after the household yet). */
export const BUTLER_SOURCE = sql<'assigned' | 'deal' | null>`case when hb.butler_id is not null then 'assigned' when ${DEAL_BUTLER} is not null then 'deal' else null end`;
export const BUTLER_NAME = sql<string | null>`(select bu.name from users bu where bu.id = ${BUTLER_OF_HOUSEHOLD})`;
/** The Shanghai date of the household's latest routine visit. */
export const LAST_VISITED_ON = sql<string | null>`(select max(v.visited_on) from owner_visits v where v.household_id = h.id)`;

/**
 * "Overdue" as SQL over a household's last visit date and created_at, through the domain's cut-offs,
 * so counts and reminders agree with the schedule's status.
 */
export function overdueCondition(cadence: VisitCadence, today: string, lastOn: RawBuilder<unknown>, createdAt: RawBuilder<unknown>): RawBuilder<boolean> {
  const cut = overdueCutoffs(cadence, today);
  const sinceBefore = shanghaiInstant(cut.sinceBefore, '00:00').toISOString();
  return sql<boolean>`((${lastOn} is not null and ${lastOn} < ${cut.lastVisitBefore}) or (${lastOn} is null and ${createdAt} < ${sinceBefore}))`;
}

/** A project's households with unit and building (h, u, b) and the assignment row (hb). */
export function projectHouseholds(db: DbOrTx, projectId: string) {
  return db
    .selectFrom('households as h')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .leftJoin('household_butlers as hb', 'hb.household_id', 'h.id')
    .where('h.project_id', '=', projectId);
}

export const isVisitManager = (actor: Actor) => hasRole(actor, ...OWNER_VISIT_MANAGER_ROLES);
/** Managers and the regional head read every butler's households and visits; a butler reads their own. */
export const seesEveryButler = (actor: Actor) => isVisitManager(actor) || hasRole(actor, 'regionalHead');

/** The butler looking after one household now (assigned or from its deal), or null. */
export async function butlerOfHousehold(db: DbOrTx, householdId: string): Promise<string | null> {
  const row = await db
    .selectFrom('households as h')
    .leftJoin('household_butlers as hb', 'hb.household_id', 'h.id')
    .select(BUTLER_OF_HOUSEHOLD.as('butler_id'))
    .where('h.id', '=', householdId)
    .executeTakeFirst();
  return row?.butler_id ?? null;
}

/**
 * A household the caller may visit: 404 outside their projects; a butler only for the households
 * they look after (403 for another butler's or an unassigned one), a manager for any.
 */
export async function findVisitHousehold(db: DbOrTx, actor: Actor, householdId: string): Promise<{ household: HouseholdRow; butlerId: string | null }> {
  const household = await findVisibleHousehold(db, actor, householdId);
  const butlerId = await butlerOfHousehold(db, household.id);
  if (!isVisitManager(actor) && butlerId !== actor.userId) throw new ForbiddenError('ownerVisit.error.notYourHousehold');
  return { household, butlerId };
}

/** "1号楼 1-101（吴宅）", as the profile page names a household. */
export const householdLabelOf = (r: { building_name: string; unit_code: string; household_name: string | null }) => `${r.building_name} ${r.unit_code}${r.household_name ? `（${r.household_name}）` : ''}`;
