import fs from 'node:fs';
import path from 'node:path';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { StoredFileToSend } from '../files/send-stored-file.js';
import { resolveOwnerInvitation } from '../owner-invitations/resolve-owner-invitation.js';
import type { SignatureRow } from './template-access.js';

async function pdfOf(db: DbOrTx, dataDir: string, sig: SignatureRow): Promise<StoredFileToSend> {
  const file = await db.selectFrom('files').select(['storage_path', 'original_name', 'content_type']).where('id', '=', sig.pdf_file_id).executeTakeFirst();
  const absolutePath = file ? path.join(dataDir, file.storage_path) : '';
  const stat = file ? fs.statSync(absolutePath, { throwIfNoEntry: false }) : undefined;
  if (!file || !stat) throw new NotFoundError('entity.ownerDocumentSignature');
  return { absolutePath, size: stat.size, contentType: file.content_type, name: file.original_name, cacheControl: 'private, no-store' };
}

/** A signed PDF for staff of the signature's project (404 elsewhere). */
export async function openSignaturePdf(db: DbOrTx, dataDir: string, actor: Actor, id: string): Promise<StoredFileToSend> {
  const sig = await db.selectFrom('owner_document_signatures').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!sig) throw new NotFoundError('entity.ownerDocumentSignature');
  assertProjectVisible(actor, sig.project_id, 'entity.ownerDocumentSignature');
  return pdfOf(db, dataDir, sig);
}

/** The owner's own signed PDF through their link; another owner's signature is not found. */
export async function openOwnerSignaturePdf(db: DbOrTx, dataDir: string, token: string, id: string, now: Date = new Date()): Promise<StoredFileToSend> {
  const inv = await resolveOwnerInvitation(db, token, now);
  const sig = await db.selectFrom('owner_document_signatures').selectAll().where('id', '=', id).where('owner_id', '=', inv.owner_id).executeTakeFirst();
  if (!sig) throw new NotFoundError('entity.ownerDocumentSignature');
  return pdfOf(db, dataDir, sig);
}
