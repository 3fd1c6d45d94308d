import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { ServiceCatalogQuery } from './schemas.js';
import type { ServiceItemRow } from './service-item-record.js';

export interface ServiceCatalogRows {
  rows: ServiceItemRow[];
  enabledOnly: boolean;
}

/**
 * A project's catalog: staff of the project see every item (or only enabled ones on request);
 * an owner sees the enabled items of a project where one of their households is.
 */
export async function getServiceCatalog(db: DbOrTx, actor: Actor, query: ServiceCatalogQuery): Promise<ServiceCatalogRows> {
  const owner = actor.kind === 'owner';
  if (owner) await assertOwnerProject(db, actor, query.projectId);
  else assertProjectVisible(actor, query.projectId, 'entity.project');
  const enabledOnly = owner || query.enabledOnly;
  let q = db.selectFrom('service_items').selectAll().where('project_id', '=', query.projectId).where('company_id', '=', actor.companyId);
  if (enabledOnly) q = q.where('enabled', '=', 1);
  const rows = await q.orderBy('category_number').orderBy('number').execute();
  return { rows, enabledOnly };
}

/** Household membership decides an owner's projects, the same rule as the household pages. */
async function assertOwnerProject(db: DbOrTx, actor: Actor, projectId: string): Promise<void> {
  const ownerId = actor.ownerId;
  const member = ownerId
    ? await db
        .selectFrom('household_members')
        .innerJoin('households', 'households.id', 'household_members.household_id')
        .select('households.id')
        .where('household_members.owner_id', '=', ownerId)
        .where('households.project_id', '=', projectId)
        .where('households.company_id', '=', actor.companyId)
        .executeTakeFirst()
    : undefined;
  if (!member) throw new NotFoundError('entity.project');
}
