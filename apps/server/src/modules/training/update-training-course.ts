import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { assertOrganiser, loadCourse, parseJson, type CourseRow } from './training-access.js';
import type { UpdateCourseBody } from './schemas.js';
import type { TrainingCourseTable } from './tables.js';

/** Edits a course; a course is retired (active: false) rather than deleted, so records keep it. */
export async function updateTrainingCourse(trx: Tx, actor: Actor, id: string, input: UpdateCourseBody): Promise<CourseRow> {
  assertOrganiser(actor);
  const before = await loadCourse(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes: Updateable<TrainingCourseTable> = {};
  if (input.topic !== undefined) changes.topic = input.topic;
  if (input.title !== undefined) changes.title = input.title;
  if (input.description !== undefined) changes.description = input.description;
  if (input.durationMinutes !== undefined) changes.duration_minutes = input.durationMinutes;
  if (input.audience !== undefined) changes.audience = input.audience;
  if (input.required !== undefined) changes.required = input.required ? 1 : 0;
  if (input.active !== undefined) changes.active = input.active ? 1 : 0;
  if (input.materialFileIds !== undefined) {
    // Files already attached stay; new ones must be the organiser's own uploads.
    const kept = parseJson<string[]>(before.material_file_ids, []);
    const added = await attachOwnFiles(trx, actor, input.materialFileIds.filter((f) => !kept.includes(f)), before.project_id, 'materialFileIds');
    changes.material_file_ids = JSON.stringify([...kept.filter((f) => input.materialFileIds!.includes(f)), ...added]);
  }
  const after = await updateVersioned(trx, 'training_courses', before, changes);
  await recordAudit(trx, actor, after.company_id, { action: 'trainingCourse.update', entityType: 'trainingCourse', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
