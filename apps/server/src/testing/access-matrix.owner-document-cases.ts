import type { OwnerDocumentKind } from '@guanjia/domain/owner-documents/index';
import { uuidv7 } from '@guanjia/domain';
import { newRowStamp } from '../platform/db/transaction.js';
import { pngDataUrl, testSignaturePng } from '../modules/owner-documents/signature-test-png.js';
import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1 } from './access-matrix.fixtures.js';

/** Everyone who serves owners reads; project-2 staff do not find project 1. */
const readers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** Templates are written by the service-center manager and the company. */
const managers = (status: number) => all(403, { admin: status, manager: status });
/** The owner's phone pages need no session: every caller, signed in or not, holding a live link. */
const anyone = (status: number) => ({ ...all(status), anonymous: status });

const signature = pngDataUrl(testSignaturePng());
const URL = '/api/owner-documents';

/** A new owner of project 1 (in no household, so the demo household's members stay as they are) with a live link, so every row signs afresh. */
async function freshLink(c: MatrixContext): Promise<string> {
  const ownerId = uuidv7();
  const tenancy = { company_id: c.demo.companyId, project_id: p1(c) };
  await c.db.insertInto('owners').values({ id: ownerId, ...tenancy, name: `业主 ${c.unique}`, phone: null, id_number: null, ...newRowStamp() }).execute();
  const res = await c.as('admin').post('/api/owner-invitations', { ownerId });
  if (res.statusCode !== 201) throw new Error(`link not issued: ${res.statusCode} ${res.body}`);
  return res.json().token;
}

async function publishedTemplate(c: MatrixContext, kind: OwnerDocumentKind): Promise<{ id: string; version: number }> {
  const t = await c.db.selectFrom('owner_document_templates').select(['id', 'version_no']).where('project_id', '=', p1(c)).where('kind', '=', kind).where('status', '=', 'published').executeTakeFirstOrThrow();
  return { id: t.id, version: t.version_no };
}

/** A fresh draft of the renovation rules in project 1 (any earlier draft is published first, as admin). */
async function freshDraft(c: MatrixContext): Promise<string> {
  const existing = await c.db.selectFrom('owner_document_templates').select(['id', 'version']).where('project_id', '=', p1(c)).where('kind', '=', 'renovationRules').where('status', '=', 'draft').executeTakeFirst();
  if (existing) await c.as('admin').post(`${URL}/templates/${existing.id}/publish`, { version: existing.version });
  const res = await c.as('admin').post(`${URL}/templates`, { projectId: p1(c), kind: 'renovationRules', title: `装修管理规定 ${c.unique}`, body: '第一条　装修前应申报登记。' });
  if (res.statusCode !== 201) throw new Error(`draft not created: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** A signature of project 1 (signed through a fresh link) and the link it was signed with. */
async function freshSignature(c: MatrixContext): Promise<{ token: string; id: string }> {
  const token = await freshLink(c);
  const t = await publishedTemplate(c, 'butlerServiceHandbook');
  const res = await c.as('anonymous').post(`/api/public/invitations/${token}/documents/${t.id}/signatures`, { version: t.version, agreed: true, signature });
  if (res.statusCode !== 201) throw new Error(`not signed: ${res.statusCode} ${res.body}`);
  return { token, id: res.json().id };
}

export const ownerDocumentCases: AccessCase[] = [
  { name: 'GET /api/owner-documents/templates?projectId= (project 1)', method: 'GET', path: (c) => `${URL}/templates?projectId=${p1(c)}`, expect: readers(200) },
  {
    name: 'POST /api/owner-documents/templates (project 1)',
    method: 'POST',
    path: () => `${URL}/templates`,
    body: async (c) => {
      const existing = await c.db.selectFrom('owner_document_templates').select(['id', 'version']).where('project_id', '=', p1(c)).where('kind', '=', 'interimManagementRules').where('status', '=', 'draft').executeTakeFirst();
      if (existing) await c.as('admin').post(`${URL}/templates/${existing.id}/publish`, { version: existing.version });
      return { projectId: p1(c), kind: 'interimManagementRules', title: `临时管理规约 ${c.unique}`, body: '第一条' };
    },
    expect: managers(201),
  },
  { name: 'PATCH /api/owner-documents/templates/:id (fresh draft, project 1)', method: 'PATCH', path: async (c) => `${URL}/templates/${await freshDraft(c)}`, body: () => ({ title: '装修管理规定（修订）', version: 1 }), expect: managers(200) },
  { name: 'POST /api/owner-documents/templates/:id/publish (fresh draft, project 1)', method: 'POST', path: async (c) => `${URL}/templates/${await freshDraft(c)}/publish`, body: () => ({ version: 1 }), expect: managers(200) },
  { name: 'GET /api/owner-documents/status?projectId= (project 1)', method: 'GET', path: (c) => `${URL}/status?projectId=${p1(c)}&missingOnly=true`, expect: readers(200) },
  { name: 'GET /api/owner-documents/status/export?projectId= (project 1)', method: 'GET', path: (c) => `${URL}/status/export?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'GET /api/owner-documents/signatures/:id/pdf (project-1 signature)', method: 'GET', path: async (c) => `${URL}/signatures/${(await freshSignature(c)).id}/pdf`, expect: readers(200) },
  { name: 'GET /api/public/invitations/:token/documents (live link)', method: 'GET', path: async (c) => `/api/public/invitations/${await freshLink(c)}/documents`, expect: anyone(200) },
  { name: 'GET /api/public/invitations/:token/documents (unknown link)', method: 'GET', path: () => `/api/public/invitations/${'x'.repeat(43)}/documents`, expect: anyone(404) },
  {
    name: 'GET /api/public/invitations/:token/documents/:templateId (live link)',
    method: 'GET',
    path: async (c) => `/api/public/invitations/${await freshLink(c)}/documents/${(await publishedTemplate(c, 'preliminaryServiceAgreement')).id}`,
    expect: anyone(200),
  },
  {
    name: 'POST /api/public/invitations/:token/documents/:templateId/signatures (live link)',
    method: 'POST',
    path: async (c) => `/api/public/invitations/${await freshLink(c)}/documents/${(await publishedTemplate(c, 'interimManagementRules')).id}/signatures`,
    body: async (c) => ({ version: (await publishedTemplate(c, 'interimManagementRules')).version, agreed: true, signature }),
    expect: anyone(201),
  },
  {
    name: "GET /api/public/invitations/:token/signatures/:id/pdf (the link's own signature)",
    method: 'GET',
    path: async (c) => {
      const s = await freshSignature(c);
      return `/api/public/invitations/${s.token}/signatures/${s.id}/pdf`;
    },
    expect: anyone(200),
  },
];
