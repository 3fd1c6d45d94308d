import { DAILY_CHECK_OVERSEER_ROLES, DAILY_CHECK_READER_ROLES, DAILY_CHECK_ROLES, DAILY_CHECK_TEMPLATE_EDITOR_ROLES } from '@guanjia/domain/sales-site/daily-check';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { answerDailyCheckItem } from './answer-daily-check-item.js';
import { completeDailyCheck } from './complete-daily-check.js';
import { getDailyCheckTemplate, templateView } from './get-daily-check-template.js';
import { getDailyCheck, getTodayDailyCheck, readDailyCheck } from './get-daily-check.js';
import { listDailyCheckOverview } from './list-daily-check-overview.js';
import { listDailyChecks } from './list-daily-checks.js';
import { presentDailyCheck } from './present-daily-check.js';
import { saveDailyCheckTemplate } from './save-daily-check-template.js';
import {
  answerItemBody,
  checkPageSchema,
  checkSchema,
  completeBody,
  idParams,
  listChecksQuery,
  overviewQuery,
  overviewSchema,
  projectParams,
  saveTemplateBody,
  startBody,
  templateSchema,
  todayQuery,
  todaySchema,
} from './schemas.js';
import { startDailyCheck } from './start-daily-check.js';

const tags = ['daily-checks'];
const readers = rolesOnly(...DAILY_CHECK_READER_ROLES);
const checkers = rolesOnly(...DAILY_CHECK_ROLES);
const overseers = rolesOnly(...DAILY_CHECK_OVERSEER_ROLES);
const templateEditors = rolesOnly(...DAILY_CHECK_TEMPLATE_EDITOR_ROLES);

/** 每日开场检查: the project's checklist, today's check of a sales center, and the managers' overview. */
export async function dailyCheckRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/projects/:projectId/daily-check-template',
    { preValidation: readers, schema: { tags, params: projectParams, response: { 200: templateSchema } } },
    async (req) => getDailyCheckTemplate(ctx.db, actorOf(req), req.params.projectId),
  );

  app.put(
    '/api/projects/:projectId/daily-check-template',
    { preValidation: templateEditors, schema: { tags, params: projectParams, body: saveTemplateBody, response: { 200: templateSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return inTransaction(ctx.db, async (trx) => templateView(trx, req.params.projectId, await saveDailyCheckTemplate(trx, actor, req.params.projectId, req.body)));
    },
  );

  app.get('/api/daily-checks/overview', { preValidation: overseers, schema: { tags, querystring: overviewQuery, response: { 200: overviewSchema } } }, async (req) =>
    listDailyCheckOverview(ctx.db, actorOf(req), req.query),
  );

  app.get('/api/daily-checks/today', { preValidation: readers, schema: { tags, querystring: todayQuery, response: { 200: todaySchema } } }, async (req) => {
    const actor = actorOf(req);
    const today = await getTodayDailyCheck(ctx.db, actor, req.query.salesCenterId);
    return { businessDate: today.businessDate, salesCenterId: today.salesCenterId, check: today.detail ? presentDailyCheck(today.detail, actor) : null };
  });

  app.get('/api/daily-checks', { preValidation: readers, schema: { tags, querystring: listChecksQuery, response: { 200: checkPageSchema } } }, async (req) =>
    listDailyChecks(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/daily-checks', { preValidation: checkers, schema: { tags, body: startBody, response: { 200: checkSchema, 201: checkSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const started = await inTransaction(ctx.db, (trx) => startDailyCheck(trx, actor, req.body.salesCenterId));
    // 201 for the one who started it; 200 with the same check for a colleague who pressed start too.
    return reply.status(started.created ? 201 : 200).send(presentDailyCheck(await readDailyCheck(ctx.db, started.check), actor));
  });

  app.get('/api/daily-checks/:id', { preValidation: readers, schema: { tags, params: idParams, response: { 200: checkSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentDailyCheck(await getDailyCheck(ctx.db, actor, req.params.id), actor);
  });

  app.post(
    '/api/daily-check-items/:id/answer',
    { preValidation: checkers, schema: { tags, params: idParams, body: answerItemBody, response: { 200: checkSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const answered = await inTransaction(ctx.db, (trx) => answerDailyCheckItem(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, answered.notifications);
      return presentDailyCheck(await getDailyCheck(ctx.db, actor, answered.item.check_id), actor);
    },
  );

  app.post(
    '/api/daily-checks/:id/complete',
    { preValidation: checkers, schema: { tags, params: idParams, body: completeBody, response: { 200: checkSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const check = await inTransaction(ctx.db, (trx) => completeDailyCheck(trx, actor, req.params.id, req.body));
      return presentDailyCheck(await readDailyCheck(ctx.db, check), actor);
    },
  );
}
