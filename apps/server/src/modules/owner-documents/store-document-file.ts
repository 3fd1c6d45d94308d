import fs from 'node:fs';
import { Readable } from 'node:stream';
import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import { storeUpload } from '../files/store-upload.js';
import type { FileTable } from '../files/tables.js';

export interface DocumentFileInput {
  companyId: string;
  /** A staff user the row is filed under (files.owner_id): the one who issued the signing link. */
  userId: string;
  name: string;
  bytes: Buffer;
}

/**
 * Stores bytes the server made or checked (a signature, a signed PDF) through the files module: the
 * same magic-byte check, hashing and yyyy/mm layout as an upload. The row has no project, so the
 * project's general file access does not reach it; the owner-documents routes decide who reads it.
 * Returns the row and an undo that removes the bytes when the transaction fails.
 */
export async function storeDocumentFile(trx: Tx, dataDir: string, input: DocumentFileInput, now: Date): Promise<{ row: FileTable; undo: () => void }> {
  const id = uuidv7();
  const stored = await storeUpload(dataDir, id, Readable.from([input.bytes]), { maxBytes: 20 * 1024 * 1024, maxVideoBytes: 0 }, now);
  const undo = () => fs.rmSync(stored.absolutePath, { force: true });
  const row: FileTable = {
    id,
    company_id: input.companyId,
    project_id: null,
    owner_id: input.userId,
    original_name: input.name,
    content_type: stored.contentType,
    size: stored.size,
    sha256: stored.sha256,
    storage_path: stored.storagePath,
    created_at: now.toISOString(),
  };
  try {
    await trx.insertInto('files').values(row).execute();
  } catch (err) {
    undo();
    throw err;
  }
  return { row, undo };
}
