import { businessDate, uuidv7 } from '@guanjia/domain';
import { generateQuiz, scoreQuiz } from '@guanjia/domain/training/quiz-generator';
import { addDays } from '@guanjia/domain/training/training-plan-schedule';
import { DEFAULT_COURSES } from '@guanjia/domain/training/training-topics';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { publishedPairs } from './create-training-quiz.js';
import { newTrainingCourseRow } from './new-training-course-row.js';
import { recordTrainingSessionEvent } from './record-training-session-event.js';

/**
 * Project 1's training: the default courses; last week's 物业管理应知应会 session held with the butler
 * present and a sales consultant late; a quiz from the sales bank the consultant took once; and the
 * monthly training of the sales staff by the consultation desk.
 */
export async function seedTrainingDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const at = nowIso();
  const tenancy = { company_id: ids.companyId, project_id: ids.projectIds[0] };
  const courses = DEFAULT_COURSES.map((c) => newTrainingCourseRow(tenancy, c, ids.users.manager!, at));
  await trx.insertInto('training_courses').values(courses).execute();
  const course = (key: string) => courses.find((c) => c.course_key === key)!;

  const today = businessDate(Date.now());
  const sessionId = uuidv7();
  const session = { id: sessionId, ...tenancy };
  await trx
    .insertInto('training_sessions')
    .values({
      ...session,
      course_id: course('serviceKnowledge').id,
      session_date: addDays(today, -7),
      start_time: '09:00',
      place: '销售中心二楼培训室',
      trainer_id: ids.users.manager!,
      status: 'recorded',
      plan_id: null,
      held_by: ids.users.manager!,
      held_at: at,
      recorded_by: ids.users.manager!,
      recorded_at: at,
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
      created_by: ids.users.manager!,
      ...newRowStamp(at),
    })
    .execute();
  const attendance = [
    { user: ids.users.butler!, status: 'present' as const, note: null },
    { user: ids.users.sales!, status: 'late' as const, note: '迟到 10 分钟（接待来访客户）' },
  ];
  await trx
    .insertInto('training_session_trainees')
    .values(attendance.map((a) => ({ id: uuidv7(), ...tenancy, session_id: sessionId, user_id: a.user, attendance: a.status, note: a.note, recorded_by: ids.users.manager!, recorded_at: at })))
    .execute();
  for (const [action, from, to] of [['create', null, 'scheduled'], ['hold', 'scheduled', 'held'], ['record', 'held', 'recorded']] as const) {
    await recordTrainingSessionEvent(trx, session, { action, from, to, actorId: ids.users.manager!, at });
  }

  const questions = generateQuiz(await publishedPairs(trx, tenancy.project_id, 'sales'), { count: 5, seed: 'demo-sales-quiz' });
  const quizId = uuidv7();
  await trx
    .insertInto('training_quizzes')
    .values({ id: quizId, ...tenancy, session_id: sessionId, title: '销售配合应知应会小测', bank: 'sales', seed: 'demo-sales-quiz', pass_mark: 80, questions: JSON.stringify(questions), created_by: ids.users.manager!, ...newRowStamp(at) })
    .execute();
  await trx.insertInto('training_quiz_trainees').values(attendance.map((a) => ({ quiz_id: quizId, user_id: a.user, ...tenancy }))).execute();
  // The consultant missed the last question.
  const chosen = questions.map((q, i) => (i === questions.length - 1 ? (q.correctIndex + 1) % 4 : q.correctIndex));
  const score = scoreQuiz(questions.map((q) => q.correctIndex), chosen, 80);
  await trx
    .insertInto('training_quiz_attempts')
    .values({
      id: uuidv7(),
      ...tenancy,
      quiz_id: quizId,
      user_id: ids.users.sales!,
      status: 'submitted',
      open_key: null,
      answers: JSON.stringify(chosen),
      correct_count: score.correct,
      question_count: questions.length,
      score: score.percent,
      passed: score.passed ? 1 : 0,
      started_at: at,
      submitted_at: at,
      ...newRowStamp(at),
    })
    .execute();

  await trx
    .insertInto('training_plans')
    .values({
      id: uuidv7(),
      ...tenancy,
      course_id: course('salesStaffPropertyKnowledge').id,
      trainer_id: ids.users.butler!,
      recurrence: 'monthly',
      every_weeks: null,
      day_of_month: 15,
      start_date: today,
      start_time: '17:30',
      place: '销售中心洽谈区',
      active: 1,
      created_by: ids.users.manager!,
      ...newRowStamp(at),
    })
    .execute();
}
