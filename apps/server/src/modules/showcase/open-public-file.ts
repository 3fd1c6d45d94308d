import fs from 'node:fs';
import path from 'node:path';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { showcaseOfCode } from './public-access.js';

/** A file attached to a published item of the code's project; any other file is 404. */
export async function openPublicFile(db: DbOrTx, dataDir: string, code: string, fileId: string) {
  const showcase = await showcaseOfCode(db, code);
  const file = await db
    .selectFrom('files')
    .innerJoin('publicity_items', 'publicity_items.file_id', 'files.id')
    .select(['files.id', 'files.original_name', 'files.content_type', 'files.storage_path'])
    .where('files.id', '=', fileId)
    .where('publicity_items.project_id', '=', showcase.project_id)
    .where('publicity_items.status', '=', 'published')
    .executeTakeFirst();
  if (!file) throw new NotFoundError('entity.file');
  const absolutePath = path.join(dataDir, file.storage_path);
  const stat = fs.statSync(absolutePath, { throwIfNoEntry: false });
  if (!stat) throw new NotFoundError('entity.file');
  return { name: file.original_name, contentType: file.content_type, absolutePath, size: stat.size };
}
