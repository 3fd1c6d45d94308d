import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { fieldRefusal } from './showcase-access.js';

/**
 * Files attached here must be the actor's own uploads to this project (or to none, then filed
 * under it so the project's staff can open them). Returns the ids de-duplicated, in order.
 */
export async function attachShowcaseFiles(trx: Tx, actor: Actor, ids: readonly string[], projectId: string, field: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await trx.selectFrom('files').select(['id', 'project_id', 'owner_id']).where('id', 'in', unique).where('company_id', '=', actor.companyId).execute();
  const ok = found.length === unique.length && found.every((f) => f.project_id === projectId || (f.project_id === null && f.owner_id === actor.userId));
  if (!ok) throw fieldRefusal('FILE_NOT_ATTACHABLE', field, 'showcase.field.filesNotYours');
  const unfiled = found.filter((f) => f.project_id === null).map((f) => f.id);
  if (unfiled.length) await trx.updateTable('files').set({ project_id: projectId }).where('id', 'in', unfiled).execute();
  return unique;
}
