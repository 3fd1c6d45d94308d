import { z } from 'zod';
import { KNOWLEDGE_BANKS } from '@guanjia/domain/knowledge/knowledge-flow';
import { DEFAULT_PASS_MARK, MAX_QUIZ_QUESTIONS } from '@guanjia/domain/training/quiz-generator';
import { ATTENDANCE_STATUSES, TRAINING_SESSION_ACTIONS, TRAINING_SESSION_STATUSES } from '@guanjia/domain/training/training-session-flow';
import { TRAINING_AUDIENCES, TRAINING_TOPICS } from '@guanjia/domain/training/training-topics';
import { dateField } from '../daily-checks/schemas.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
const text = (max: number) => z.string().trim().max(max);
const title = z.string().trim().min(1).max(200);
export const hhmmField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field.invalidFormat');
const person = z.object({ id: z.string(), name: z.string() });

export const idParams = z.object({ id: idRef });
export const projectQuery = z.object({ projectId: idRef });
export const sessionActionParams = z.object({ id: idRef, action: z.enum(TRAINING_SESSION_ACTIONS) });
export const recordParams = z.object({ userId: idRef });

// ---- courses

export const createCourseBody = z
  .object({
    projectId: idRef,
    topic: z.enum(TRAINING_TOPICS),
    title,
    description: text(2000).optional(),
    durationMinutes: z.number().int().min(5).max(24 * 60),
    audience: z.enum(TRAINING_AUDIENCES),
    required: z.boolean().optional(),
    materialFileIds: z.array(idRef).max(20).optional(),
  })
  .strict();
export type CreateCourseBody = z.infer<typeof createCourseBody>;

export const updateCourseBody = createCourseBody.omit({ projectId: true }).partial().extend({ active: z.boolean().optional(), version }).strict();
export type UpdateCourseBody = z.infer<typeof updateCourseBody>;

// ---- sessions

export const createSessionBody = z
  .object({
    courseId: idRef,
    sessionDate: dateField,
    startTime: hhmmField,
    place: title,
    trainerId: idRef,
    traineeIds: z.array(idRef).min(1).max(200),
  })
  .strict();
export type CreateSessionBody = z.infer<typeof createSessionBody>;

export const listSessionsQuery = z.object({ projectId: idRef, status: z.enum(TRAINING_SESSION_STATUSES).optional() });
export type ListSessionsQuery = z.infer<typeof listSessionsQuery>;

export const sessionActionBody = z
  .object({
    reason: text(500).optional(),
    note: text(500).optional(),
    attendance: z
      .array(z.object({ userId: idRef, status: z.enum(ATTENDANCE_STATUSES), note: text(500).nullable().optional() }).strict())
      .max(200)
      .optional(),
    version,
  })
  .strict();
export type SessionActionBody = z.infer<typeof sessionActionBody>;

// ---- quizzes

export const createQuizBody = z
  .object({
    projectId: idRef,
    title,
    bank: z.enum(KNOWLEDGE_BANKS),
    questionCount: z.number().int().min(1).max(MAX_QUIZ_QUESTIONS),
    passMark: z.number().int().min(0).max(100).default(DEFAULT_PASS_MARK),
    /** Attach to a session: its trainees take it. Otherwise traineeIds name them. */
    sessionId: idRef.optional(),
    traineeIds: z.array(idRef).max(200).optional(),
    seed: text(64).optional(),
  })
  .strict();
export type CreateQuizBody = z.infer<typeof createQuizBody>;

export const submitAttemptBody = z.object({ answers: z.array(z.number().int().min(0).max(3).nullable()).max(MAX_QUIZ_QUESTIONS) }).strict();
export type SubmitAttemptBody = z.infer<typeof submitAttemptBody>;

/** A question as a trainee sees it while answering: never the right answer. */
const questionForTrainee = z.object({ number: z.number().int(), prompt: z.string(), options: z.array(z.string()) });
const questionResult = questionForTrainee.extend({ chosen: z.number().int().nullable(), correctIndex: z.number().int(), correct: z.boolean() });

export const attemptSchema = z.object({
  id: z.string(),
  quizId: z.string(),
  quizTitle: z.string(),
  trainee: person.nullable(),
  status: z.enum(['open', 'submitted']),
  passMark: z.number().int(),
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  questions: z.array(questionForTrainee),
  /** Only once submitted: the score and, per question, the right answer. */
  result: z
    .object({ correct: z.number().int(), total: z.number().int(), percent: z.number().int(), passed: z.boolean(), questions: z.array(questionResult) })
    .nullable(),
  version: z.number().int(),
});
export type AttemptView = z.infer<typeof attemptSchema>;

export const quizSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  title: z.string(),
  bank: z.enum(KNOWLEDGE_BANKS),
  passMark: z.number().int(),
  questionCount: z.number().int(),
  session: z.object({ id: z.string(), title: z.string(), date: z.string() }).nullable(),
  trainees: z.array(person),
  /** Per trainee, their best submitted score; shown to organisers and readers only. */
  results: z.array(z.object({ trainee: person.nullable(), attempts: z.number().int(), bestScore: z.number().int().nullable(), passed: z.boolean() })),
  /** The caller's own standing, when they are a trainee of it. */
  mine: z.object({ openAttemptId: z.string().nullable(), bestScore: z.number().int().nullable(), passed: z.boolean(), attempts: z.number().int() }).nullable(),
  createdBy: person.nullable(),
  createdAt: z.string(),
});
export type QuizView = z.infer<typeof quizSchema>;
export const quizListSchema = z.object({ items: z.array(quizSchema) });

// ---- plans

export const createPlanBody = z
  .object({
    projectId: idRef,
    courseId: idRef,
    trainerId: idRef,
    recurrence: z.enum(['everyWeeks', 'monthly']),
    everyWeeks: z.number().int().min(1).max(12).optional(),
    dayOfMonth: z.number().int().min(1).max(31).optional(),
    startDate: dateField,
    startTime: hhmmField,
    place: title,
  })
  .strict();
export type CreatePlanBody = z.infer<typeof createPlanBody>;

export const planActiveBody = z.object({ active: z.boolean(), version }).strict();
