import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { pageOf } from '../../platform/http/paging.js';
import { companyAdminOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { createDepartment } from './create-department.js';
import { getDepartment } from './get-department.js';
import { listDepartments } from './list-departments.js';
import { presentDepartment } from './presenters.js';
import { departmentCreateBody, departmentListQuery, departmentPatchBody, departmentSchema, idParams } from './schemas.js';
import { updateDepartment } from './update-department.js';

/** Departments and posts (部门 / 岗位), company-level, per project, or of a developer (营销部). */
export async function departmentRoutes(app: App, ctx: AppContext) {
  const tags = ['departments'];
  app.get(
    '/api/departments',
    { preValidation: staffAccountsOnly, schema: { tags, querystring: departmentListQuery, response: { 200: pageOf(departmentSchema) } } },
    async (req) => {
      const actor = actorOf(req);
      if (req.query.projectId) assertProjectVisible(actor, req.query.projectId, 'entity.project');
      const page = await listDepartments(ctx.db, actor, req.query);
      return { ...page, items: page.items.map(presentDepartment) };
    },
  );
  app.post('/api/departments', { preValidation: companyAdminOnly, schema: { tags, body: departmentCreateBody, response: { 201: departmentSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createDepartment(trx, actor, req.body));
    return reply.status(201).send(presentDepartment(row));
  });
  app.get('/api/departments/:id', { preValidation: staffAccountsOnly, schema: { tags, params: idParams, response: { 200: departmentSchema } } }, async (req) =>
    presentDepartment(await getDepartment(ctx.db, actorOf(req), req.params.id)),
  );
  app.patch(
    '/api/departments/:id',
    { preValidation: companyAdminOnly, schema: { tags, params: idParams, body: departmentPatchBody, response: { 200: departmentSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentDepartment(await inTransaction(ctx.db, (trx) => updateDepartment(trx, actor, req.params.id, req.body)));
    },
  );
}
