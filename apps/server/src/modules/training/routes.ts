import { TRAINING_ORGANISER_ROLES, TRAINING_READER_ROLES } from '@guanjia/domain/training/training-session-flow';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { createTrainingCourse } from './create-training-course.js';
import { createTrainingPlan } from './create-training-plan.js';
import { createTrainingQuiz } from './create-training-quiz.js';
import { createTrainingSession } from './create-training-session.js';
import { getMyTraining } from './get-my-training.js';
import { getQuizAttempt } from './get-quiz-attempt.js';
import { getTrainingQuiz } from './get-training-quiz.js';
import { getTrainingRecord } from './get-training-record.js';
import { getTrainingSession, presentSessionDetail } from './get-training-session.js';
import { listTrainingCourses } from './list-training-courses.js';
import { listTrainingPlans, presentPlans } from './list-training-plans.js';
import { listTrainingQuizzes } from './list-training-quizzes.js';
import { listTrainingRecords, trainingRecordsCsv } from './list-training-records.js';
import { listTrainingSessions } from './list-training-sessions.js';
import { presentAttempt, presentQuizzes } from './present-quiz.js';
import { presentCourse } from './present-training.js';
import {
  attemptSchema,
  createCourseBody,
  createPlanBody,
  createQuizBody,
  createSessionBody,
  idParams,
  listSessionsQuery,
  planActiveBody,
  projectQuery,
  quizListSchema,
  quizSchema,
  recordParams,
  sessionActionBody,
  sessionActionParams,
  submitAttemptBody,
  updateCourseBody,
} from './schemas.js';
import { setTrainingPlanActive } from './set-training-plan-active.js';
import { startQuizAttempt } from './start-quiz-attempt.js';
import { submitQuizAttempt } from './submit-quiz-attempt.js';
import { projectTrainees } from './training-access.js';
import { transitionTrainingSession } from './transition-training-session.js';
import { updateTrainingCourse } from './update-training-course.js';
import { businessDate } from '@guanjia/domain';

const tags = ['training'];
const readers = rolesOnly(...TRAINING_READER_ROLES);
const organisers = rolesOnly(...TRAINING_ORGANISER_ROLES);
const staff = staffAccountsOnly;
const base = '/api/training';

