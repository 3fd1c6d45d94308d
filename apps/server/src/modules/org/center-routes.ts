import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { pageOf } from '../../platform/http/paging.js';
import { companyAdminOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { createSalesCenter } from './create-sales-center.js';
import { createServiceCenter } from './create-service-center.js';
import { getSalesCenter } from './get-sales-center.js';
import { getServiceCenter } from './get-service-center.js';
import { listSalesCenters } from './list-sales-centers.js';
import { listServiceCenters } from './list-service-centers.js';
import { presentSalesCenter, presentServiceCenter } from './presenters.js';
import {
  idParams,
  listQuery,
  projectParams,
  salesCenterCreateBody,
  salesCenterPatchBody,
  salesCenterSchema,
  serviceCenterCreateBody,
  serviceCenterPatchBody,
  serviceCenterSchema,
} from './schemas.js';
import { updateSalesCenter } from './update-sales-center.js';
import { updateServiceCenter } from './update-service-center.js';

/** Sales centers (销售中心) and service centers (物业服务中心) of a project. */
export async function centerRoutes(app: App, ctx: AppContext) {
  const sales = { tags: ['sales-centers'] };
  app.get(
    '/api/projects/:projectId/sales-centers',
    { preValidation: staffAccountsOnly, schema: { ...sales, params: projectParams, querystring: listQuery, response: { 200: pageOf(salesCenterSchema) } } },
    async (req) => {
      assertProjectVisible(actorOf(req), req.params.projectId, 'entity.project');
      const page = await listSalesCenters(ctx.db, req.params.projectId, req.query);
      return { ...page, items: page.items.map(presentSalesCenter) };
    },
  );
  app.post(
    '/api/projects/:projectId/sales-centers',
    { preValidation: companyAdminOnly, schema: { ...sales, params: projectParams, body: salesCenterCreateBody, response: { 201: salesCenterSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const row = await inTransaction(ctx.db, (trx) => createSalesCenter(trx, actor, req.params.projectId, req.body));
      return reply.status(201).send(presentSalesCenter(row));
    },
  );
  app.get('/api/sales-centers/:id', { preValidation: staffAccountsOnly, schema: { ...sales, params: idParams, response: { 200: salesCenterSchema } } }, async (req) =>
    presentSalesCenter(await getSalesCenter(ctx.db, actorOf(req), req.params.id)),
  );
  app.patch(
    '/api/sales-centers/:id',
    { preValidation: companyAdminOnly, schema: { ...sales, params: idParams, body: salesCenterPatchBody, response: { 200: salesCenterSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentSalesCenter(await inTransaction(ctx.db, (trx) => updateSalesCenter(trx, actor, req.params.id, req.body)));
    },
  );

  const service = { tags: ['service-centers'] };
  app.get(
    '/api/projects/:projectId/service-centers',
    { preValidation: staffAccountsOnly, schema: { ...service, params: projectParams, querystring: listQuery, response: { 200: pageOf(serviceCenterSchema) } } },
    async (req) => {
      assertProjectVisible(actorOf(req), req.params.projectId, 'entity.project');
      const page = await listServiceCenters(ctx.db, req.params.projectId, req.query);
      return { ...page, items: page.items.map(presentServiceCenter) };
    },
  );
  app.post(
    '/api/projects/:projectId/service-centers',
    { preValidation: companyAdminOnly, schema: { ...service, params: projectParams, body: serviceCenterCreateBody, response: { 201: serviceCenterSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const row = await inTransaction(ctx.db, (trx) => createServiceCenter(trx, actor, req.params.projectId, req.body));
      return reply.status(201).send(presentServiceCenter(row));
    },
  );
  app.get('/api/service-centers/:id', { preValidation: staffAccountsOnly, schema: { ...service, params: idParams, response: { 200: serviceCenterSchema } } }, async (req) =>
    presentServiceCenter(await getServiceCenter(ctx.db, actorOf(req), req.params.id)),
  );
  app.patch(
    '/api/service-centers/:id',
    { preValidation: companyAdminOnly, schema: { ...service, params: idParams, body: serviceCenterPatchBody, response: { 200: serviceCenterSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentServiceCenter(await inTransaction(ctx.db, (trx) => updateServiceCenter(trx, actor, req.params.id, req.body)));
    },
  );
}
