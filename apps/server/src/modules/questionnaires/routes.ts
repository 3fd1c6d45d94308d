import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import { QUESTIONNAIRE_BUILDER_ROLES, type AnswerValue } from '@guanjia/domain/questionnaires/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { createQuestionnaire } from './create-questionnaire.js';
import { enterQuestionnaireResponse } from './enter-questionnaire-response.js';
import { listHouseholdResponses } from './list-household-responses.js';
import { listQuestionnaireResponses } from './list-questionnaire-responses.js';
import { listQuestionnaires } from './list-questionnaires.js';
import { presentQuestionnaire, presentQuestionnaires } from './present-questionnaire.js';
import { presentAnswers, presentResponseListItem } from './present-response.js';
import { publicQuestionnaireRoutes } from './public-routes.js';
import { publishQuestionnaire } from './publish-questionnaire.js';
import { contentOf, findVisibleQuestionnaire } from './questionnaire-access.js';
import { retireQuestionnaire } from './retire-questionnaire.js';
import {
  createQuestionnaireBody,
  enterResponseBody,
  householdResponsesSchema,
  idParams,
  listResponsesQuery,
  projectQuery,
  questionnaireListSchema,
  questionnaireSchema,
  responseListItemSchema,
  responsePageSchema,
  updateQuestionnaireBody,
  versionBody,
} from './schemas.js';
import { householdLabel } from '../service-profiles/service-profile-access.js';
import { updateQuestionnaire } from './update-questionnaire.js';

const tags = ['questionnaires'];
const readers = rolesOnly(...OWNER_SERVICE_ROLES);
const builders = rolesOnly(...QUESTIONNAIRE_BUILDER_ROLES);

/** 调查问卷: versions built by the manager, filled by owners on the phone or entered by the butler. */
export async function questionnaireRoutes(app: App, ctx: AppContext) {
  app.get('/api/questionnaires', { preValidation: readers, schema: { tags, querystring: projectQuery, response: { 200: questionnaireListSchema } } }, async (req) => {
    const actor = actorOf(req);
    return { items: await presentQuestionnaires(ctx.db, actor, await listQuestionnaires(ctx.db, actor, req.query.projectId)) };
  });

  app.post('/api/questionnaires', { preValidation: builders, schema: { tags, body: createQuestionnaireBody, response: { 201: questionnaireSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createQuestionnaire(trx, actor, req.body));
    return reply.status(201).send(await presentQuestionnaire(ctx.db, actor, row));
  });

  // Static paths before /:id.
  app.get('/api/questionnaires/responses', { preValidation: readers, schema: { tags, querystring: listResponsesQuery, response: { 200: responsePageSchema } } }, async (req) => {
    const page = await listQuestionnaireResponses(ctx.db, actorOf(req), req.query);
    return { ...page, items: page.items.map((r) => presentResponseListItem(r)) };
  });

  app.post('/api/questionnaires/responses', { preValidation: readers, schema: { tags, body: enterResponseBody, response: { 201: responseListItemSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => enterQuestionnaireResponse(trx, actor, req.body));
    const [q, owner] = await Promise.all([
      ctx.db.selectFrom('questionnaires').select('version_no').where('id', '=', row.questionnaire_id).executeTakeFirstOrThrow(),
      ctx.db.selectFrom('owners').select('name').where('id', '=', row.owner_id).executeTakeFirstOrThrow(),
    ]);
    const item = presentResponseListItem({ ...row, version_no: q.version_no, owner_name: owner.name, recorded_by_name: actor.name }, await householdLabel(ctx.db, row.household_id));
    return reply.status(201).send(item);
  });

  app.get('/api/questionnaires/:id', { preValidation: readers, schema: { tags, params: idParams, response: { 200: questionnaireSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentQuestionnaire(ctx.db, actor, await findVisibleQuestionnaire(ctx.db, actor, req.params.id));
  });

  app.put('/api/questionnaires/:id', { preValidation: builders, schema: { tags, params: idParams, body: updateQuestionnaireBody, response: { 200: questionnaireSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentQuestionnaire(ctx.db, actor, await inTransaction(ctx.db, (trx) => updateQuestionnaire(trx, actor, req.params.id, req.body)));
  });

  app.post('/api/questionnaires/:id/publish', { preValidation: builders, schema: { tags, params: idParams, body: versionBody, response: { 200: questionnaireSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentQuestionnaire(ctx.db, actor, await inTransaction(ctx.db, (trx) => publishQuestionnaire(trx, actor, req.params.id, req.body)));
  });

  app.post('/api/questionnaires/:id/retire', { preValidation: builders, schema: { tags, params: idParams, body: versionBody, response: { 200: questionnaireSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentQuestionnaire(ctx.db, actor, await inTransaction(ctx.db, (trx) => retireQuestionnaire(trx, actor, req.params.id, req.body)));
  });

  app.get(
    '/api/households/:id/questionnaire-responses',
    { preValidation: rolesOnly(...OWNER_SERVICE_ROLES, 'owner'), schema: { tags, params: idParams, response: { 200: householdResponsesSchema } } },
    async (req) => {
      const { household, rows, hiddenCount } = await listHouseholdResponses(ctx.db, actorOf(req), req.params.id);
      const label = await householdLabel(ctx.db, household.id);
      return {
        hiddenCount,
        items: rows.map((r) => ({
          ...presentResponseListItem({ ...r, household_id: household.id }, label),
          title: r.title,
          answers: presentAnswers(contentOf(r), JSON.parse(r.answers) as Record<string, AnswerValue>, req.locale),
        })),
      };
    },
  );

  await publicQuestionnaireRoutes(app, ctx);
}
