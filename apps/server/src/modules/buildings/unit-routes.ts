import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { pageOf } from '../../platform/http/paging.js';
import { receiveXlsx } from '../../platform/http/upload.js';
import { companyAdminOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { idParams, projectParams } from '../org/schemas.js';
import { buildUnitTemplate } from './build-unit-template.js';
import { createUnit } from './create-unit.js';
import { getUnit } from './get-unit.js';
import { importInvalidError } from './import-invalid-error.js';
import { importUnits } from './import-units.js';
import { listUnits } from './list-units.js';
import { presentUnit } from './presenters.js';
import { readUnitSheet } from './read-unit-sheet.js';
import { unitCreateBody, unitImportResult, unitListQuery, unitPatchBody, unitSchema } from './schemas.js';
import { updateUnit } from './update-unit.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Units (房屋) of a project, one by one or from an Excel sheet. */
export async function unitRoutes(app: App, ctx: AppContext) {
  const tags = ['units'];
  app.get(
    '/api/projects/:projectId/units',
    { preValidation: staffAccountsOnly, schema: { tags, params: projectParams, querystring: unitListQuery, response: { 200: pageOf(unitSchema) } } },
    async (req) => {
      assertProjectVisible(actorOf(req), req.params.projectId, 'entity.project');
      const page = await listUnits(ctx.db, req.params.projectId, req.query);
      return { ...page, items: page.items.map(({ building_code, ...unit }) => presentUnit(unit, building_code)) };
    },
  );
  app.post(
    '/api/projects/:projectId/units',
    { preValidation: companyAdminOnly, schema: { tags, params: projectParams, body: unitCreateBody, response: { 201: unitSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const { unit, buildingCode } = await inTransaction(ctx.db, (trx) => createUnit(trx, actor, req.params.projectId, req.body));
      return reply.status(201).send(presentUnit(unit, buildingCode));
    },
  );
  app.get(
    '/api/units/import-template',
    { preValidation: staffAccountsOnly, schema: { tags, summary: 'Excel template for the unit import (.xlsx download)' } },
    async (req, reply) => {
      const file = await buildUnitTemplate(req.locale);
      return reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="units-template.xlsx"').send(file);
    },
  );
  app.post(
    '/api/projects/:projectId/units/import',
    {
      preValidation: companyAdminOnly,
      schema: {
        tags,
        summary: 'Create or update units from an .xlsx sheet (multipart field "file"); all rows or none',
        consumes: ['multipart/form-data'],
        params: projectParams,
        response: { 200: unitImportResult },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const sheet = await readUnitSheet(await receiveXlsx(req, 'file'));
      const outcome = await inTransaction(ctx.db, (trx) => importUnits(trx, actor, req.params.projectId, sheet));
      if (!outcome.ok) throw importInvalidError(outcome.issues, req.locale);
      return { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged };
    },
  );
  app.get('/api/units/:id', { preValidation: staffAccountsOnly, schema: { tags, params: idParams, response: { 200: unitSchema } } }, async (req) => {
    const { unit, buildingCode } = await getUnit(ctx.db, actorOf(req), req.params.id);
    return presentUnit(unit, buildingCode);
  });
  app.patch(
    '/api/units/:id',
    { preValidation: companyAdminOnly, schema: { tags, params: idParams, body: unitPatchBody, response: { 200: unitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const { unit, buildingCode } = await inTransaction(ctx.db, (trx) => updateUnit(trx, actor, req.params.id, req.body));
      return presentUnit(unit, buildingCode);
    },
  );
}
