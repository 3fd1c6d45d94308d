import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import type { HouseholdRow } from './household-access.js';
import type { CreateHouseholdBody } from './schemas.js';

/** Links a household to a unit of the project; one household per unit. The route has checked the project. */
export async function createHousehold(trx: Tx, actor: Actor, projectId: string, input: CreateHouseholdBody): Promise<HouseholdRow> {
  const unit = await trx
    .selectFrom('units')
    .select(['id', 'code'])
    .where('id', '=', input.unitId)
    .where('project_id', '=', projectId)
    .where('company_id', '=', actor.companyId)
    .executeTakeFirst();
  if (!unit) throw new ValidationError({ unitId: 'household.unitNotInProject' });
  const row: HouseholdRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    unit_id: unit.id,
    name: input.name ?? null,
    ...newRowStamp(),
  };
  try {
    await trx.insertInto('households').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('DUPLICATE', 'household.unitTaken', { unit: unit.code }, { unitId: 'household.unitTaken' });
    throw err;
  }
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'household', entityId: row.id, projectId, after: row });
  return row;
}
