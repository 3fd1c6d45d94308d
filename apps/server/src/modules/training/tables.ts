import type { AttendanceStatus, TrainingSessionStatus } from '@guanjia/domain/training/training-session-flow';
import type { TrainingAudience, TrainingTopic } from '@guanjia/domain/training/training-topics';
import type { KnowledgeBank } from '@guanjia/domain/knowledge/knowledge-flow';
import type { Stamped } from '../org/tables.js';

/** A course of the project's training (物业管家销售配合的培训引导), on one of the seed's topics. */
export interface TrainingCourseTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** The default course it was seeded from, if any. */
  course_key: string | null;
  topic: TrainingTopic;
  title: string;
  description: string;
  duration_minutes: number;
  audience: TrainingAudience;
  /** Owed by everyone of the audience's roles: a person's record lists it until they attended it. */
  required: number;
  active: number;
  /** JSON array of file ids (teaching materials). */
  material_file_ids: string;
  created_by: string;
}

/** One sitting of a course: a date and time in Shanghai, a place, a trainer and invited trainees. */
export interface TrainingSessionTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  course_id: string;
  session_date: string;
  start_time: string;
  place: string;
  trainer_id: string;
  status: TrainingSessionStatus;
  /** The recurring plan that created it. */
  plan_id: string | null;
  held_by: string | null;
  held_at: string | null;
  recorded_by: string | null;
  recorded_at: string | null;
  cancelled_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_by: string;
}

/** An invited trainee and, once recorded, their attendance. */
export interface TrainingSessionTraineeTable {
  id: string;
  company_id: string;
  project_id: string;
  session_id: string;
  user_id: string;
  attendance: AttendanceStatus | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: string | null;
}

export interface TrainingSessionEventTable {
  id: string;
  company_id: string;
  project_id: string;
  session_id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: string | null;
  note: string | null;
  created_at: string;
}

/** A quiz generated from one bank's published answers; `questions` holds the right answers and never leaves the server before scoring. */
export interface TrainingQuizTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  session_id: string | null;
  title: string;
  bank: KnowledgeBank;
  seed: string;
  pass_mark: number;
  /** JSON GeneratedQuestion[]. */
  questions: string;
  created_by: string;
}

export interface TrainingQuizTraineeTable {
  quiz_id: string;
  user_id: string;
  company_id: string;
  project_id: string;
}

export type QuizAttemptStatus = 'open' | 'submitted';

export interface TrainingQuizAttemptTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  quiz_id: string;
  user_id: string;
  status: QuizAttemptStatus;
  open_key: string | null;
  /** JSON (number | null)[]: the option chosen per question. */
  answers: string | null;
  correct_count: number | null;
  question_count: number;
  score: number | null;
  passed: number | null;
  started_at: string;
  submitted_at: string | null;
}

/** 定期培训计划: a course held every N weeks or monthly on a day; the daily job creates its next session. */
export interface TrainingPlanTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  course_id: string;
  trainer_id: string;
  recurrence: 'everyWeeks' | 'monthly';
  every_weeks: number | null;
  day_of_month: number | null;
  start_date: string;
  start_time: string;
  place: string;
  active: number;
  created_by: string;
}

export interface TrainingTables {
  training_courses: TrainingCourseTable;
  training_sessions: TrainingSessionTable;
  training_session_trainees: TrainingSessionTraineeTable;
  training_session_events: TrainingSessionEventTable;
  training_quizzes: TrainingQuizTable;
  training_quiz_trainees: TrainingQuizTraineeTable;
  training_quiz_attempts: TrainingQuizAttemptTable;
  training_plans: TrainingPlanTable;
}
