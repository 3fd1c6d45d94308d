import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { pageOf } from '../../platform/http/paging.js';
import { companyAdminOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { createDeveloper } from './create-developer.js';
import { createRegion } from './create-region.js';
import { getDeveloper } from './get-developer.js';
import { getRegion } from './get-region.js';
import { listDevelopers } from './list-developers.js';
import { listRegions } from './list-regions.js';
import { presentDeveloper, presentRegion } from './presenters.js';
import {
  developerCreateBody,
  developerPatchBody,
  developerSchema,
  idParams,
  listQuery,
  regionCreateBody,
  regionPatchBody,
  regionSchema,
} from './schemas.js';
import { updateDeveloper } from './update-developer.js';
import { updateRegion } from './update-region.js';

/** Company-level records: regions (地区公司) and developers (开发商). */
export async function companyRoutes(app: App, ctx: AppContext) {
  const regions = { tags: ['regions'] };
  app.get('/api/regions', { preValidation: staffAccountsOnly, schema: { ...regions, querystring: listQuery, response: { 200: pageOf(regionSchema) } } }, async (req) => {
    const page = await listRegions(ctx.db, actorOf(req), req.query);
    return { ...page, items: page.items.map(presentRegion) };
  });
  app.post('/api/regions', { preValidation: companyAdminOnly, schema: { ...regions, body: regionCreateBody, response: { 201: regionSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createRegion(trx, actor, req.body));
    return reply.status(201).send(presentRegion(row));
  });
  app.get('/api/regions/:id', { preValidation: staffAccountsOnly, schema: { ...regions, params: idParams, response: { 200: regionSchema } } }, async (req) =>
    presentRegion(await getRegion(ctx.db, actorOf(req), req.params.id)),
  );
  app.patch(
    '/api/regions/:id',
    { preValidation: companyAdminOnly, schema: { ...regions, params: idParams, body: regionPatchBody, response: { 200: regionSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentRegion(await inTransaction(ctx.db, (trx) => updateRegion(trx, actor, req.params.id, req.body)));
    },
  );

  const developers = { tags: ['developers'] };
  app.get('/api/developers', { preValidation: staffAccountsOnly, schema: { ...developers, querystring: listQuery, response: { 200: pageOf(developerSchema) } } }, async (req) => {
    const page = await listDevelopers(ctx.db, actorOf(req), req.query);
    return { ...page, items: page.items.map(presentDeveloper) };
  });
  app.post(
    '/api/developers',
    { preValidation: companyAdminOnly, schema: { ...developers, body: developerCreateBody, response: { 201: developerSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const row = await inTransaction(ctx.db, (trx) => createDeveloper(trx, actor, req.body));
      return reply.status(201).send(presentDeveloper(row));
    },
  );
  app.get('/api/developers/:id', { preValidation: staffAccountsOnly, schema: { ...developers, params: idParams, response: { 200: developerSchema } } }, async (req) =>
    presentDeveloper(await getDeveloper(ctx.db, actorOf(req), req.params.id)),
  );
  app.patch(
    '/api/developers/:id',
    { preValidation: companyAdminOnly, schema: { ...developers, params: idParams, body: developerPatchBody, response: { 200: developerSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentDeveloper(await inTransaction(ctx.db, (trx) => updateDeveloper(trx, actor, req.params.id, req.body)));
    },
  );
}
