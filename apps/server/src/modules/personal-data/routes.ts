import { businessDate, FULL_PERSONAL_DATA_ROLES, type Role } from '@guanjia/domain';
import { ANY_REVEALER_ROLES, PERSONAL_DATA_AUDIT_ROLES, PERSONAL_DATA_REVIEWER_ROLES } from '@guanjia/domain/personal-data/index';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { csvDocument } from '../../platform/http/csv.js';
import { translate } from '../../platform/http/i18n.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { shanghaiDateTime } from '../../platform/pdf/cjk-pdf.js';
import { contentDisposition } from '../files/send-stored-file.js';
import './messages.js';
import { approveErasureRequest } from './approve-erasure-request.js';
import type { OwnerDataExport } from './collect-owner-data.js';
import { exportOwnerData } from './export-owner-data.js';
import { exportPersonalDataReads, listPersonalDataReads, presentRead } from './list-personal-data-reads.js';
import { listOwnRequests, listPersonalDataRequests, presentRequest, readRequest } from './list-personal-data-requests.js';
import { findOwnOwner, findVisibleOwner } from './owner-scope.js';
import { refusePersonalDataRequest } from './refuse-personal-data-request.js';
import { renderOwnerDataPdf } from './render-owner-data-pdf.js';
import { requestErasure } from './request-erasure.js';
import { revealPersonalData } from './reveal-personal-data.js';
import {
  decideBody,
  exportQuery,
  exportReadsQuery,
  idParams,
  listReadsQuery,
  listRequestsQuery,
  ownerParams,
  ownerSearchQuery,
  ownerSearchSchema,
  readPageSchema,
  refuseBody,
  requestErasureBody,
  requestPageSchema,
  requestSchema,
  revealBody,
  revealSchema,
} from './schemas.js';
import { searchOwners } from './search-owners.js';

const tags = ['personal-data'];
/** Everyone who may ever see a full number: the managing roles, and field workers on their own orders. */
const revealers = rolesOnly(...ANY_REVEALER_ROLES);
const auditors = rolesOnly(...PERSONAL_DATA_AUDIT_ROLES);
const reviewers = rolesOnly(...PERSONAL_DATA_REVIEWER_ROLES);
const requestReaders = rolesOnly(...new Set<Role>([...PERSONAL_DATA_REVIEWER_ROLES, ...PERSONAL_DATA_AUDIT_ROLES]));
const exporters = rolesOnly(...FULL_PERSONAL_DATA_ROLES);
const owners = rolesOnly('owner');

/** The export as a download: JSON (UTF-8) or the Chinese PDF. */
async function sendExport(reply: FastifyReply, data: OwnerDataExport, format: 'json' | 'pdf') {
  const name = `个人信息-${data.owner.name}-${businessDate(new Date())}`;
  reply.header('cache-control', 'private, no-store');
  if (format === 'pdf') {
    return reply.type('application/pdf').header('content-disposition', contentDisposition(`${name}.pdf`).replace(/^inline/, 'attachment')).send(await renderOwnerDataPdf(data));
  }
  return reply.type('application/json; charset=utf-8').header('content-disposition', contentDisposition(`${name}.json`).replace(/^inline/, 'attachment')).send(JSON.stringify(data, null, 2));
}

