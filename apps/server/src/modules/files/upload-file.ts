import fs from 'node:fs';
import path from 'node:path';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, nowIso } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { storeUpload, type UploadStream } from './store-upload.js';
import type { FileTable } from './tables.js';

export interface UploadFileInput {
  stream: UploadStream;
  filename: string;
  projectId?: string | null;
}

export interface FileStorage {
  dataDir: string;
  maxUploadBytes: number;
  maxVideoUploadBytes: number;
}

/** Keeps only the base name a browser sent (some send a full path) and a sane length. */
function cleanName(filename: string): string {
  const base = path.basename(filename.replaceAll('\\', '/')).replace(/[\u0000-\u001f]/g, '').trim();
  return (base || 'file').slice(0, 255);
}

/**
 * Stores the bytes first, then inserts the row: a row never points at a missing file, and the file
 * is removed again if the insert fails.
 */
export async function uploadFile(db: Db, storage: FileStorage, actor: Actor, input: UploadFileInput): Promise<FileTable> {
  if (input.projectId) assertProjectVisible(actor, input.projectId, 'entity.project');
  const id = uuidv7();
  const stored = await storeUpload(storage.dataDir, id, input.stream, { maxBytes: storage.maxUploadBytes, maxVideoBytes: storage.maxVideoUploadBytes });
  const row: FileTable = {
    id,
    company_id: actor.companyId,
    project_id: input.projectId ?? null,
    owner_id: actor.userId,
    original_name: cleanName(input.filename),
    content_type: stored.contentType,
    size: stored.size,
    sha256: stored.sha256,
    storage_path: stored.storagePath,
    created_at: nowIso(),
  };
  try {
    await inTransaction(db, async (trx) => {
      await trx.insertInto('files').values(row).execute();
      await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'file', entityId: id, projectId: row.project_id, after: row });
    });
  } catch (err) {
    fs.rmSync(stored.absolutePath, { force: true });
    throw err;
  }
  return row;
}
