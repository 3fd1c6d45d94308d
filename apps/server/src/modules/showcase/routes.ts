import { HANDOUT_RECORDER_ROLES, SHOWCASE_EDITOR_ROLES, SHOWCASE_MANAGER_ROLES, SHOWCASE_READER_ROLES } from '@guanjia/domain/showcase/showcase-flow';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { addShowcaseExplainer } from './add-showcase-explainer.js';
import { addWorkInstruction } from './add-work-instruction.js';
import { assignExplainerDuty } from './assign-explainer-duty.js';
import { registerBrandShowcaseApprovalHook } from './brand-showcase-approval-hook.js';
import { createBrandShowcase } from './create-brand-showcase.js';
import { createPublicityItem } from './create-publicity-item.js';
import { getBrandShowcase, presentShowcaseDetail } from './get-brand-showcase.js';
import { getPublicitySummary } from './get-publicity-summary.js';
import { getShowcaseScreen } from './get-showcase-screen.js';
import { listBrandShowcases } from './list-brand-showcases.js';
import { listPublicityItems } from './list-publicity-items.js';
import { fileRefs } from './present-showcase.js';
import { presentPublicityItemDetail } from './present-publicity-item.js';
import { publicShowcaseRoutes } from './public-routes.js';
import { recordExplainerTraining } from './record-explainer-training.js';
import { recordPublicityHandout } from './record-publicity-handout.js';
import { recordScreenPlay } from './record-screen-play.js';
import { regeneratePublicCode } from './regenerate-public-code.js';
import {
  addExplainerBody,
  countedSchema,
  createItemBody,
  createShowcaseBody,
  dutyBody,
  explainerParams,
  handoutBody,
  idParams,
  instructionBody,
  itemActionBody,
  itemActionParams,
  listItemsQuery,
  playBody,
  projectQuery,
  publicityItemDetailSchema,
  publicityListSchema,
  screenQuery,
  screenSchema,
  showcaseActionBody,
  showcaseActionParams,
  showcaseDetailSchema,
  showcaseListSchema,
  statsQuery,
  statsSchema,
  trainingBody,
  updateItemBody,
  updateShowcaseBody,
} from './schemas.js';
import { transitionBrandShowcase } from './transition-brand-showcase.js';
import { transitionPublicityItem } from './transition-publicity-item.js';
import { updateBrandShowcase } from './update-brand-showcase.js';
import { updatePublicityItem } from './update-publicity-item.js';
import type { PublicityItemRow } from './showcase-access.js';
import type { Actor } from '../../platform/http/actor.js';

const tags = ['showcase'];
const readers = rolesOnly(...SHOWCASE_READER_ROLES);
const editors = rolesOnly(...SHOWCASE_EDITOR_ROLES);
const managers = rolesOnly(...SHOWCASE_MANAGER_ROLES);
const handoutRecorders = rolesOnly(...HANDOUT_RECORDER_ROLES);
const detail = { 200: showcaseDetailSchema };
const itemDetail = { 200: publicityItemDetailSchema };

