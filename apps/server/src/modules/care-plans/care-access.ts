import { CARE_STAFF_ROLES } from '@guanjia/domain/care-plans/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, requireRole } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { findVisibleHousehold } from '../households/household-access.js';
import type { CarePlanRow, CareRuleRow, CareSuggestionRow } from './care-records.js';

type CareTable = 'care_rules' | 'care_suggestions' | 'care_plans';
const ENTITY: Record<CareTable, string> = { care_rules: 'entity.careRule', care_suggestions: 'entity.careSuggestion', care_plans: 'entity.carePlan' };

interface RowOf {
  care_rules: CareRuleRow;
  care_suggestions: CareSuggestionRow;
  care_plans: CarePlanRow;
}

/** A care record of a project the actor may see, or 404 (another company's or project's records do not exist for them). */
export async function findCareRecord<T extends CareTable>(db: DbOrTx, actor: Actor, table: T, id: string): Promise<RowOf[T]> {
  requireRole(actor, ...CARE_STAFF_ROLES);
  const row = await db.selectFrom(table as CareTable).selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError(ENTITY[table]);
  assertProjectVisible(actor, row.project_id, ENTITY[table]);
  return row as unknown as RowOf[T];
}

/**
 * The projects a care list reads: one household's (404 when not visible), one project (404 when not
 * visible) or every project of the actor's.
 */
export async function careListScope(db: DbOrTx, actor: Actor, q: { projectId?: string; householdId?: string }): Promise<{ projectIds: string[]; householdId: string | null }> {
  requireRole(actor, ...CARE_STAFF_ROLES);
  if (q.householdId) {
    const household = await findVisibleHousehold(db, actor, q.householdId);
    if (q.projectId && q.projectId !== household.project_id) throw new NotFoundError('entity.household');
    return { projectIds: [household.project_id], householdId: household.id };
  }
  if (q.projectId) {
    assertProjectVisible(actor, q.projectId, 'entity.project');
    return { projectIds: [q.projectId], householdId: null };
  }
  return { projectIds: actor.projectIds, householdId: null };
}
