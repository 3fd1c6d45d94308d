import { EXTERNAL_WORKER_READER_ROLES, EXTERNAL_WORKER_REGISTRAR_ROLES } from '@guanjia/domain/sales-site/external-worker-privacy';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { loadVisibleExternalWorker } from './external-worker-access.js';
import { listExternalWorkers, readExternalWorker } from './list-external-workers.js';
import { presentExternalWorker } from './present-external-worker.js';
import { registerExternalWorker } from './register-external-worker.js';
import { externalWorkerPageSchema, externalWorkerSchema, idParams, listExternalWorkersQuery, projectParams, registerExternalWorkerBody, signOutBody } from './schemas.js';
import { signOutExternalWorker } from './sign-out-external-worker.js';

const tags = ['external-workers'];
const readers = rolesOnly(...EXTERNAL_WORKER_READER_ROLES);
const registrars = rolesOnly(...EXTERNAL_WORKER_REGISTRAR_ROLES);

/** 外来工作人员问询登记: the register of outside workers at a project's sales center. */
export async function externalWorkerRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/projects/:projectId/external-workers',
    { preValidation: readers, schema: { tags, params: projectParams, querystring: listExternalWorkersQuery, response: { 200: externalWorkerPageSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const page = await listExternalWorkers(ctx.db, actor, req.params.projectId, req.query);
      return { ...page, items: page.items.map((r) => presentExternalWorker(r, actor)) };
    },
  );

  app.post(
    '/api/projects/:projectId/external-workers',
    { preValidation: registrars, schema: { tags, params: projectParams, body: registerExternalWorkerBody, response: { 201: externalWorkerSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const row = await inTransaction(ctx.db, (trx) => registerExternalWorker(trx, actor, req.params.projectId, req.body));
      return reply.status(201).send(presentExternalWorker(await readExternalWorker(ctx.db, row.id), actor));
    },
  );

  app.get('/api/external-workers/:id', { preValidation: readers, schema: { tags, params: idParams, response: { 200: externalWorkerSchema } } }, async (req) => {
    const actor = actorOf(req);
    const row = await loadVisibleExternalWorker(ctx.db, actor, req.params.id);
    return presentExternalWorker(await readExternalWorker(ctx.db, row.id), actor);
  });

  app.post(
    '/api/external-workers/:id/sign-out',
    { preValidation: registrars, schema: { tags, params: idParams, body: signOutBody, response: { 200: externalWorkerSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const row = await inTransaction(ctx.db, (trx) => signOutExternalWorker(trx, actor, req.params.id, req.body));
      return presentExternalWorker(await readExternalWorker(ctx.db, row.id), actor);
    },
  );
}
