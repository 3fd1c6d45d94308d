import { businessDate, uuidv7 } from '@guanjia/domain';
import { creditOnJoining, type RosterEntry } from '@guanjia/domain/reception/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { loadRotation } from './load-rotation.js';
import { findVisibleSalesCenter, listHosts, type RosterRow } from './reception-access.js';
import type { SetRosterBody } from './schemas.js';

/**
 * Sets a day's roster: the order of the list is the rotation order, each with on duty or not.
 * Someone coming on duty today after walk-ins were already handed out gets turn credit level with
 * the least-served colleague (domain reception/rotation). Past days are history and stay as they were.
 */
export async function setDutyRoster(trx: Tx, actor: Actor, input: SetRosterBody, now: Date = new Date()): Promise<void> {
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  const today = businessDate(now);
  if (input.date < today) throw new ValidationError({ date: 'reception.field.rosterPast' });
  const ids = input.entries.map((e) => e.consultantId);
  const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (dup >= 0) throw new ValidationError({ [`entries.${dup}.consultantId`]: 'reception.field.duplicateConsultant' });
  const hosts = new Set((await listHosts(trx, center.company_id, center.project_id)).map((h) => h.id));
  const stranger = ids.findIndex((id) => !hosts.has(id));
  if (stranger >= 0) throw new ValidationError({ [`entries.${stranger}.consultantId`]: 'reception.field.notAHost' });

  const state = await loadRotation(trx, center.id, input.date);
  const existing = new Map(state.roster.map((r) => [r.consultant_id, r]));
  // The roster as it will stand, for the credit of whoever joins now.
  const planned: RosterEntry[] = input.entries.map((e, i) => ({
    consultantId: e.consultantId,
    position: i + 1,
    onDuty: e.onDuty,
    turnCredit: existing.get(e.consultantId)?.turn_credit ?? 0,
  }));
  const audit = async (action: string, before: RosterRow | undefined, after: RosterRow | undefined) =>
    recordAudit(trx, actor, center.company_id, { action, entityType: 'dutyRoster', entityId: (after ?? before)!.id, projectId: center.project_id, before, after });

  for (const [i, entry] of input.entries.entries()) {
    const before = existing.get(entry.consultantId);
    const joining = entry.onDuty && (!before || before.on_duty !== 1);
    const credit = joining && input.date === today ? creditOnJoining(planned, state.turns, entry.consultantId) : (before?.turn_credit ?? 0);
    planned[i]!.turnCredit = credit;
    if (!before) {
      const row: RosterRow = {
        id: uuidv7(),
        company_id: center.company_id,
        project_id: center.project_id,
        sales_center_id: center.id,
        duty_date: input.date,
        consultant_id: entry.consultantId,
        position: i + 1,
        on_duty: entry.onDuty ? 1 : 0,
        turn_credit: credit,
        ...newRowStamp(now.toISOString()),
      };
      await trx.insertInto('reception_duty_rosters').values(row).execute();
      await audit('create', undefined, row);
      continue;
    }
    const changes = changedColumns(before, { position: i + 1, on_duty: entry.onDuty ? 1 : 0, turn_credit: credit });
    if (Object.keys(changes).length) await audit('update', before, await updateVersioned(trx, 'reception_duty_rosters', before, changes));
  }
  for (const row of state.roster.filter((r) => !ids.includes(r.consultant_id))) {
    await trx.deleteFrom('reception_duty_rosters').where('id', '=', row.id).execute();
    await audit('delete', row, undefined);
  }
}
