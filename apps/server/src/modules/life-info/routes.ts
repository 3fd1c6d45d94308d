import { LIFE_INFO_EDITOR_ROLES, LIFE_INFO_READER_ROLES } from '@guanjia/domain/life-info/life-info';
import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { createLifeInfoEntry } from './create-life-info-entry.js';
import { loadVisibleLifeInfoEntry } from './life-info-access.js';
import { listLifeInfoEntries, readLifeInfoEntry } from './list-life-info-entries.js';
import { presentLifeInfo, presentPublicLifeInfo } from './present-life-info-entry.js';
import {
  createLifeInfoBody,
  h5LifeInfoQuery,
  idParams,
  lifeInfoPageSchema,
  lifeInfoPublicPageSchema,
  lifeInfoSchema,
  listLifeInfoQuery,
  projectParams,
  publishLifeInfoBody,
  updateLifeInfoBody,
} from './schemas.js';
import { searchPublishedLifeInfo } from './search-published-life-info.js';
import { transitionLifeInfoEntry } from './transition-life-info-entry.js';
import { updateLifeInfoEntry } from './update-life-info-entry.js';

const tags = ['life-info'];
const readers = rolesOnly(...LIFE_INFO_READER_ROLES);
const editors = rolesOnly(...LIFE_INFO_EDITOR_ROLES);

/** The phone pages serve owner accounts; staff use the staff list (403). */
async function ownersOnly(req: FastifyRequest): Promise<void> {
  if (actorOf(req).kind !== 'owner') throw new ForbiddenError();
}

/** 提供各项生活信息: each project's directory of restaurants, cinemas, dry cleaners … kept by staff, searched by owners. */
export async function lifeInfoRoutes(app: App, ctx: AppContext) {
  const present = async (req: FastifyRequest, id: string) => presentLifeInfo(await readLifeInfoEntry(ctx.db, id), actorOf(req));

  app.get(
    '/api/projects/:projectId/life-info',
    { preValidation: readers, schema: { tags, params: projectParams, querystring: listLifeInfoQuery, response: { 200: lifeInfoPageSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const page = await listLifeInfoEntries(ctx.db, actor, req.params.projectId, req.query);
      return { ...page, items: page.items.map((r) => presentLifeInfo(r, actor)) };
    },
  );

  app.post(
    '/api/projects/:projectId/life-info',
    { preValidation: editors, schema: { tags, params: projectParams, body: createLifeInfoBody, response: { 201: lifeInfoSchema } } },
    async (req, reply) => {
      const row = await inTransaction(ctx.db, (trx) => createLifeInfoEntry(trx, actorOf(req), req.params.projectId, req.body));
      return reply.status(201).send(await present(req, row.id));
    },
  );

  app.get('/api/life-info/:id', { preValidation: readers, schema: { tags, params: idParams, response: { 200: lifeInfoSchema } } }, async (req) => {
    const row = await loadVisibleLifeInfoEntry(ctx.db, actorOf(req), req.params.id);
    return present(req, row.id);
  });

  app.patch('/api/life-info/:id', { preValidation: editors, schema: { tags, params: idParams, body: updateLifeInfoBody, response: { 200: lifeInfoSchema } } }, async (req) => {
    const row = await inTransaction(ctx.db, (trx) => updateLifeInfoEntry(trx, actorOf(req), req.params.id, req.body));
    return present(req, row.id);
  });

  for (const action of ['publish', 'unpublish'] as const) {
    app.post(
      `/api/life-info/:id/${action}`,
      { preValidation: editors, schema: { tags, params: idParams, body: publishLifeInfoBody, response: { 200: lifeInfoSchema } } },
      async (req) => {
        const row = await inTransaction(ctx.db, (trx) => transitionLifeInfoEntry(trx, actorOf(req), req.params.id, action, req.body));
        return present(req, row.id);
      },
    );
  }

  app.get(
    '/api/h5/life-info',
    { preValidation: ownersOnly, schema: { tags: [...tags, 'h5'], summary: "Published entries of the owner's projects", querystring: h5LifeInfoQuery, response: { 200: lifeInfoPublicPageSchema } } },
    async (req) => {
      const page = await searchPublishedLifeInfo(ctx.db, actorOf(req), req.query);
      return { ...page, items: page.items.map(presentPublicLifeInfo) };
    },
  );
}