/** 物业形象展示区 (4.5): the approved display area, its greeter post, work instruction and publicity library. */
export async function showcaseRoutes(app: App, ctx: AppContext): Promise<void> {
  registerBrandShowcaseApprovalHook();
  const reread = (actor: Actor, id: string) => getBrandShowcase(ctx.db, actor, id);
  const presentItem = async (actor: Actor, row: PublicityItemRow) => presentPublicityItemDetail(row, await fileRefs(ctx.db, [row.file_id]), actor.roles);

  app.get('/api/showcase/showcases', { preValidation: readers, schema: { tags, querystring: projectQuery, response: { 200: showcaseListSchema } } }, async (req) =>
    listBrandShowcases(ctx.db, actorOf(req), req.query.projectId),
  );

  app.post('/api/showcase/showcases', { preValidation: editors, schema: { tags, body: createShowcaseBody, response: { 201: showcaseDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createBrandShowcase(trx, actor, req.body));
    return reply.status(201).send(await presentShowcaseDetail(ctx.db, actor, row));
  });

  app.get('/api/showcase/showcases/:id', { preValidation: readers, schema: { tags, params: idParams, response: detail } }, async (req) => reread(actorOf(req), req.params.id));

  app.patch('/api/showcase/showcases/:id', { preValidation: editors, schema: { tags, params: idParams, body: updateShowcaseBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => updateBrandShowcase(trx, actor, req.params.id, req.body));
    return presentShowcaseDetail(ctx.db, actor, row);
  });

  app.post('/api/showcase/showcases/:id/public-code', { preValidation: managers, schema: { tags, params: idParams, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => regeneratePublicCode(trx, actor, req.params.id));
    return presentShowcaseDetail(ctx.db, actor, row);
  });

  app.post('/api/showcase/showcases/:id/explainers', { preValidation: managers, schema: { tags, params: idParams, body: addExplainerBody, response: { 201: showcaseDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => addShowcaseExplainer(trx, actor, req.params.id, req.body));
    return reply.status(201).send(await reread(actor, req.params.id));
  });

  app.patch('/api/showcase/showcases/:id/explainers/:explainerId', { preValidation: managers, schema: { tags, params: explainerParams, body: trainingBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => recordExplainerTraining(trx, actor, req.params.id, req.params.explainerId, req.body));
    return reread(actor, req.params.id);
  });

  app.post('/api/showcase/showcases/:id/duties', { preValidation: editors, schema: { tags, params: idParams, body: dutyBody, response: { 201: showcaseDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => assignExplainerDuty(trx, actor, req.params.id, req.body));
    return reply.status(201).send(await reread(actor, req.params.id));
  });

  app.post('/api/showcase/showcases/:id/instructions', { preValidation: managers, schema: { tags, params: idParams, body: instructionBody, response: { 201: showcaseDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => addWorkInstruction(trx, actor, req.params.id, req.body));
    return reply.status(201).send(await reread(actor, req.params.id));
  });

  app.post('/api/showcase/showcases/:id/:action', { preValidation: editors, schema: { tags, params: showcaseActionParams, body: showcaseActionBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const step = await inTransaction(ctx.db, (trx) => transitionBrandShowcase(trx, actor, req.params.id, req.params.action, req.body));
    publishNotifications(ctx.notifier, step.notifications);
    return presentShowcaseDetail(ctx.db, actor, step.showcase);
  });

  app.get('/api/showcase/publicity', { preValidation: readers, schema: { tags, querystring: listItemsQuery, response: { 200: publicityListSchema } } }, async (req) =>
    listPublicityItems(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/showcase/publicity', { preValidation: editors, schema: { tags, body: createItemBody, response: { 201: publicityItemDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createPublicityItem(trx, actor, req.body));
    return reply.status(201).send(await presentItem(actor, row));
  });

  app.patch('/api/showcase/publicity/:id', { preValidation: editors, schema: { tags, params: idParams, body: updateItemBody, response: itemDetail } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => updatePublicityItem(trx, actor, req.params.id, req.body));
    return presentItem(actor, row);
  });

  app.post('/api/showcase/publicity/:id/handouts', { preValidation: handoutRecorders, schema: { tags, params: idParams, body: handoutBody, response: { 201: countedSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.status(201).send(await inTransaction(ctx.db, (trx) => recordPublicityHandout(trx, actor, req.params.id, req.body)));
  });

  app.post('/api/showcase/publicity/:id/plays', { preValidation: readers, schema: { tags, params: idParams, body: playBody, response: { 201: countedSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.status(201).send(await inTransaction(ctx.db, (trx) => recordScreenPlay(trx, actor, req.params.id, req.body)));
  });

  app.post('/api/showcase/publicity/:id/:action', { preValidation: editors, schema: { tags, params: itemActionParams, body: itemActionBody, response: itemDetail } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => transitionPublicityItem(trx, actor, req.params.id, req.params.action, req.body));
    return presentItem(actor, row);
  });

  app.get('/api/showcase/screen', { preValidation: readers, schema: { tags, querystring: screenQuery, response: { 200: screenSchema } } }, async (req) =>
    getShowcaseScreen(ctx.db, actorOf(req), req.query.salesCenterId),
  );

  app.get('/api/showcase/stats', { preValidation: readers, schema: { tags, querystring: statsQuery, response: { 200: statsSchema } } }, async (req) =>
    getPublicitySummary(ctx.db, actorOf(req), req.query),
  );

  await publicShowcaseRoutes(app, ctx);
}
