import { createHash } from 'node:crypto';
import { OWNER_DOCUMENT_ACKNOWLEDGES_RECEIPT, OWNER_DOCUMENT_ONBOARDING_ITEMS, signedTextOf } from '@guanjia/domain/owner-documents/index';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { markOnboardingItem } from '../deals/mark-onboarding-item.js';
import { resolveOwnerInvitation } from '../owner-invitations/resolve-owner-invitation.js';
import { renderSignaturePdf } from './render-signature-pdf.js';
import { parseSignatureImage } from './signature-image.js';
import { storeDocumentFile } from './store-document-file.js';
import { signingParties, type SignatureRow } from './template-access.js';
import type { SignBody } from './schemas.js';

export interface SigningDevice {
  userAgent: string | null;
  ip: string | null;
}

const alreadySigned = () => new ConflictError('ALREADY_SIGNED', 'ownerDocument.error.alreadySigned');

/**
 * The owner signs a published document on the phone: the version read must still be the published
 * one, the drawn signature is checked and filed, the PDF is rendered from a copy of the text kept on
 * the signature row, and the deal's onboarding item is ticked, all in one transaction.
 */
export async function signOwnerDocument(trx: Tx, dataDir: string, token: string, templateId: string, input: SignBody, device: SigningDevice, now: Date = new Date()): Promise<SignatureRow> {
  const inv = await resolveOwnerInvitation(trx, token, now);
  const t = await trx.selectFrom('owner_document_templates').selectAll().where('id', '=', templateId).where('project_id', '=', inv.project_id).executeTakeFirst();
  if (!t || t.status === 'draft') throw new NotFoundError('entity.ownerDocument');
  if (t.status !== 'published' || t.version_no !== input.version) {
    const current = await trx.selectFrom('owner_document_templates').select(['id', 'version_no']).where('project_id', '=', t.project_id).where('kind', '=', t.kind).where('status', '=', 'published').executeTakeFirst();
    throw new AppError(409, 'DOCUMENT_UPDATED', 'ownerDocument.error.updated', {}, undefined, { templateId: current?.id ?? null, version: current?.version_no ?? null });
  }
  if (!input.agreed) throw new ValidationError({ agreed: 'ownerDocument.field.mustAgree' });
  const png = parseSignatureImage(input.signature);
  const earlier = await trx.selectFrom('owner_document_signatures').select('id').where('owner_id', '=', inv.owner_id).where('template_id', '=', t.id).executeTakeFirst();
  if (earlier) throw alreadySigned();

  const at = now.toISOString();
  const parties = await signingParties(trx, inv.owner_id, inv.household_id);
  const textSha256 = createHash('sha256').update(signedTextOf({ title: t.title, versionNo: t.version_no, body: t.body }), 'utf8').digest('hex');
  const userAgent = device.userAgent?.slice(0, 500) || null;
  // Rendered before the first write, so a database lock is not held while the PDF is drawn.
  const pdf = await renderSignaturePdf({ title: t.title, versionNo: t.version_no, body: t.body, ...parties, signedAt: at, device: userAgent, textSha256, signaturePng: png, acknowledgesReceipt: OWNER_DOCUMENT_ACKNOWLEDGES_RECEIPT[t.kind] });

  const undo: (() => void)[] = [];
  try {
    const filedUnder = { companyId: inv.company_id, userId: inv.created_by };
    const signatureFile = await storeDocumentFile(trx, dataDir, { ...filedUnder, name: `签名-${parties.ownerName}.png`, bytes: png }, now);
    undo.push(signatureFile.undo);
    const pdfFile = await storeDocumentFile(trx, dataDir, { ...filedUnder, name: `${t.title}-v${t.version_no}-${parties.ownerName}.pdf`, bytes: pdf }, now);
    undo.push(pdfFile.undo);
    const row: SignatureRow = {
      id: uuidv7(),
      company_id: inv.company_id,
      project_id: inv.project_id,
      template_id: t.id,
      kind: t.kind,
      owner_id: inv.owner_id,
      household_id: inv.household_id,
      invitation_id: inv.id,
      version_no: t.version_no,
      title: t.title,
      body: t.body,
      text_sha256: textSha256,
      signature_file_id: signatureFile.row.id,
      pdf_file_id: pdfFile.row.id,
      device: userAgent,
      ip: device.ip,
      signed_at: at,
    };
    try {
      await trx.insertInto('owner_document_signatures').values(row).execute();
    } catch (err) {
      // A double submit that passed the check above at the same moment: the unique index keeps one.
      if (isUniqueViolation(err)) throw alreadySigned();
      throw err;
    }
    const { body: _text, ...audited } = row;
    await recordAudit(trx, null, row.company_id, { action: 'sign', entityType: 'ownerDocumentSignature', entityId: row.id, projectId: row.project_id, after: audited });
    // The deal's onboarding checklist: the document (or the handbook's hand-over) is done.
    await markOnboardingItem(trx, { projectId: row.project_id, ownerId: row.owner_id, item: OWNER_DOCUMENT_ONBOARDING_ITEMS[row.kind], at });
    return row;
  } catch (err) {
    for (const u of undo) u();
    throw err;
  }
}
