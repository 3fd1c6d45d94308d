import { businessDate } from '@guanjia/domain';
import { OWNER_DOCUMENT_MANAGER_ROLES, OWNER_DOCUMENT_READER_ROLES } from '@guanjia/domain/owner-documents/index';
import { z } from 'zod';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { sendStoredFile } from '../files/send-stored-file.js';
import './messages.js';
import { createOwnerDocumentTemplate } from './create-owner-document-template.js';
import { getSigningStatus, signingStatusCsv } from './get-signing-status.js';
import { listOwnerDocumentTemplates, readTemplate } from './list-owner-document-templates.js';
import { openSignaturePdf } from './open-signature-pdf.js';
import { presentTemplate } from './present-template.js';
import { publicOwnerDocumentRoutes } from './public-routes.js';
import { publishOwnerDocumentTemplate } from './publish-owner-document-template.js';
import { shanghaiDateTime } from './render-signature-pdf.js';
import { createTemplateBody, idParams, projectQuery, publishTemplateBody, statusQuery, statusSchema, templateSchema, updateTemplateBody } from './schemas.js';
import { updateOwnerDocumentTemplate } from './update-owner-document-template.js';

const tags = ['owner-documents'];
const base = '/api/owner-documents';
const readers = rolesOnly(...OWNER_DOCUMENT_READER_ROLES);
const managers = rolesOnly(...OWNER_DOCUMENT_MANAGER_ROLES);

/** 销配服务签署的相关文件: versioned templates per project, who has signed what, the signed PDFs; and the owner's phone pages. */
export async function ownerDocumentRoutes(app: App, ctx: AppContext) {
  app.get(`${base}/templates`, { preValidation: readers, schema: { tags, querystring: projectQuery, response: { 200: z.object({ items: z.array(templateSchema) }) } } }, async (req) => {
    const actor = actorOf(req);
    return { items: (await listOwnerDocumentTemplates(ctx.db, actor, req.query.projectId)).map((r) => presentTemplate(r, actor)) };
  });

  app.post(`${base}/templates`, { preValidation: managers, schema: { tags, body: createTemplateBody, response: { 201: templateSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createOwnerDocumentTemplate(trx, actor, req.body));
    return reply.status(201).send(presentTemplate(await readTemplate(ctx.db, row.id), actor));
  });

  app.patch(`${base}/templates/:id`, { preValidation: managers, schema: { tags, params: idParams, body: updateTemplateBody, response: { 200: templateSchema } } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => updateOwnerDocumentTemplate(trx, actor, req.params.id, req.body));
    return presentTemplate(await readTemplate(ctx.db, row.id), actor);
  });

  app.post(`${base}/templates/:id/publish`, { preValidation: managers, schema: { tags, params: idParams, body: publishTemplateBody, response: { 200: templateSchema } } }, async (req) => {
    const actor = actorOf(req);
    const { published } = await inTransaction(ctx.db, (trx) => publishOwnerDocumentTemplate(trx, actor, req.params.id, req.body));
    return presentTemplate(await readTemplate(ctx.db, published.id), actor);
  });

  app.get(`${base}/status`, { preValidation: readers, schema: { tags, querystring: statusQuery, response: { 200: statusSchema } } }, async (req) =>
    getSigningStatus(ctx.db, actorOf(req), req.query.projectId, req.query),
  );

  app.get(`${base}/status/export`, { preValidation: readers, schema: { tags, querystring: statusQuery } }, async (req, reply) => {
    const { items } = await getSigningStatus(ctx.db, actorOf(req), req.query.projectId, req.query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="owner-documents-${businessDate(new Date())}.csv"`)
      .send(signingStatusCsv(items, shanghaiDateTime));
  });

  app.get(`${base}/signatures/:id/pdf`, { preValidation: readers, schema: { tags, params: idParams } }, async (req, reply) =>
    sendStoredFile(req, reply, await openSignaturePdf(ctx.db, ctx.config.dataDir, actorOf(req), req.params.id)),
  );

  await publicOwnerDocumentRoutes(app, ctx);
}
