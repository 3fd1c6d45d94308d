import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { presentPersonRecord } from './get-training-record.js';
import { presentSessions } from './list-training-sessions.js';
import { presentQuizzes } from './present-quiz.js';
import { projectTrainees } from './training-access.js';

/** 我的培训: per project the caller works in, their sessions, quizzes and record. */
export async function getMyTraining(db: DbOrTx, actor: Actor) {
  const projects = [];
  const memberships = await db.selectFrom('user_projects').select('project_id').where('user_id', '=', actor.userId).execute();
  for (const { project_id: projectId } of memberships) {
    if (!actor.projectIds.includes(projectId)) continue;
    const me = (await projectTrainees(db, projectId)).find((u) => u.id === actor.userId);
    if (!me) continue;
    const [sessionRows, quizRows] = await Promise.all([
      db
        .selectFrom('training_sessions as s')
        .innerJoin('training_session_trainees as t', 't.session_id', 's.id')
        .selectAll('s')
        .where('t.user_id', '=', actor.userId)
        .where('s.project_id', '=', projectId)
        .orderBy('s.session_date', 'desc')
        .limit(200)
        .execute(),
      db
        .selectFrom('training_quizzes as q')
        .innerJoin('training_quiz_trainees as t', 't.quiz_id', 'q.id')
        .selectAll('q')
        .where('t.user_id', '=', actor.userId)
        .where('q.project_id', '=', projectId)
        .orderBy('q.created_at', 'desc')
        .limit(200)
        .execute(),
    ]);
    const project = await db.selectFrom('projects').select(['id', 'name']).where('id', '=', projectId).executeTakeFirstOrThrow();
    projects.push({
      project,
      sessions: await presentSessions(db, sessionRows),
      quizzes: await presentQuizzes(db, { ...actor, roles: [] }, quizRows),
      record: await presentPersonRecord(db, projectId, me),
    });
  }
  return { projects };
}
