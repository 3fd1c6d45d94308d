import { businessDate } from '@guanjia/domain';
import { attendanceProblems, trainingSessionRefusal, type TrainingSessionAction } from '@guanjia/domain/training/training-session-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError, BusinessRuleError, ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { assertSessionTransition, loadSession, type SessionRow } from './training-access.js';
import { markExplainersTrained } from '../showcase/mark-explainers-trained.js';
import { recordTrainingSessionEvent } from './record-training-session-event.js';
import type { SessionActionBody } from './schemas.js';
import type { TrainingSessionTable } from './tables.js';

/**
 * The one place a session changes state: re-read it (404 when not visible), the caller's part
 * (403), the version (409) and the transition table (409); recording writes every trainee's
 * attendance; the row, its history and audit rows share the caller's transaction.
 */
export async function transitionTrainingSession(trx: Tx, actor: Actor, id: string, action: TrainingSessionAction, input: SessionActionBody, now: Date = new Date()): Promise<SessionRow> {
  const before = await loadSession(trx, actor, id);
  const refusal = trainingSessionRefusal(actor.roles, action, before.trainer_id === actor.userId);
  if (refusal) throw new ForbiddenError(`training.refusal.${refusal}`);
  assertVersion(before.version, input.version);
  const to = assertSessionTransition(before.status, action);
  const at = now.toISOString();
  const changes: Updateable<TrainingSessionTable> = { status: to };
  switch (action) {
    case 'hold':
      if (before.session_date > businessDate(now)) throw new BusinessRuleError('SESSION_NOT_YET', 'training.error.sessionNotYet', { date: before.session_date });
      Object.assign(changes, { held_by: actor.userId, held_at: at });
      break;
    case 'cancel':
      if (!input.reason) throw new ValidationError({ reason: 'training.field.reasonRequired' });
      Object.assign(changes, { cancelled_by: actor.userId, cancelled_at: at, cancel_reason: input.reason });
      break;
    case 'record': {
      const entries = input.attendance ?? [];
      const invited = (await trx.selectFrom('training_session_trainees').select('user_id').where('session_id', '=', before.id).execute()).map((r) => r.user_id);
      const problems = attendanceProblems(invited, entries);
      if (problems.length) {
        const fields = Object.fromEntries(problems.map((p) => [`attendance.${p.userId}`, `training.attendance.${p.problem}`]));
        throw new AppError(422, 'ATTENDANCE_INCOMPLETE', 'training.error.attendanceIncomplete', { count: problems.length }, fields, { problems });
      }
      for (const e of entries) {
        await trx
          .updateTable('training_session_trainees')
          .set({ attendance: e.status, note: e.note?.trim() || null, recorded_by: actor.userId, recorded_at: at })
          .where('session_id', '=', before.id)
          .where('user_id', '=', e.userId)
          .execute();
      }
      Object.assign(changes, { recorded_by: actor.userId, recorded_at: at });
      await markAttendingExplainersTrained(trx, actor, before, entries, at);
      break;
    }
  }
  const after = await updateVersioned(trx, 'training_sessions', before, changes);
  const note = action === 'cancel' ? input.reason : action === 'record' ? JSON.stringify(input.attendance?.map((a) => [a.userId, a.status])) : input.note;
  await recordTrainingSessionEvent(trx, after, { action, from: before.status, to, actorId: actor.userId, note: note || null, at });
  await recordAudit(trx, actor, after.company_id, { action: `trainingSession.${action}`, entityType: 'trainingSession', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}

/** An explainers' course (讲解员业务培训) counts as the greeter post's training for those who came. */
async function markAttendingExplainersTrained(trx: Tx, actor: Actor, session: SessionRow, entries: NonNullable<SessionActionBody['attendance']>, at: string) {
  const course = await trx.selectFrom('training_courses').select('audience').where('id', '=', session.course_id).executeTakeFirst();
  if (course?.audience !== 'explainers') return;
  const trainer = await trx.selectFrom('users').select('name').where('id', '=', session.trainer_id).executeTakeFirst();
  const attended = entries.filter((e) => e.status === 'present' || e.status === 'late').map((e) => e.userId);
  await markExplainersTrained(trx, { projectId: session.project_id, userIds: attended, trainedOn: session.session_date, trainer: trainer?.name ?? '', actorId: actor.userId, at });
}
