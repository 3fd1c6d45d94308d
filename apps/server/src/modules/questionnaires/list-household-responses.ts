import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { grantedOwners } from '../consents/current-consent.js';
import { findVisibleHousehold } from '../households/household-access.js';

/**
 * A household's filled questionnaires with their answers, newest first. Staff see a response only while
 * its respondent consents to serviceProfile (the rest are counted, not shown); the owner sees their own.
 */
export async function listHouseholdResponses(db: DbOrTx, actor: Actor, householdId: string) {
  if (actor.kind !== 'owner') requireRole(actor, ...OWNER_SERVICE_ROLES);
  const household = await findVisibleHousehold(db, actor, householdId);
  const rows = await db
    .selectFrom('questionnaire_responses as r')
    .innerJoin('questionnaires as q', 'q.id', 'r.questionnaire_id')
    .innerJoin('owners as o', 'o.id', 'r.owner_id')
    .leftJoin('users as s', 's.id', 'r.recorded_by')
    .select(['r.id', 'r.questionnaire_id', 'q.version_no', 'q.title', 'q.content', 'r.owner_id', 'o.name as owner_name', 'r.method', 'r.recorded_by', 's.name as recorded_by_name', 'r.answers', 'r.submitted_at'])
    .where('r.household_id', '=', household.id)
    .orderBy('r.submitted_at', 'desc')
    .limit(50)
    .execute();
  const consenting = actor.kind === 'owner' ? null : await grantedOwners(db, rows.map((r) => r.owner_id), 'serviceProfile');
  const visible = consenting ? rows.filter((r) => consenting.has(r.owner_id)) : rows;
  return { household, rows: visible, hiddenCount: rows.length - visible.length };
}
