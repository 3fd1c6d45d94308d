import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { assertOrganiser, type CourseRow } from './training-access.js';
import type { CreateCourseBody } from './schemas.js';

/** A course of the project; its materials are files the organiser uploaded for the project. */
export async function createTrainingCourse(trx: Tx, actor: Actor, input: CreateCourseBody, now: Date = new Date()): Promise<CourseRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  assertOrganiser(actor);
  const materials = await attachOwnFiles(trx, actor, input.materialFileIds, input.projectId, 'materialFileIds');
  const course: CourseRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    course_key: null,
    topic: input.topic,
    title: input.title,
    description: input.description ?? '',
    duration_minutes: input.durationMinutes,
    audience: input.audience,
    required: input.required ? 1 : 0,
    active: 1,
    material_file_ids: JSON.stringify(materials),
    created_by: actor.userId,
    ...newRowStamp(now.toISOString()),
  };
  await trx.insertInto('training_courses').values(course).execute();
  await recordAudit(trx, actor, course.company_id, { action: 'trainingCourse.create', entityType: 'trainingCourse', entityId: course.id, projectId: course.project_id, after: course });
  return course;
}
