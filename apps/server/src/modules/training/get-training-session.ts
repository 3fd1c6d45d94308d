import { trainingSessionActionsFor } from '@guanjia/domain/training/training-session-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { presentSession } from './present-training.js';
import { isSessionTrainee, loadSession, readsAll, userNames, type SessionRow } from './training-access.js';

/** A session with its trainees' attendance, history and the caller's buttons; trainees see only sessions they are invited to. */
export async function getTrainingSession(db: DbOrTx, actor: Actor, id: string) {
  const session = await loadSession(db, actor, id);
  if (!readsAll(actor) && session.trainer_id !== actor.userId && !(await isSessionTrainee(db, session.id, actor.userId))) throw new NotFoundError('entity.trainingSession');
  return presentSessionDetail(db, actor, session);
}

export async function presentSessionDetail(db: DbOrTx, actor: Actor, session: SessionRow) {
  const [course, trainees, history] = await Promise.all([
    db.selectFrom('training_courses').selectAll().where('id', '=', session.course_id).executeTakeFirst(),
    db.selectFrom('training_session_trainees').selectAll().where('session_id', '=', session.id).execute(),
    db.selectFrom('training_session_events').selectAll().where('session_id', '=', session.id).orderBy('created_at').orderBy('id').execute(),
  ]);
  const user = await userNames(db, [session.trainer_id, ...trainees.flatMap((t) => [t.user_id, t.recorded_by]), ...history.map((h) => h.actor_id)]);
  return {
    ...presentSession(session, course, user, trainees.length),
    trainees: trainees
      .map((t) => ({ trainee: user(t.user_id) ?? { id: t.user_id, name: '' }, attendance: t.attendance, note: t.note, recordedBy: user(t.recorded_by), recordedAt: t.recorded_at }))
      .sort((a, b) => a.trainee.name.localeCompare(b.trainee.name, 'zh-CN')),
    history: history.map((h) => ({ action: h.action, fromStatus: h.from_status, toStatus: h.to_status, actor: user(h.actor_id), note: h.note, at: h.created_at })),
    allowedActions: trainingSessionActionsFor(session.status, actor.roles, session.trainer_id === actor.userId),
  };
}
