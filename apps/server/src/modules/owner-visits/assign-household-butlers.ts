import { OWNER_VISIT_MANAGER_ROLES } from '@guanjia/domain/owner-visits/index';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, requireRole } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { listProjectStaff } from '../staff/list-project-staff.js';
import { BUTLER_OF_HOUSEHOLD, projectHouseholds } from './household-butler.js';
import type { AssignButlersBody } from './schemas.js';

/**
 * 选择楼栋 → 分配管家: gives every household of a building (or the chosen households) to one of the
 * project's butlers. One audit row per household whose butler changes; re-assigning the same butler
 * changes nothing. A concurrent assignment of the same household loses on the unique household index.
 */
export async function assignHouseholdButlers(trx: Tx, actor: Actor, projectId: string, input: AssignButlersBody, now: Date = new Date()): Promise<{ assigned: number; unchanged: number }> {
  requireRole(actor, ...OWNER_VISIT_MANAGER_ROLES);
  assertProjectVisible(actor, projectId, 'entity.project');
  const byBuilding = Boolean(input.buildingId);
  const byHouseholds = Boolean(input.householdIds?.length);
  if (byBuilding === byHouseholds) throw new ValidationError({ buildingId: 'ownerVisit.field.buildingOrHouseholds' });
  if (!(await listProjectStaff(trx, projectId, ['butler'])).some((b) => b.id === input.butlerId)) throw new ValidationError({ butlerId: 'ownerVisit.field.notProjectButler' });
  if (input.buildingId) {
    const building = await trx.selectFrom('buildings').select('id').where('id', '=', input.buildingId).where('project_id', '=', projectId).executeTakeFirst();
    if (!building) throw new ValidationError({ buildingId: 'ownerVisit.field.buildingNotInProject' });
  }

  let q = projectHouseholds(trx, projectId).select(['h.id', 'h.company_id', 'hb.id as assignment_id', 'hb.butler_id as assigned_butler_id', 'hb.version as assignment_version', BUTLER_OF_HOUSEHOLD.as('butler_id')]);
  q = input.buildingId ? q.where('b.id', '=', input.buildingId) : q.where('h.id', 'in', input.householdIds!);
  const rows = await q.orderBy('h.id').execute();
  if (input.householdIds?.length) {
    const found = new Set(rows.map((r) => r.id));
    const missing = input.householdIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw new ValidationError({ [`householdIds.${missing}`]: 'ownerVisit.field.householdNotInProject' });
  }

  const at = now.toISOString();
  let assigned = 0;
  for (const r of rows) {
    if (r.butler_id === input.butlerId || (input.onlyUnassigned && r.butler_id)) continue;
    if (r.assignment_id) {
      const updated = await trx
        .updateTable('household_butlers')
        .set({ butler_id: input.butlerId, assigned_by: actor.userId, updated_at: at, version: r.assignment_version! + 1 })
        .where('id', '=', r.assignment_id)
        .where('version', '=', r.assignment_version!)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new StaleUpdateError();
    } else {
      try {
        await trx
          .insertInto('household_butlers')
          .values({ id: uuidv7(), company_id: r.company_id, project_id: projectId, household_id: r.id, butler_id: input.butlerId, assigned_by: actor.userId, ...newRowStamp(at) })
          .execute();
      } catch (err) {
        // Another manager assigned it a moment ago.
        if (isUniqueViolation(err)) throw new StaleUpdateError();
        throw err;
      }
    }
    await recordAudit(trx, actor, r.company_id, {
      action: 'ownerVisit.assignButler',
      entityType: 'household',
      entityId: r.id,
      projectId,
      before: { butlerId: r.butler_id, source: r.assigned_butler_id ? 'assigned' : r.butler_id ? 'deal' : null },
      after: { butlerId: input.butlerId },
    });
    assigned++;
  }
  return { assigned, unchanged: rows.length - assigned };
}