/** 个人信息保护 (PIPL): logged reveals of full numbers, the read log, exports and erasure requests. */
export async function personalDataRoutes(app: App, ctx: AppContext) {
  app.post('/api/personal-data/reveal', { preValidation: revealers, schema: { tags, body: revealBody, response: { 200: revealSchema } } }, async (req) => {
    const actor = actorOf(req);
    return inTransaction(ctx.db, (trx) => revealPersonalData(trx, actor, req.body, { ip: req.ip ?? null }));
  });

  app.get('/api/personal-data/reads', { preValidation: auditors, schema: { tags, querystring: listReadsQuery, response: { 200: readPageSchema } } }, async (req) => {
    const page = await listPersonalDataReads(ctx.db, actorOf(req), req.query);
    return { ...page, items: page.items.map(presentRead) };
  });

  app.get('/api/personal-data/reads/export', { preValidation: auditors, schema: { tags, querystring: exportReadsQuery } }, async (req, reply) => {
    const rows = (await exportPersonalDataReads(ctx.db, actorOf(req), req.query)).map(presentRead);
    const en = req.locale === 'en';
    const header = en ? ['Time (Beijing)', 'Project', 'Staff', 'Person', 'Field', 'Subject', 'Purpose', 'Page', 'IP'] : ['时间（北京时间）', '项目', '查看人', '姓名', '字段', '来源', '用途', '页面', 'IP'];
    const field = (f: string) => (f === 'phone' ? (en ? 'Phone' : '手机号') : en ? 'ID number' : '身份证号');
    const csv = csvDocument(
      header,
      rows.map((r) => [shanghaiDateTime(r.readAt), r.projectName, r.staff.name, r.personName, field(r.field), `${translate(req.locale, `personalData.subject.${r.subjectType}`)}:${r.subjectId}`, r.purpose, r.page, r.ip]),
    );
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="personal-data-reads-${businessDate(new Date())}.csv"`)
      .send(csv);
  });

  app.get('/api/personal-data/requests', { preValidation: requestReaders, schema: { tags, querystring: listRequestsQuery, response: { 200: requestPageSchema } } }, async (req) => {
    const actor = actorOf(req);
    const page = await listPersonalDataRequests(ctx.db, actor, req.query);
    return { ...page, items: page.items.map((r) => presentRequest(r, actor)) };
  });

  app.post('/api/personal-data/requests/:id/approve', { preValidation: reviewers, schema: { tags, params: idParams, body: decideBody, response: { 200: requestSchema } } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => approveErasureRequest(trx, actor, req.params.id, req.body, { dataDir: ctx.config.dataDir, locale: req.locale }));
    return presentRequest(await readRequest(ctx.db, row.id), actor);
  });

  app.post('/api/personal-data/requests/:id/refuse', { preValidation: reviewers, schema: { tags, params: idParams, body: refuseBody, response: { 200: requestSchema } } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => refusePersonalDataRequest(trx, actor, req.params.id, req.body));
    return presentRequest(await readRequest(ctx.db, row.id), actor);
  });

  app.get('/api/personal-data/owners', { preValidation: exporters, schema: { tags, querystring: ownerSearchQuery, response: { 200: ownerSearchSchema } } }, async (req) =>
    searchOwners(ctx.db, actorOf(req), req.query),
  );

  app.get('/api/personal-data/owners/:ownerId/export', { preValidation: exporters, schema: { tags, params: ownerParams, querystring: exportQuery } }, async (req, reply) => {
    const actor = actorOf(req);
    const data = await inTransaction(ctx.db, async (trx) => exportOwnerData(trx, actor, await findVisibleOwner(trx, actor, req.params.ownerId), req.query.format));
    return sendExport(reply, data, req.query.format);
  });

  // The owner's own page (/h5/privacy): their copy, their requests, asking for erasure.
  app.get('/api/personal-data/mine/export', { preValidation: owners, schema: { tags, querystring: exportQuery } }, async (req, reply) => {
    const actor = actorOf(req);
    const data = await inTransaction(ctx.db, async (trx) => exportOwnerData(trx, actor, await findOwnOwner(trx, actor), req.query.format));
    return sendExport(reply, data, req.query.format);
  });

  app.get('/api/personal-data/mine/requests', { preValidation: owners, schema: { tags, response: { 200: z.object({ items: z.array(requestSchema) }) } } }, async (req) => {
    const actor = actorOf(req);
    const owner = await findOwnOwner(ctx.db, actor);
    return { items: (await listOwnRequests(ctx.db, owner.id)).map((r) => presentRequest(r, actor)) };
  });

  app.post('/api/personal-data/mine/erasure', { preValidation: owners, schema: { tags, body: requestErasureBody, response: { 201: requestSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => requestErasure(trx, actor, { reason: req.body.reason }, req.locale));
    return reply.status(201).send(presentRequest(await readRequest(ctx.db, row.id), actor));
  });
}
