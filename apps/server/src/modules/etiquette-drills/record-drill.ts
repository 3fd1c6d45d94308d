import { uuidv7 } from '@guanjia/domain';
import { drillRecordProblem, RECORD_EARLY_MINUTES } from '@guanjia/domain/etiquette-drills/drill-rules';
import { drillTimetable } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { findVisibleSalesCenter, loadDrillDays, peakPeriodOf, rotationKinds, type DrillRecordRow } from './drill-access.js';
import { DrillAlreadyRecordedError, drillRuleError } from './drill-errors.js';
import { projectPerformers } from './project-performers.js';
import type { RecordDrillBody } from './schemas.js';

/**
 * Marks a slot of the day's timetable done: who performed it, a photo and a note. The slot must be
 * in the timetable and its hour not over (a little early is fine); one record per slot, enforced by
 * the unique index, so of two posts recording at once one gets 409.
 */
export async function recordDrill(trx: Tx, actor: Actor, input: RecordDrillBody, now: Date = new Date()): Promise<DrillRecordRow> {
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  const { periods, rotation } = await loadDrillDays(trx, center.id, input.date, input.date);
  const slot = drillTimetable(periods.map(peakPeriodOf), input.date, { salesCenterId: center.id, rotation: rotationKinds(rotation) }).find((s) => s.start === input.start);
  const params = { date: input.date, start: input.start, end: slot?.end ?? '', minutes: RECORD_EARLY_MINUTES };
  if (!slot) throw drillRuleError('DRILL_NOT_IN_TIMETABLE', 'start', 'etiquetteDrill.field.notInTimetable', params);
  const problem = drillRecordProblem(slot, now);
  if (problem) throw drillRuleError(problem === 'tooEarly' ? 'DRILL_NOT_STARTED' : 'DRILL_HOUR_ENDED', 'start', `etiquetteDrill.field.${problem}`, params);

  const staff = new Set((await projectPerformers(trx, center.project_id)).map((p) => p.id));
  const performerIds = [...new Set(input.performerIds)];
  if (performerIds.some((id) => !staff.has(id))) throw drillRuleError('PERFORMER_NOT_STAFF', 'performerIds', 'etiquetteDrill.field.performerNotStaff');
  await attachOwnFiles(trx, actor, [input.photoId], center.project_id, 'photoId');

  const row: DrillRecordRow = {
    id: uuidv7(),
    company_id: center.company_id,
    project_id: center.project_id,
    sales_center_id: center.id,
    drill_date: slot.date,
    slot_start: slot.start,
    slot_end: slot.end,
    kind: slot.kind,
    performer_ids: JSON.stringify(performerIds),
    photo_file_id: input.photoId,
    note: input.note || null,
    recorded_by: actor.userId,
    recorded_at: now.toISOString(),
  };
  try {
    await trx.insertInto('etiquette_drill_records').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new DrillAlreadyRecordedError(slot.date, slot.start);
    throw err;
  }
  await recordAudit(trx, actor, row.company_id, { action: 'record', entityType: 'etiquetteDrill', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
