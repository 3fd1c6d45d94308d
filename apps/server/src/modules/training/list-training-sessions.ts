import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { presentSession, type SessionView } from './present-training.js';
import { userNames, type SessionRow } from './training-access.js';
import type { ListSessionsQuery } from './schemas.js';

/** The project's sessions, latest first. */
export async function listTrainingSessions(db: DbOrTx, actor: Actor, q: ListSessionsQuery): Promise<SessionView[]> {
  assertProjectVisible(actor, q.projectId, 'entity.project');
  let query = db.selectFrom('training_sessions').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', q.projectId);
  if (q.status) query = query.where('status', '=', q.status);
  return presentSessions(db, await query.orderBy('session_date', 'desc').orderBy('start_time', 'desc').orderBy('id').limit(500).execute());
}

export async function presentSessions(db: DbOrTx, rows: SessionRow[]): Promise<SessionView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [courses, counts] = await Promise.all([
    db.selectFrom('training_courses').selectAll().where('id', 'in', [...new Set(rows.map((r) => r.course_id))]).execute(),
    db.selectFrom('training_session_trainees').select(['session_id']).select((eb) => eb.fn.countAll<number>().as('n')).where('session_id', 'in', ids).groupBy('session_id').execute(),
  ]);
  const user = await userNames(db, rows.map((r) => r.trainer_id));
  const course = new Map(courses.map((c) => [c.id, c]));
  const count = new Map(counts.map((c) => [c.session_id, Number(c.n)]));
  return rows.map((s) => presentSession(s, course.get(s.course_id), user, count.get(s.id) ?? 0));
}
