import { OWNER_DOCUMENT_ACKNOWLEDGES_RECEIPT, OWNER_DOCUMENT_KINDS, signatureState } from '@guanjia/domain/owner-documents/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { resolveOwnerInvitation } from '../owner-invitations/resolve-owner-invitation.js';
import type { TemplateRow } from './template-access.js';

type Signed = { signatureId: string; version: number; signedAt: string };

/** The owner's latest signature of each kind (any version), by kind. */
async function latestSignatures(db: DbOrTx, ownerId: string, projectId: string): Promise<Map<string, Signed>> {
  const rows = await db
    .selectFrom('owner_document_signatures')
    .select(['id', 'kind', 'version_no', 'signed_at'])
    .where('owner_id', '=', ownerId)
    .where('project_id', '=', projectId)
    .orderBy('signed_at')
    .execute();
  return new Map(rows.map((r) => [r.kind, { signatureId: r.id, version: r.version_no, signedAt: r.signed_at }]));
}

function presentPublicDocument(t: TemplateRow, signed: Signed | undefined) {
  return {
    templateId: t.id,
    kind: t.kind,
    title: t.title,
    version: t.version_no,
    publishedAt: t.published_at,
    state: signatureState(t.version_no, signed?.version) as 'signed' | 'signedEarlierVersion' | 'notSigned',
    signed: signed ?? null,
  };
}

/** What the owner's link offers to sign: the project's published documents and this owner's standing with each. */
export async function listInvitationDocuments(db: DbOrTx, token: string, now: Date = new Date()) {
  const inv = await resolveOwnerInvitation(db, token, now);
  const templates = await db.selectFrom('owner_document_templates').selectAll().where('project_id', '=', inv.project_id).where('status', '=', 'published').execute();
  const signed = await latestSignatures(db, inv.owner_id, inv.project_id);
  templates.sort((a, b) => OWNER_DOCUMENT_KINDS.indexOf(a.kind) - OWNER_DOCUMENT_KINDS.indexOf(b.kind));
  return { items: templates.map((t) => presentPublicDocument(t, signed.get(t.kind))) };
}

/** One published document's full text for the owner to read before signing; drafts and retired versions are not offered. */
export async function getInvitationDocument(db: DbOrTx, token: string, templateId: string, now: Date = new Date()) {
  const inv = await resolveOwnerInvitation(db, token, now);
  const t = await db.selectFrom('owner_document_templates').selectAll().where('id', '=', templateId).where('project_id', '=', inv.project_id).where('status', '=', 'published').executeTakeFirst();
  if (!t) throw new NotFoundError('entity.ownerDocument');
  const signed = await latestSignatures(db, inv.owner_id, inv.project_id);
  return { ...presentPublicDocument(t, signed.get(t.kind)), body: t.body, acknowledgesReceipt: OWNER_DOCUMENT_ACKNOWLEDGES_RECEIPT[t.kind] };
}
