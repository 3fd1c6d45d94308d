import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/** A training session: scheduled, held on its day, then its attendance recorded; or cancelled with a reason. */
export const TRAINING_SESSION_STATUSES = ['scheduled', 'held', 'recorded', 'cancelled'] as const;
export type TrainingSessionStatus = (typeof TRAINING_SESSION_STATUSES)[number];

export const TRAINING_SESSION_ACTIONS = ['hold', 'record', 'cancel'] as const;
export type TrainingSessionAction = (typeof TRAINING_SESSION_ACTIONS)[number];

export const TRAINING_SESSION_TRANSITIONS: TransitionTable<TrainingSessionStatus, TrainingSessionAction> = {
  scheduled: { hold: 'held', cancel: 'cancelled' },
  held: { record: 'recorded' },
  recorded: {},
  cancelled: {},
};

export function trainingSessionNextState(from: TrainingSessionStatus, action: TrainingSessionAction): TrainingSessionStatus {
  return nextState('trainingSession', TRAINING_SESSION_TRANSITIONS, from, action);
}

/** A session took place when it was held, whether or not its attendance is recorded yet. */
export const TAKEN_PLACE_STATUSES: readonly TrainingSessionStatus[] = ['held', 'recorded'];

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Late still counts as having taken the course. */
export function attended(status: AttendanceStatus | null | undefined): boolean {
  return status === 'present' || status === 'late';
}

/** The service center's people who organise courses, sessions, quizzes and plans. */
export const TRAINING_ORGANISER_ROLES: readonly Role[] = ['serviceCenterManager', 'butler'];
/** Read every project's training: the company and the regional head, besides the organisers. */
export const TRAINING_READER_ROLES: readonly Role[] = [...TRAINING_ORGANISER_ROLES, 'systemAdmin', 'companyAdmin', 'regionalHead'];
/** Staff who may be invited to a session and take a quiz: the property company's and the developer's. */
export const TRAINEE_ROLES: readonly Role[] = ['serviceCenterManager', 'butler', 'frontline', 'technician', 'vendorStaff', 'salesConsultant', 'salesManager', 'marketingLead'];
/** Besides the session's trainer, the manager records attendance. */
export const ATTENDANCE_RECORDER_ROLES: readonly Role[] = ['serviceCenterManager'];

const hasAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

export function canOrganiseTraining(roles: readonly Role[]): boolean {
  return hasAny(roles, TRAINING_ORGANISER_ROLES);
}

export function canReadTraining(roles: readonly Role[]): boolean {
  return hasAny(roles, TRAINING_READER_ROLES);
}

export type TrainingSessionRefusal = 'notOrganiser' | 'notRecorder';

/** Hold and cancel: an organiser or the trainer; record attendance: the trainer or the manager. */
export function trainingSessionRefusal(roles: readonly Role[], action: TrainingSessionAction, isTrainer: boolean): TrainingSessionRefusal | null {
  if (action === 'record') return isTrainer || hasAny(roles, ATTENDANCE_RECORDER_ROLES) ? null : 'notRecorder';
  return isTrainer || canOrganiseTraining(roles) ? null : 'notOrganiser';
}

export function trainingSessionActionsFor(status: TrainingSessionStatus, roles: readonly Role[], isTrainer: boolean): TrainingSessionAction[] {
  return allowedActions(TRAINING_SESSION_TRANSITIONS, status).filter((a) => trainingSessionRefusal(roles, a, isTrainer) === null);
}

export interface AttendanceEntry {
  userId: string;
  status: AttendanceStatus;
  note?: string | null;
}

export type AttendanceProblem = { userId: string; problem: 'notInvited' | 'missing' | 'duplicate' | 'absentNeedsNote' };

/**
 * The attendance of a session is recorded for every invited trainee exactly once; an absence says
 * why. Returns the problems, empty when the list may be recorded.
 */
export function attendanceProblems(invited: readonly string[], entries: readonly AttendanceEntry[]): AttendanceProblem[] {
  const problems: AttendanceProblem[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (!invited.includes(e.userId)) problems.push({ userId: e.userId, problem: 'notInvited' });
    else if (seen.has(e.userId)) problems.push({ userId: e.userId, problem: 'duplicate' });
    else if (e.status === 'absent' && !(e.note ?? '').trim()) problems.push({ userId: e.userId, problem: 'absentNeedsNote' });
    seen.add(e.userId);
  }
  for (const id of invited) if (!seen.has(id)) problems.push({ userId: id, problem: 'missing' });
  return problems;
}
