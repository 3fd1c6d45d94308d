import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { fieldError } from './work-order-errors.js';

/**
 * Photos attached to an order must be files the actor uploaded, to no other project. A file
 * uploaded without a project is filed under the order's project, so the staff working the order
 * can open it. Returns the ids de-duplicated, in order.
 */
export async function attachOwnFiles(trx: Tx, actor: Actor, ids: readonly string[] | undefined, projectId: string, field: string): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return [];
  const found = await trx.selectFrom('files').select(['id', 'project_id']).where('id', 'in', unique).where('owner_id', '=', actor.userId).where('company_id', '=', actor.companyId).execute();
  if (found.length !== unique.length || found.some((f) => f.project_id !== null && f.project_id !== projectId)) throw fieldError(field, 'workOrders.field.photosNotYours');
  const unfiled = found.filter((f) => f.project_id === null).map((f) => f.id);
  if (unfiled.length) await trx.updateTable('files').set({ project_id: projectId }).where('id', 'in', unfiled).execute();
  return unique;
}
