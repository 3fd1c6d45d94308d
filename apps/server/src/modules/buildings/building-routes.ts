import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { pageOf } from '../../platform/http/paging.js';
import { companyAdminOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { idParams, listQuery, projectParams } from '../org/schemas.js';
import { createBuilding } from './create-building.js';
import { getBuilding } from './get-building.js';
import { listBuildings } from './list-buildings.js';
import { presentBuilding } from './presenters.js';
import { buildingCreateBody, buildingPatchBody, buildingSchema } from './schemas.js';
import { updateBuilding } from './update-building.js';

/** Buildings (楼栋) of a project. */
export async function buildingResourceRoutes(app: App, ctx: AppContext) {
  const tags = ['buildings'];
  app.get(
    '/api/projects/:projectId/buildings',
    { preValidation: staffAccountsOnly, schema: { tags, params: projectParams, querystring: listQuery, response: { 200: pageOf(buildingSchema) } } },
    async (req) => {
      assertProjectVisible(actorOf(req), req.params.projectId, 'entity.project');
      const page = await listBuildings(ctx.db, req.params.projectId, req.query);
      return { ...page, items: page.items.map(presentBuilding) };
    },
  );
  app.post(
    '/api/projects/:projectId/buildings',
    { preValidation: companyAdminOnly, schema: { tags, params: projectParams, body: buildingCreateBody, response: { 201: buildingSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const row = await inTransaction(ctx.db, (trx) => createBuilding(trx, actor, req.params.projectId, req.body));
      return reply.status(201).send(presentBuilding(row));
    },
  );
  app.get('/api/buildings/:id', { preValidation: staffAccountsOnly, schema: { tags, params: idParams, response: { 200: buildingSchema } } }, async (req) =>
    presentBuilding(await getBuilding(ctx.db, actorOf(req), req.params.id)),
  );
  app.patch(
    '/api/buildings/:id',
    { preValidation: companyAdminOnly, schema: { tags, params: idParams, body: buildingPatchBody, response: { 200: buildingSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentBuilding(await inTransaction(ctx.db, (trx) => updateBuilding(trx, actor, req.params.id, req.body)));
    },
  );
}
