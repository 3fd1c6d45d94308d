import { useQuery } from '@tanstack/react-query';
import { api, downloadFile } from '../../ui/api';

export type Topic = 'developerCulture' | 'salesProjectKnowledge' | 'propertyServiceKnowledge' | 'postProcedures' | 'onSiteDrills' | 'guestPsychologyAndSales' | 'other';
export const TOPICS: Topic[] = ['developerCulture', 'salesProjectKnowledge', 'propertyServiceKnowledge', 'postProcedures', 'onSiteDrills', 'guestPsychologyAndSales', 'other'];
export type Audience = 'propertyStaff' | 'salesStaff' | 'explainers';
export const AUDIENCES: Audience[] = ['propertyStaff', 'salesStaff', 'explainers'];
export type SessionStatus = 'scheduled' | 'held' | 'recorded' | 'cancelled';
export type SessionAction = 'hold' | 'record' | 'cancel';
export type Attendance = 'present' | 'late' | 'absent';
export type Bank = 'sales' | 'service';

export interface Person {
  id: string;
  name: string;
}

export interface Course {
  id: string;
  projectId: string;
  topic: Topic;
  title: string;
  description: string;
  durationMinutes: number;
  audience: Audience;
  required: boolean;
  active: boolean;
  materialFileIds: string[];
  version: number;
}

export interface Session {
  id: string;
  projectId: string;
  course: { id: string; title: string; topic: Topic; audience: Audience; durationMinutes: number } | null;
  sessionDate: string;
  startTime: string;
  place: string;
  trainer: Person | null;
  status: SessionStatus;
  planId: string | null;
  traineeCount: number;
  cancelReason: string | null;
  version: number;
}

export interface SessionDetail extends Session {
  trainees: { trainee: Person; attendance: Attendance | null; note: string | null }[];
  history: { action: string; fromStatus: string | null; toStatus: string | null; actor: Person | null; note: string | null; at: string }[];
  allowedActions: SessionAction[];
}

export interface Quiz {
  id: string;
  projectId: string;
  title: string;
  bank: Bank;
  passMark: number;
  questionCount: number;
  session: { id: string; title: string; date: string } | null;
  trainees: Person[];
  results: { trainee: Person | null; attempts: number; bestScore: number | null; passed: boolean }[];
  mine: { openAttemptId: string | null; bestScore: number | null; passed: boolean; attempts: number } | null;
  createdAt: string;
}

export interface AttemptQuestion {
  number: number;
  prompt: string;
  options: string[];
}

export interface Attempt {
  id: string;
  quizId: string;
  quizTitle: string;
  status: 'open' | 'submitted';
  passMark: number;
  questions: AttemptQuestion[];
  result: { correct: number; total: number; percent: number; passed: boolean; questions: (AttemptQuestion & { chosen: number | null; correctIndex: number; correct: boolean })[] } | null;
}

export interface PersonRecord {
  person: Person & { roles: string[] };
  projectId: string;
  sessions: { sessionId: string; courseTitle: string; sessionDate: string; startTime: string; status: SessionStatus; attendance: Attendance | null; note: string | null }[];
  attempts: { attemptId: string; quizTitle: string; score: number | null; passed: boolean; submittedAt: string | null }[];
  notYetTaken: { id: string; title: string }[];
}

export interface RecordRow {
  person: Person & { roles: string[] };
  invited: number;
  present: number;
  late: number;
  absent: number;
  quizAttempts: number;
  quizzesPassed: number;
  averageScore: number | null;
  notYetTaken: { id: string; title: string }[];
}

export interface Plan {
  id: string;
  course: { id: string; title: string; audience: Audience } | null;
  trainer: Person | null;
  recurrence: 'everyWeeks' | 'monthly';
  everyWeeks: number | null;
  dayOfMonth: number | null;
  startDate: string;
  startTime: string;
  place: string;
  active: boolean;
  nextDate: string;
  lastDueDate: string | null;
  overdue: boolean;
  version: number;
}

export interface MyTraining {
  projects: { project: Person; sessions: Session[]; quizzes: Quiz[]; record: PersonRecord }[];
}

const base = '/api/training';
type Items<T> = { items: T[] };

export const trainingKeys = {
  all: ['training'] as const,
  list: (what: string, projectId: string) => ['training', what, projectId] as const,
  session: (id: string) => ['training', 'session', id] as const,
  record: (projectId: string, userId: string) => ['training', 'record', projectId, userId] as const,
  my: ['training', 'my'] as const,
};

function useProjectList<T>(what: string, projectId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: trainingKeys.list(what, projectId ?? ''),
    queryFn: ({ signal }) => api.get<Items<T>>(`${base}/${what}`, { projectId }, signal).then((r) => r.items),
    enabled: Boolean(projectId) && enabled,
  });
}

export const useCourses = (projectId?: string) => useProjectList<Course>('courses', projectId);
export const useSessions = (projectId?: string) => useProjectList<Session>('sessions', projectId);
export const useQuizzes = (projectId?: string) => useProjectList<Quiz>('quizzes', projectId);
export const useRecords = (projectId?: string) => useProjectList<RecordRow>('records', projectId);
export const usePlans = (projectId?: string) => useProjectList<Plan>('plans', projectId);
export const useTrainees = (projectId?: string, enabled = true) => useProjectList<Person & { roles: string[] }>('trainees', projectId, enabled);

export function useSession(id: string | null) {
  return useQuery({ queryKey: trainingKeys.session(id ?? ''), queryFn: ({ signal }) => api.get<SessionDetail>(`${base}/sessions/${id}`, undefined, signal), enabled: Boolean(id) });
}

export function usePersonRecord(projectId: string | undefined, userId: string | null) {
  return useQuery({
    queryKey: trainingKeys.record(projectId ?? '', userId ?? ''),
    queryFn: ({ signal }) => api.get<PersonRecord>(`${base}/records/${userId}`, { projectId }, signal),
    enabled: Boolean(projectId && userId),
  });
}

export function useMyTraining() {
  return useQuery({ queryKey: trainingKeys.my, queryFn: ({ signal }) => api.get<MyTraining>(`${base}/my`, undefined, signal) });
}

export const trainingApi = {
  createCourse: (input: Record<string, unknown>) => api.post<Course>(`${base}/courses`, input),
  createSession: (input: Record<string, unknown>) => api.post<SessionDetail>(`${base}/sessions`, input),
  transition: (s: SessionDetail, action: SessionAction, body: Record<string, unknown> = {}) => api.post<SessionDetail>(`${base}/sessions/${s.id}/${action}`, { ...body, version: s.version }),
  createQuiz: (input: Record<string, unknown>) => api.post<Quiz>(`${base}/quizzes`, input),
  startAttempt: (quizId: string) => api.post<Attempt>(`${base}/quizzes/${quizId}/attempts`),
  submitAttempt: (attemptId: string, answers: (number | null)[]) => api.post<Attempt>(`${base}/attempts/${attemptId}/submit`, { answers }),
  createPlan: (input: Record<string, unknown>) => api.post<Plan>(`${base}/plans`, input),
  setPlanActive: (p: Plan, active: boolean) => api.post<Plan>(`${base}/plans/${p.id}/active`, { active, version: p.version }),
  exportRecords: (projectId: string) => downloadFile(`${base}/records/export?projectId=${encodeURIComponent(projectId)}`, 'training-records.csv'),
};