/** 物业管家销售配合的培训引导: courses, sessions with attendance, quizzes from the knowledge bank, records, periodic plans. */
export async function trainingRoutes(app: App, ctx: AppContext) {
  // ---- courses
  app.get(`${base}/courses`, { preValidation: readers, schema: { tags, querystring: projectQuery } }, async (req) => ({
    items: await listTrainingCourses(ctx.db, actorOf(req), req.query.projectId),
  }));

  app.post(`${base}/courses`, { preValidation: organisers, schema: { tags, body: createCourseBody } }, async (req, reply) => {
    const course = await inTransaction(ctx.db, (trx) => createTrainingCourse(trx, actorOf(req), req.body));
    return reply.status(201).send(presentCourse(course));
  });

  app.patch(`${base}/courses/:id`, { preValidation: organisers, schema: { tags, params: idParams, body: updateCourseBody } }, async (req) =>
    presentCourse(await inTransaction(ctx.db, (trx) => updateTrainingCourse(trx, actorOf(req), req.params.id, req.body))),
  );

  // ---- who may be trained: staff of the project, for the forms
  app.get(`${base}/trainees`, { preValidation: organisers, schema: { tags, querystring: projectQuery } }, async (req) => {
    const actor = actorOf(req);
    if (!actor.projectIds.includes(req.query.projectId)) return { items: [] };
    return { items: await projectTrainees(ctx.db, req.query.projectId) };
  });

  // ---- sessions
  app.get(`${base}/sessions`, { preValidation: readers, schema: { tags, querystring: listSessionsQuery } }, async (req) => ({
    items: await listTrainingSessions(ctx.db, actorOf(req), req.query),
  }));

  app.post(`${base}/sessions`, { preValidation: organisers, schema: { tags, body: createSessionBody } }, async (req, reply) => {
    const actor = actorOf(req);
    const made = await inTransaction(ctx.db, (trx) => createTrainingSession(trx, actor, req.body));
    publishNotifications(ctx.notifier, made.notifications);
    return reply.status(201).send(await presentSessionDetail(ctx.db, actor, made.session));
  });

  app.get(`${base}/sessions/:id`, { preValidation: staff, schema: { tags, params: idParams } }, async (req) => getTrainingSession(ctx.db, actorOf(req), req.params.id));

  app.post(`${base}/sessions/:id/:action`, { preValidation: staff, schema: { tags, params: sessionActionParams, body: sessionActionBody } }, async (req) => {
    const actor = actorOf(req);
    const session = await inTransaction(ctx.db, (trx) => transitionTrainingSession(trx, actor, req.params.id, req.params.action, req.body));
    return presentSessionDetail(ctx.db, actor, session);
  });

  // ---- quizzes
  app.get(`${base}/quizzes`, { preValidation: readers, schema: { tags, querystring: projectQuery, response: { 200: quizListSchema } } }, async (req) => ({
    items: await listTrainingQuizzes(ctx.db, actorOf(req), req.query.projectId),
  }));

  app.post(`${base}/quizzes`, { preValidation: organisers, schema: { tags, body: createQuizBody, response: { 201: quizSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const made = await inTransaction(ctx.db, (trx) => createTrainingQuiz(trx, actor, req.body));
    publishNotifications(ctx.notifier, made.notifications);
    return reply.status(201).send((await presentQuizzes(ctx.db, actor, [made.quiz]))[0]!);
  });

  app.get(`${base}/quizzes/:id`, { preValidation: staff, schema: { tags, params: idParams, response: { 200: quizSchema } } }, async (req) => getTrainingQuiz(ctx.db, actorOf(req), req.params.id));

  app.post(`${base}/quizzes/:id/attempts`, { preValidation: staff, schema: { tags, params: idParams, response: { 200: attemptSchema } } }, async (req) => {
    const actor = actorOf(req);
    const { quiz, attempt } = await inTransaction(ctx.db, (trx) => startQuizAttempt(trx, actor, req.params.id));
    return presentAttempt(quiz, attempt, { id: actor.userId, name: actor.name });
  });

  app.get(`${base}/attempts/:id`, { preValidation: staff, schema: { tags, params: idParams, response: { 200: attemptSchema } } }, async (req) => getQuizAttempt(ctx.db, actorOf(req), req.params.id));

  app.post(`${base}/attempts/:id/submit`, { preValidation: staff, schema: { tags, params: idParams, body: submitAttemptBody, response: { 200: attemptSchema } } }, async (req) => {
    const actor = actorOf(req);
    const { quiz, attempt } = await inTransaction(ctx.db, (trx) => submitQuizAttempt(trx, actor, req.params.id, req.body));
    return presentAttempt(quiz, attempt, { id: actor.userId, name: actor.name });
  });

  // ---- records
  app.get(`${base}/my`, { preValidation: staff, schema: { tags } }, async (req) => getMyTraining(ctx.db, actorOf(req)));

  app.get(`${base}/records`, { preValidation: readers, schema: { tags, querystring: projectQuery } }, async (req) => ({
    items: await listTrainingRecords(ctx.db, actorOf(req), req.query.projectId),
  }));

  app.get(`${base}/records/export`, { preValidation: readers, schema: { tags, querystring: projectQuery } }, async (req, reply) => {
    const records = await listTrainingRecords(ctx.db, actorOf(req), req.query.projectId);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="training-records-${businessDate(new Date())}.csv"`)
      .send(trainingRecordsCsv(records));
  });

  app.get(`${base}/records/:userId`, { preValidation: staff, schema: { tags, params: recordParams, querystring: projectQuery } }, async (req) =>
    getTrainingRecord(ctx.db, actorOf(req), req.query.projectId, req.params.userId),
  );

  // ---- periodic plans
  app.get(`${base}/plans`, { preValidation: readers, schema: { tags, querystring: projectQuery } }, async (req) => ({
    items: await listTrainingPlans(ctx.db, actorOf(req), req.query.projectId),
  }));

  app.post(`${base}/plans`, { preValidation: organisers, schema: { tags, body: createPlanBody } }, async (req, reply) => {
    const plan = await inTransaction(ctx.db, (trx) => createTrainingPlan(trx, actorOf(req), req.body));
    return reply.status(201).send((await presentPlans(ctx.db, [plan], businessDate(new Date())))[0]);
  });

  app.post(`${base}/plans/:id/active`, { preValidation: organisers, schema: { tags, params: idParams, body: planActiveBody } }, async (req) => {
    const plan = await inTransaction(ctx.db, (trx) => setTrainingPlanActive(trx, actorOf(req), req.params.id, req.body));
    return (await presentPlans(ctx.db, [plan], businessDate(new Date())))[0];
  });
}
