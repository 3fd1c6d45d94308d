import { businessDate, uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { translate } from '../../platform/http/i18n.js';
import { assertOrganiser, assertProjectTrainees, loadCourse, type CourseRow, type SessionRow } from './training-access.js';
import { recordTrainingSessionEvent } from './record-training-session-event.js';
import type { CreateSessionBody } from './schemas.js';

export interface NewSession {
  course: CourseRow;
  sessionDate: string;
  startTime: string;
  place: string;
  trainerId: string;
  traineeIds: readonly string[];
  planId?: string | null;
}

/** Inserts a scheduled session with its trainees and history, and tells the trainer and trainees. */
export async function insertTrainingSession(trx: Tx, actorId: string | null, s: NewSession, at: string): Promise<{ session: SessionRow; notifications: NotificationRow[] }> {
  const session: SessionRow = {
    id: uuidv7(),
    company_id: s.course.company_id,
    project_id: s.course.project_id,
    course_id: s.course.id,
    session_date: s.sessionDate,
    start_time: s.startTime,
    place: s.place,
    trainer_id: s.trainerId,
    status: 'scheduled',
    plan_id: s.planId ?? null,
    held_by: null,
    held_at: null,
    recorded_by: null,
    recorded_at: null,
    cancelled_by: null,
    cancelled_at: null,
    cancel_reason: null,
    created_by: actorId ?? s.trainerId,
    ...newRowStamp(at),
  };
  await trx.insertInto('training_sessions').values(session).execute();
  const trainees = [...new Set(s.traineeIds)];
  await trx
    .insertInto('training_session_trainees')
    .values(trainees.map((userId) => ({ id: uuidv7(), company_id: session.company_id, project_id: session.project_id, session_id: session.id, user_id: userId, attendance: null, note: null, recorded_by: null, recorded_at: null })))
    .execute();
  await recordTrainingSessionEvent(trx, session, { action: 'create', to: 'scheduled', actorId, at, note: s.planId ? 'plan' : null });
  const params = { title: s.course.title, date: s.sessionDate, time: s.startTime, place: s.place };
  const notifications = await notify(trx, {
    userIds: [s.trainerId, ...trainees],
    kind: 'training.sessionScheduled',
    projectId: session.project_id,
    link: `/training?sessionId=${session.id}`,
    title: translate('zh-CN', 'training.notice.scheduledTitle', params),
    body: translate('zh-CN', 'training.notice.scheduledBody', params),
  });
  return { session, notifications };
}

/** An organiser schedules a session of an active course for staff of the project. */
export async function createTrainingSession(trx: Tx, actor: Actor, input: CreateSessionBody, now: Date = new Date()) {
  assertOrganiser(actor);
  const course = await loadCourse(trx, actor, input.courseId);
  if (course.active !== 1) throw new BusinessRuleError('COURSE_RETIRED', 'training.error.courseRetired');
  if (input.sessionDate < businessDate(now)) throw new ValidationError({ sessionDate: 'training.field.datePast' });
  await assertProjectTrainees(trx, course.project_id, [input.trainerId], 'trainerId');
  await assertProjectTrainees(trx, course.project_id, input.traineeIds, 'traineeIds');
  const at = now.toISOString();
  const created = await insertTrainingSession(trx, actor.userId, { course, ...input }, at);
  await recordAudit(trx, actor, course.company_id, { action: 'trainingSession.create', entityType: 'trainingSession', entityId: created.session.id, projectId: course.project_id, after: created.session });
  return created;
}
