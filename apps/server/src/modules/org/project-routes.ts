import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { pageOf } from '../../platform/http/paging.js';
import { companyAdminOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { createProject } from './create-project.js';
import { getProject } from './get-project.js';
import { listProjects } from './list-projects.js';
import { presentProject } from './presenters.js';
import { idParams, listQuery, projectCreateBody, projectPatchBody, projectSchema } from './schemas.js';
import { updateProject } from './update-project.js';

/** Projects (楼盘): each caller lists only the projects they may see. */
export async function projectRoutes(app: App, ctx: AppContext) {
  const tags = ['projects'];
  app.get('/api/projects', { preValidation: staffAccountsOnly, schema: { tags, querystring: listQuery, response: { 200: pageOf(projectSchema) } } }, async (req) => {
    const page = await listProjects(ctx.db, actorOf(req), req.query);
    return { ...page, items: page.items.map(presentProject) };
  });
  app.post('/api/projects', { preValidation: companyAdminOnly, schema: { tags, body: projectCreateBody, response: { 201: projectSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createProject(trx, actor, req.body));
    return reply.status(201).send(presentProject(row));
  });
  app.get('/api/projects/:id', { preValidation: staffAccountsOnly, schema: { tags, params: idParams, response: { 200: projectSchema } } }, async (req) =>
    presentProject(await getProject(ctx.db, actorOf(req), req.params.id)),
  );
  app.patch(
    '/api/projects/:id',
    { preValidation: companyAdminOnly, schema: { tags, params: idParams, body: projectPatchBody, response: { 200: projectSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentProject(await inTransaction(ctx.db, (trx) => updateProject(trx, actor, req.params.id, req.body)));
    },
  );
}
