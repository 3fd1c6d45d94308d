import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { presentCourse, type CourseView } from './present-training.js';

/** The project's courses by topic in the seed's order, then title. */
export async function listTrainingCourses(db: DbOrTx, actor: Actor, projectId: string): Promise<CourseView[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const rows = await db.selectFrom('training_courses').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', projectId).orderBy('created_at').orderBy('id').execute();
  return rows.map(presentCourse);
}
