import fs from 'node:fs';
import path from 'node:path';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { FileTable } from './tables.js';

/**
 * The uploader always sees a file; other staff see the files of projects they can see. Owners see
 * only their own uploads: a project's files are mostly internal documents.
 */
export function canSeeFile(actor: Actor, row: FileTable): boolean {
  if (row.company_id !== actor.companyId) return false;
  if (row.owner_id === actor.userId) return true;
  return actor.kind === 'staff' && row.project_id !== null && actor.projectIds.includes(row.project_id);
}

/** A visible file's row and its path on disk; anything else is 404. */
export async function openFile(db: DbOrTx, dataDir: string, actor: Actor, id: string): Promise<{ row: FileTable; absolutePath: string; size: number }> {
  const row = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !canSeeFile(actor, row)) throw new NotFoundError('entity.file');
  const absolutePath = path.join(dataDir, row.storage_path);
  const stat = fs.statSync(absolutePath, { throwIfNoEntry: false });
  if (!stat) throw new NotFoundError('entity.file');
  return { row, absolutePath, size: stat.size };
}
