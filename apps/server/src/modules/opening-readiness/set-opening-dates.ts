import { uuidv7 } from '@guanjia/domain';
import { milestonesToMove, type OpeningDates } from '@guanjia/domain/opening-readiness/milestones';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleProject, type OpeningDatesRow, type OpeningMilestoneRow } from './opening-readiness-access.js';
import { recordMilestoneEvent } from './record-milestone-event.js';
import type { SetOpeningDatesBody } from './schemas.js';

export interface OpeningDatesResult {
  dates: OpeningDatesRow;
  added: string[];
  moved: string[];
  removed: string[];
}

const datesOf = (row: Pick<OpeningDatesRow, 'first_launch_date' | 'clubhouse_opening_date' | 'show_flat_opening_date'>): OpeningDates => ({
  firstLaunchDate: row.first_launch_date,
  clubhouseOpeningDate: row.clubhouse_opening_date,
  showFlatOpeningDate: row.show_flat_opening_date,
});

/**
 * Sets a project's opening dates and brings its milestones in line, in one transaction: a date set
 * for the first time creates its milestones, a moved date moves them (done flags, owners and notes
 * are kept by key; the alert level starts again for the new due date), a cleared date removes them.
 */
export async function setOpeningDates(trx: Tx, actor: Actor, input: SetOpeningDatesBody, now: Date = new Date()): Promise<OpeningDatesResult> {
  await findVisibleProject(trx, actor, input.projectId);
  const at = now.toISOString();
  const next: OpeningDates = {
    firstLaunchDate: input.firstLaunchDate,
    clubhouseOpeningDate: input.clubhouseOpeningDate,
    showFlatOpeningDate: input.showFlatOpeningDate,
  };
  const columns = { first_launch_date: next.firstLaunchDate, clubhouse_opening_date: next.clubhouseOpeningDate, show_flat_opening_date: next.showFlatOpeningDate, updated_by: actor.userId };

  const before = await trx.selectFrom('opening_dates').selectAll().where('project_id', '=', input.projectId).executeTakeFirst();
  let dates: OpeningDatesRow;
  if (before) {
    assertVersion(before.version, input.version);
    const same = JSON.stringify(datesOf(before)) === JSON.stringify(next);
    if (same) return { dates: before, added: [], moved: [], removed: [] };
    // Updating the row first serialises two movers: the second loses with 409 before touching a milestone.
    dates = await updateVersioned(trx, 'opening_dates', before, columns);
  } else {
    dates = { id: uuidv7(), company_id: actor.companyId, project_id: input.projectId, ...columns, ...newRowStamp(at) };
    await withUniqueField('projectId', input.projectId, () => trx.insertInto('opening_dates').values(dates).execute());
  }

  const tracked = await trx.selectFrom('opening_milestones').selectAll().where('project_id', '=', input.projectId).execute();
  const changes = milestonesToMove(
    tracked.map((row) => ({ key: row.key, dueDate: row.due_date, done: row.done_at !== null, row })),
    next,
  );

  for (const m of changes.added) {
    const row: OpeningMilestoneRow = {
      id: uuidv7(),
      company_id: dates.company_id,
      project_id: dates.project_id,
      key: m.key,
      due_date: m.dueDate,
      owner_id: null,
      done_at: null,
      done_by: null,
      note: null,
      alert_level: 'none',
      ...newRowStamp(at),
    };
    await trx.insertInto('opening_milestones').values(row).execute();
    await recordMilestoneEvent(trx, row, { action: 'created', to: m.dueDate, actorId: actor.userId, at });
  }
  for (const { milestone, fromDueDate, toDueDate } of changes.moved) {
    await updateVersioned(trx, 'opening_milestones', milestone.row, { due_date: toDueDate, alert_level: 'none' });
    await recordMilestoneEvent(trx, milestone.row, { action: 'moved', from: fromDueDate, to: toDueDate, note: input.reason ?? null, actorId: actor.userId, at });
  }
  for (const { row } of changes.removed) {
    await trx.deleteFrom('opening_milestones').where('id', '=', row.id).execute();
    await recordMilestoneEvent(trx, row, { action: 'removed', from: row.due_date, note: row.done_at ? 'done' : null, actorId: actor.userId, at });
  }

  const result: OpeningDatesResult = {
    dates,
    added: changes.added.map((m) => m.key),
    moved: changes.moved.map((m) => m.milestone.key),
    removed: changes.removed.map((m) => m.key),
  };
  const milestoneChanges = { added: result.added, moved: result.moved, removed: result.removed };
  await trx
    .insertInto('opening_date_events')
    .values({
      id: uuidv7(),
      company_id: dates.company_id,
      project_id: dates.project_id,
      dates_id: dates.id,
      before: before ? JSON.stringify(datesOf(before)) : null,
      after: JSON.stringify(next),
      milestone_changes: JSON.stringify(milestoneChanges),
      reason: input.reason || null,
      actor_id: actor.userId,
      created_at: at,
    })
    .execute();
  await recordAudit(trx, actor, dates.company_id, {
    action: before ? 'openingDates.move' : 'openingDates.set',
    entityType: 'openingDates',
    entityId: dates.id,
    projectId: dates.project_id,
    before: before ?? null,
    after: { ...dates, milestoneChanges },
  });
  return result;
}
