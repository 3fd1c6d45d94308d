import { ForbiddenTransitionError, type Role } from '@guanjia/domain';
import { canOrganiseTraining, canReadTraining, TRAINEE_ROLES, trainingSessionNextState, type TrainingSessionAction, type TrainingSessionStatus } from '@guanjia/domain/training/training-session-flow';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { listProjectStaff } from '../staff/list-project-staff.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type { TrainingCourseTable, TrainingPlanTable, TrainingQuizAttemptTable, TrainingQuizTable, TrainingSessionTable } from './tables.js';

export type CourseRow = Selectable<TrainingCourseTable>;
export type SessionRow = Selectable<TrainingSessionTable>;
export type QuizRow = Selectable<TrainingQuizTable>;
export type AttemptRow = Selectable<TrainingQuizAttemptTable>;
export type PlanRow = Selectable<TrainingPlanTable>;

export const parseJson = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

/** Organisers and readers see all of a project's training; everyone else only their own. */
export const readsAll = (actor: Actor) => canReadTraining(actor.roles);

export function assertOrganiser(actor: Actor): void {
  if (!canOrganiseTraining(actor.roles)) throw new ForbiddenError('training.refusal.notOrganiser');
}

async function loadInProject<T extends { project_id: string; company_id: string }>(row: T | undefined, actor: Actor, entity: string): Promise<T> {
  if (!row || row.company_id !== actor.companyId) throw new NotFoundError(entity);
  assertProjectVisible(actor, row.project_id, entity);
  return row;
}

export async function loadCourse(db: DbOrTx, actor: Actor, id: string): Promise<CourseRow> {
  return loadInProject(await db.selectFrom('training_courses').selectAll().where('id', '=', id).executeTakeFirst(), actor, 'entity.trainingCourse');
}

export async function loadSession(db: DbOrTx, actor: Actor, id: string): Promise<SessionRow> {
  return loadInProject(await db.selectFrom('training_sessions').selectAll().where('id', '=', id).executeTakeFirst(), actor, 'entity.trainingSession');
}

export async function loadQuiz(db: DbOrTx, actor: Actor, id: string): Promise<QuizRow> {
  return loadInProject(await db.selectFrom('training_quizzes').selectAll().where('id', '=', id).executeTakeFirst(), actor, 'entity.trainingQuiz');
}

export async function loadPlan(db: DbOrTx, actor: Actor, id: string): Promise<PlanRow> {
  return loadInProject(await db.selectFrom('training_plans').selectAll().where('id', '=', id).executeTakeFirst(), actor, 'entity.trainingPlan');
}

/** A trainee of a session or quiz who is no organiser or reader sees only what they are invited to. */
export async function isSessionTrainee(db: DbOrTx, sessionId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('training_session_trainees').select('id').where('session_id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst());
}

export async function isQuizTrainee(db: DbOrTx, quizId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('training_quiz_trainees').select('user_id').where('quiz_id', '=', quizId).where('user_id', '=', userId).executeTakeFirst());
}

/** Active staff of the project who may be trained, by id, with their roles. */
export async function projectTrainees(db: DbOrTx, projectId: string): Promise<{ id: string; name: string; roles: Role[] }[]> {
  return (await listProjectStaff(db, projectId, TRAINEE_ROLES));
}

/** 400 naming the field unless every id is a trainee of the project. */
export async function assertProjectTrainees(db: DbOrTx, projectId: string, ids: readonly string[], field: string): Promise<void> {
  const staff = new Set((await projectTrainees(db, projectId)).map((u) => u.id));
  if (ids.some((id) => !staff.has(id))) throw new ValidationError({ [field]: 'training.field.notProjectStaff' });
}

/** The state machine, enforced here only: a forbidden step is 409 naming the state and the action. */
export function assertSessionTransition(status: TrainingSessionStatus, action: TrainingSessionAction): TrainingSessionStatus {
  try {
    return trainingSessionNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'training.error.forbiddenTransition', { status: `training.status.${status}`, action: `training.action.${action}` }, undefined, {
        entity: 'trainingSession',
        from: status,
        action,
      });
    }
    throw err;
  }
}

/** Names of users, in one query. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<(id: string | null) => { id: string; name: string } | null> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = unique.length ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute() : [];
  const map = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => (id && map.has(id) ? { id, name: map.get(id)! } : null);
}
