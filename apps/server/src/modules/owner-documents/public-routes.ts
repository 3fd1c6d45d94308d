import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { sendStoredFile } from '../files/send-stored-file.js';
import { getInvitationDocument, listInvitationDocuments } from './list-invitation-documents.js';
import { openOwnerSignaturePdf } from './open-signature-pdf.js';
import { publicDocumentDetailSchema, publicDocumentListSchema, publicSignatureSchema, signBody, tokenParams, tokenSignatureParams, tokenTemplateParams } from './schemas.js';
import { signOwnerDocument } from './sign-owner-document.js';

const tags = ['owner-documents (public)'];
/** Reachable without a session: the invitation token in the path is the only key. */
const open = { public: true };
const base = '/api/public/invitations/:token';

/** The owner's phone: read the published documents, sign with a drawn signature, download the signed PDF. */
export async function publicOwnerDocumentRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(`${base}/documents`, { config: open, schema: { tags, security: [], params: tokenParams, response: { 200: publicDocumentListSchema } } }, async (req) =>
    listInvitationDocuments(ctx.db, req.params.token),
  );

  app.get(`${base}/documents/:templateId`, { config: open, schema: { tags, security: [], params: tokenTemplateParams, response: { 200: publicDocumentDetailSchema } } }, async (req) =>
    getInvitationDocument(ctx.db, req.params.token, req.params.templateId),
  );

  app.post(
    `${base}/documents/:templateId/signatures`,
    { config: open, schema: { tags, security: [], params: tokenTemplateParams, body: signBody, response: { 201: publicSignatureSchema } } },
    async (req, reply) => {
      const { token, templateId } = req.params;
      const device = { userAgent: req.headers['user-agent'] ?? null, ip: req.ip ?? null };
      const row = await inTransaction(ctx.db, (trx) => signOwnerDocument(trx, ctx.config.dataDir, token, templateId, req.body, device));
      return reply.status(201).send({
        id: row.id,
        templateId: row.template_id,
        kind: row.kind,
        version: row.version_no,
        signedAt: row.signed_at,
        textSha256: row.text_sha256,
        pdfPath: `/api/public/invitations/${encodeURIComponent(token)}/signatures/${row.id}/pdf`,
      });
    },
  );

  app.get(`${base}/signatures/:id/pdf`, { config: open, schema: { tags, security: [], params: tokenSignatureParams } }, async (req, reply) =>
    sendStoredFile(req, reply, await openOwnerSignaturePdf(ctx.db, ctx.config.dataDir, req.params.token, req.params.id)),
  );
}
