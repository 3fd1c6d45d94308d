import type { Role } from '@guanjia/domain';
import { coursesNotYetTaken, requiredCoursesFor } from '@guanjia/domain/training/training-record';
import type { AttendanceStatus } from '@guanjia/domain/training/training-session-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { presentCourse } from './present-training.js';
import { projectTrainees, readsAll } from './training-access.js';

export interface PersonRecordRows {
  sessions: { sessionId: string; courseId: string; courseTitle: string; sessionDate: string; startTime: string; status: string; attendance: AttendanceStatus | null; note: string | null }[];
  attempts: { attemptId: string; quizId: string; quizTitle: string; score: number | null; passed: boolean; submittedAt: string | null }[];
}

/** Sessions each person was invited to and quizzes they submitted, of one project. */
export async function recordRowsOf(db: DbOrTx, projectId: string, userIds: readonly string[]): Promise<Map<string, PersonRecordRows>> {
  const out = new Map<string, PersonRecordRows>(userIds.map((id) => [id, { sessions: [], attempts: [] }]));
  if (!userIds.length) return out;
  const [sessions, attempts] = await Promise.all([
    db
      .selectFrom('training_session_trainees as t')
      .innerJoin('training_sessions as s', 's.id', 't.session_id')
      .innerJoin('training_courses as c', 'c.id', 's.course_id')
      .select(['t.user_id', 's.id as sessionId', 'c.id as courseId', 'c.title as courseTitle', 's.session_date', 's.start_time', 's.status', 't.attendance', 't.note'])
      .where('s.project_id', '=', projectId)
      .where('t.user_id', 'in', [...userIds])
      .orderBy('s.session_date', 'desc')
      .execute(),
    db
      .selectFrom('training_quiz_attempts as a')
      .innerJoin('training_quizzes as q', 'q.id', 'a.quiz_id')
      .select(['a.user_id', 'a.id as attemptId', 'q.id as quizId', 'q.title as quizTitle', 'a.score', 'a.passed', 'a.submitted_at'])
      .where('a.project_id', '=', projectId)
      .where('a.status', '=', 'submitted')
      .where('a.user_id', 'in', [...userIds])
      .orderBy('a.submitted_at', 'desc')
      .execute(),
  ]);
  for (const s of sessions) {
    out.get(s.user_id)!.sessions.push({ sessionId: s.sessionId, courseId: s.courseId, courseTitle: s.courseTitle, sessionDate: s.session_date, startTime: s.start_time, status: s.status, attendance: s.attendance, note: s.note });
  }
  for (const a of attempts) out.get(a.user_id)!.attempts.push({ attemptId: a.attemptId, quizId: a.quizId, quizTitle: a.quizTitle, score: a.score, passed: a.passed === 1, submittedAt: a.submitted_at });
  return out;
}

/** Attendance counts toward a course only once the session's attendance is recorded. */
export const recordedAttendance = (rows: PersonRecordRows) => rows.sessions.filter((s) => s.status === 'recorded').map((s) => ({ courseId: s.courseId, status: s.attendance }));

/** One person's training in a project: the person themself, or organisers and readers. */
export async function getTrainingRecord(db: DbOrTx, actor: Actor, projectId: string, userId: string) {
  assertProjectVisible(actor, projectId, 'entity.project');
  if (userId !== actor.userId && !readsAll(actor)) throw new NotFoundError('entity.trainingRecord');
  const person = (await projectTrainees(db, projectId)).find((u) => u.id === userId);
  if (!person) throw new NotFoundError('entity.trainingRecord');
  return presentPersonRecord(db, projectId, person);
}

export async function presentPersonRecord(db: DbOrTx, projectId: string, person: { id: string; name: string; roles: Role[] }) {
  const courses = (await db.selectFrom('training_courses').selectAll().where('project_id', '=', projectId).execute()).map(presentCourse);
  const rows = (await recordRowsOf(db, projectId, [person.id])).get(person.id)!;
  return {
    person: { id: person.id, name: person.name, roles: person.roles },
    projectId,
    sessions: rows.sessions,
    attempts: rows.attempts,
    requiredCourses: requiredCoursesFor(person.roles, courses).map((c) => ({ id: c.id, title: c.title, topic: c.topic })),
    notYetTaken: coursesNotYetTaken(person.roles, courses, recordedAttendance(rows)).map((c) => ({ id: c.id, title: c.title, topic: c.topic, audience: c.audience })),
  };
}
