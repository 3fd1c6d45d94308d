import type { GeneratedQuestion } from '@guanjia/domain/training/quiz-generator';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { AttemptView, QuizView } from './schemas.js';
import { parseJson, readsAll, userNames, type AttemptRow, type QuizRow } from './training-access.js';

export const quizQuestions = (quiz: QuizRow) => parseJson<GeneratedQuestion[]>(quiz.questions, []);

/** The attempt as its trainee sees it: the questions without their answers until it is submitted. */
export function presentAttempt(quiz: QuizRow, a: AttemptRow, trainee: { id: string; name: string } | null): AttemptView {
  const questions = quizQuestions(quiz);
  const chosen = parseJson<(number | null)[]>(a.answers, []);
  const shown = questions.map((q, i) => ({ number: i + 1, prompt: q.prompt, options: q.options }));
  return {
    id: a.id,
    quizId: quiz.id,
    quizTitle: quiz.title,
    trainee,
    status: a.status,
    passMark: quiz.pass_mark,
    startedAt: a.started_at,
    submittedAt: a.submitted_at,
    questions: shown,
    result:
      a.status === 'submitted'
        ? {
            correct: a.correct_count ?? 0,
            total: a.question_count,
            percent: a.score ?? 0,
            passed: a.passed === 1,
            questions: shown.map((q, i) => ({ ...q, chosen: chosen[i] ?? null, correctIndex: questions[i]!.correctIndex, correct: chosen[i] === questions[i]!.correctIndex })),
          }
        : null,
    version: a.version,
  };
}

/** Quizzes with their trainees and results (organisers and readers) or the caller's own standing. */
export async function presentQuizzes(db: DbOrTx, actor: Actor, quizzes: QuizRow[]): Promise<QuizView[]> {
  if (!quizzes.length) return [];
  const ids = quizzes.map((q) => q.id);
  const sessionIds = [...new Set(quizzes.map((q) => q.session_id).filter((x): x is string => !!x))];
  const [trainees, attempts, sessions] = await Promise.all([
    db.selectFrom('training_quiz_trainees').select(['quiz_id', 'user_id']).where('quiz_id', 'in', ids).execute(),
    db.selectFrom('training_quiz_attempts').select(['quiz_id', 'user_id', 'id', 'status', 'score', 'passed']).where('quiz_id', 'in', ids).execute(),
    sessionIds.length
      ? db
          .selectFrom('training_sessions as s')
          .innerJoin('training_courses as c', 'c.id', 's.course_id')
          .select(['s.id', 's.session_date', 'c.title'])
          .where('s.id', 'in', sessionIds)
          .execute()
      : Promise.resolve([]),
  ]);
  const user = await userNames(db, [...trainees.map((t) => t.user_id), ...quizzes.map((q) => q.created_by)]);
  const session = new Map(sessions.map((s) => [s.id, { id: s.id, title: s.title, date: s.session_date }]));
  const all = readsAll(actor);
  return quizzes.map((q) => {
    const people = trainees.filter((t) => t.quiz_id === q.id).map((t) => t.user_id);
    const standing = (userId: string) => {
      const mine = attempts.filter((a) => a.quiz_id === q.id && a.user_id === userId);
      const scores = mine.filter((a) => a.status === 'submitted').map((a) => a.score ?? 0);
      return {
        attempts: mine.length,
        openAttemptId: mine.find((a) => a.status === 'open')?.id ?? null,
        bestScore: scores.length ? Math.max(...scores) : null,
        passed: mine.some((a) => a.passed === 1),
      };
    };
    const own = people.includes(actor.userId) ? standing(actor.userId) : null;
    return {
      id: q.id,
      projectId: q.project_id,
      title: q.title,
      bank: q.bank,
      passMark: q.pass_mark,
      questionCount: quizQuestions(q).length,
      session: q.session_id ? (session.get(q.session_id) ?? null) : null,
      trainees: all ? people.map((id) => user(id) ?? { id, name: '' }) : [],
      results: all ? people.map((id) => ({ trainee: user(id), ...standing(id) })).map(({ trainee, attempts: n, bestScore, passed }) => ({ trainee, attempts: n, bestScore, passed })) : [],
      mine: own,
      createdBy: user(q.created_by),
      createdAt: q.created_at,
    };
  });
}
