import { uuidv7 } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { OwnerDocumentSignatureTable, OwnerDocumentTemplateEventTable, OwnerDocumentTemplateTable } from './tables.js';

export type TemplateRow = Selectable<OwnerDocumentTemplateTable>;
export type SignatureRow = Selectable<OwnerDocumentSignatureTable>;

/** A template version of a project the actor works in, or 404. */
export async function loadVisibleTemplate(db: DbOrTx, actor: Actor, id: string): Promise<TemplateRow> {
  const row = await db.selectFrom('owner_document_templates').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.ownerDocumentTemplate');
  assertProjectVisible(actor, row.project_id, 'entity.ownerDocumentTemplate');
  return row;
}

/** One history row, in the transaction of the change it records. */
export async function recordTemplateEvent(
  trx: Tx,
  row: Pick<TemplateRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: OwnerDocumentTemplateEventTable['action']; actorId: string; data?: Record<string, unknown>; at: string },
): Promise<void> {
  await trx
    .insertInto('owner_document_template_events')
    .values({ id: uuidv7(), company_id: row.company_id, project_id: row.project_id, template_id: row.id, action: e.action, actor_id: e.actorId, data: e.data ? JSON.stringify(e.data) : null, created_at: e.at })
    .execute();
}

/** The names a signed document shows: owner, project and the unit of the link's household. */
export async function signingParties(db: DbOrTx, ownerId: string, householdId: string | null): Promise<{ ownerName: string; projectName: string; unitLabel: string | null }> {
  const row = await db
    .selectFrom('owners')
    .innerJoin('projects', 'projects.id', 'owners.project_id')
    .select(['owners.name as owner_name', 'projects.name as project_name'])
    .where('owners.id', '=', ownerId)
    .executeTakeFirstOrThrow();
  const unit = householdId
    ? await db
        .selectFrom('households')
        .innerJoin('units', 'units.id', 'households.unit_id')
        .innerJoin('buildings', 'buildings.id', 'units.building_id')
        .select(['buildings.name as building_name', 'units.code as unit_code'])
        .where('households.id', '=', householdId)
        .executeTakeFirst()
    : undefined;
  return { ownerName: row.owner_name, projectName: row.project_name, unitLabel: unit ? `${unit.building_name} ${unit.unit_code}` : null };
}
