import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { createServiceItem } from './create-service-item.js';
import { getServiceCatalog } from './get-service-catalog.js';
import './messages.js';
import { presentServiceCatalog, presentServiceItem } from './present-service-item.js';
import { createServiceItemBody, serviceCatalogQuery, serviceCatalogSchema, serviceItemParams, serviceItemSchema, updateServiceItemBody } from './schemas.js';
import { updateServiceItem } from './update-service-item.js';

/** Who configures a project's catalog: the company's administrators and the project's service-center manager. */
const catalogAdmins = rolesOnly('companyAdmin', 'serviceCenterManager', 'systemAdmin');

export async function serviceCatalogRoutes(app: App, ctx: AppContext) {
  const tags = ['service-catalog'];

  app.get('/api/service-catalog', { schema: { tags, querystring: serviceCatalogQuery, response: { 200: serviceCatalogSchema } } }, async (req) => {
    const { rows, enabledOnly } = await getServiceCatalog(ctx.db, actorOf(req), req.query);
    return presentServiceCatalog(req.query.projectId, rows, enabledOnly);
  });

  app.post(
    '/api/service-items',
    { preValidation: catalogAdmins, schema: { tags, body: createServiceItemBody, response: { 201: serviceItemSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const row = await inTransaction(ctx.db, (trx) => createServiceItem(trx, actor, req.body));
      return reply.status(201).send(presentServiceItem(row));
    },
  );

  app.patch(
    '/api/service-items/:id',
    { preValidation: catalogAdmins, schema: { tags, params: serviceItemParams, body: updateServiceItemBody, response: { 200: serviceItemSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentServiceItem(await inTransaction(ctx.db, (trx) => updateServiceItem(trx, actor, req.params.id, req.body)));
    },
  );
}
