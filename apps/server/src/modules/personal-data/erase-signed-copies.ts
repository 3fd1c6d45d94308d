import fs from 'node:fs';
import path from 'node:path';
import { OWNER_DOCUMENT_ACKNOWLEDGES_RECEIPT } from '@guanjia/domain/owner-documents/index';
import { onCommit, onRollback, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { renderSignaturePdf } from '../owner-documents/render-signature-pdf.js';
import { storeDocumentFile } from '../owner-documents/store-document-file.js';
import { signingParties } from '../owner-documents/template-access.js';
import type { OwnerRow } from './owner-scope.js';

export interface ErasedCopy {
  signatureId: string;
  title: string;
  versionNo: number;
  /** The old copy and the drawn signature: their bytes go once the erasure has committed. */
  oldPdfFileId: string;
  signatureFileId: string;
  pdf: Buffer;
}

/**
 * The copies of an erased owner's signed documents, drawn again under the anonymised name without
 * the drawn signature and the device: the text as signed, its version, the time and the text's
 * SHA-256 stay, as the law requires the agreement to be kept. Call it before the erasure's first
 * write, so a database lock is not held while the PDFs are drawn.
 */
export async function drawErasedCopies(trx: Tx, owner: OwnerRow, anonymisedName: string): Promise<ErasedCopy[]> {
  const signatures = await trx.selectFrom('owner_document_signatures').selectAll().where('owner_id', '=', owner.id).orderBy('signed_at').execute();
  const copies: ErasedCopy[] = [];
  for (const s of signatures) {
    const parties = await signingParties(trx, owner.id, s.household_id);
    const pdf = await renderSignaturePdf({
      title: s.title,
      versionNo: s.version_no,
      body: s.body,
      projectName: parties.projectName,
      unitLabel: parties.unitLabel,
      ownerName: anonymisedName,
      signedAt: s.signed_at,
      device: null,
      textSha256: s.text_sha256,
      signaturePng: null,
      acknowledgesReceipt: OWNER_DOCUMENT_ACKNOWLEDGES_RECEIPT[s.kind],
    });
    copies.push({ signatureId: s.id, title: s.title, versionNo: s.version_no, oldPdfFileId: s.pdf_file_id, signatureFileId: s.signature_file_id, pdf });
  }
  return copies;
}

/**
 * Files the drawn copies in place of the old ones (the signature rows lose device and address), and
 * renames the old files so no file name carries the person's name; their bytes are removed after
 * commit, the new ones again if the erasure rolls back.
 */
export async function replaceSignedCopies(trx: Tx, actor: Actor, owner: OwnerRow, copies: readonly ErasedCopy[], anonymisedName: string, dataDir: string, now: Date): Promise<number> {
  for (const c of copies) {
    const name = `${c.title}-v${c.versionNo}-${anonymisedName}.pdf`;
    const stored = await storeDocumentFile(trx, dataDir, { companyId: owner.company_id, userId: actor.userId, name, bytes: c.pdf }, now);
    onRollback(trx, stored.undo);
    await trx.updateTable('owner_document_signatures').set({ pdf_file_id: stored.row.id, device: null, ip: null }).where('id', '=', c.signatureId).execute();
    const old = await trx.selectFrom('files').select(['id', 'storage_path']).where('id', 'in', [c.oldPdfFileId, c.signatureFileId]).execute();
    for (const f of old) {
      await trx.updateTable('files').set({ original_name: f.id === c.oldPdfFileId ? name : `签名-${anonymisedName}.png` }).where('id', '=', f.id).execute();
      // Bytes cannot be rolled back, so they go only once the anonymisation has committed.
      onCommit(trx, () => fs.rmSync(path.join(dataDir, f.storage_path), { force: true }));
    }
  }
  return copies.length;
}
