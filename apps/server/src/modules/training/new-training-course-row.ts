import { uuidv7 } from '@guanjia/domain';
import type { DefaultCourse } from '@guanjia/domain/training/training-topics';
import { newRowStamp } from '../../platform/db/transaction.js';
import type { CourseRow } from './training-access.js';

/** A course row from the default list, for a project's first courses (and the demo). */
export function newTrainingCourseRow(tenancy: { company_id: string; project_id: string }, course: DefaultCourse, createdBy: string, at: string): CourseRow {
  return {
    id: uuidv7(),
    ...tenancy,
    course_key: course.key,
    topic: course.topic,
    title: course.title,
    description: course.description,
    duration_minutes: course.durationMinutes,
    audience: course.audience,
    required: course.required ? 1 : 0,
    active: 1,
    material_file_ids: '[]',
    created_by: createdBy,
    ...newRowStamp(at),
  };
}
