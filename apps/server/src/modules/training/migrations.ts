import type { Kysely, Migration } from 'kysely';
import { stampColumns, tenantColumns } from '../../platform/db/columns.js';

export const trainingMigrations: Record<string, Migration> = {
  '0095_training_courses': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('training_courses'), { project: 'required' })
          .addColumn('course_key', 'text')
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('duration_minutes', 'integer', (c) => c.notNull())
          .addColumn('audience', 'text', (c) => c.notNull())
          .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('material_file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('training_courses_project_ix').on('training_courses').columns(['project_id', 'topic']).execute();
    },
  },
  '0096_training_sessions': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('training_sessions'), { project: 'required' })
          .addColumn('course_id', 'text', (c) => c.notNull().references('training_courses.id'))
          .addColumn('session_date', 'text', (c) => c.notNull())
          .addColumn('start_time', 'text', (c) => c.notNull())
          .addColumn('place', 'text', (c) => c.notNull())
          .addColumn('trainer_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('plan_id', 'text')
          .addColumn('held_by', 'text')
          .addColumn('held_at', 'text')
          .addColumn('recorded_by', 'text')
          .addColumn('recorded_at', 'text')
          .addColumn('cancelled_by', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('cancel_reason', 'text')
          .addColumn('created_by', 'text', (c) => c.notNull())
          // The daily job creates a plan's session for a date once, however often it runs.
          .addUniqueConstraint('training_sessions_plan_date_uq', ['plan_id', 'session_date']),
      ).execute();
      await db.schema.createIndex('training_sessions_project_date_ix').on('training_sessions').columns(['project_id', 'session_date']).execute();
      await db.schema
        .createTable('training_session_trainees')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('attendance', 'text')
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text')
        .addColumn('recorded_at', 'text')
        .addUniqueConstraint('training_session_trainees_uq', ['session_id', 'user_id'])
        .execute();
      await db.schema.createIndex('training_session_trainees_user_ix').on('training_session_trainees').columns(['user_id', 'project_id']).execute();
      await db.schema
        .createTable('training_session_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('training_session_events_session_ix').on('training_session_events').columns(['session_id', 'id']).execute();
    },
  },
  '0097_training_quizzes': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('training_quizzes'), { project: 'required' })
          .addColumn('session_id', 'text', (c) => c.references('training_sessions.id'))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('bank', 'text', (c) => c.notNull())
          .addColumn('seed', 'text', (c) => c.notNull())
          .addColumn('pass_mark', 'integer', (c) => c.notNull())
          .addColumn('questions', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('training_quizzes_project_ix').on('training_quizzes').columns(['project_id', 'created_at']).execute();
      await db.schema
        .createTable('training_quiz_trainees')
        .addColumn('quiz_id', 'text', (c) => c.notNull().references('training_quizzes.id'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('company_id', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('training_quiz_trainees_pk', ['quiz_id', 'user_id'])
        .execute();
      await db.schema.createIndex('training_quiz_trainees_user_ix').on('training_quiz_trainees').columns(['user_id']).execute();
      await stampColumns(
        tenantColumns(db.schema.createTable('training_quiz_attempts'), { project: 'required' })
          .addColumn('quiz_id', 'text', (c) => c.notNull().references('training_quizzes.id'))
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          // "<quiz>:<user>" while the attempt is open, null once submitted: one open attempt per trainee.
          .addColumn('open_key', 'text', (c) => c.unique())
          .addColumn('answers', 'text')
          .addColumn('correct_count', 'integer')
          .addColumn('question_count', 'integer', (c) => c.notNull())
          .addColumn('score', 'integer')
          .addColumn('passed', 'integer')
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('submitted_at', 'text'),
      ).execute();
      await db.schema.createIndex('training_quiz_attempts_quiz_user_ix').on('training_quiz_attempts').columns(['quiz_id', 'user_id']).execute();
    },
  },
  '0098_training_plans': {
    async up(db: Kysely<unknown>) {
      await stampColumns(
        tenantColumns(db.schema.createTable('training_plans'), { project: 'required' })
          .addColumn('course_id', 'text', (c) => c.notNull().references('training_courses.id'))
          .addColumn('trainer_id', 'text', (c) => c.notNull())
          .addColumn('recurrence', 'text', (c) => c.notNull())
          .addColumn('every_weeks', 'integer')
          .addColumn('day_of_month', 'integer')
          .addColumn('start_date', 'text', (c) => c.notNull())
          .addColumn('start_time', 'text', (c) => c.notNull())
          .addColumn('place', 'text', (c) => c.notNull())
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('training_plans_project_ix').on('training_plans').columns(['project_id']).execute();
      await db.schema.createIndex('training_sessions_plan_ix').on('training_sessions').columns(['plan_id', 'session_date']).execute();
    },
  },
};
