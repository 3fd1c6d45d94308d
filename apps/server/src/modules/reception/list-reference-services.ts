import { uuidv7 } from '@guanjia/domain';
import { REFERENCE_SERVICES } from '@guanjia/domain/reception/index';
import type { Selectable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, newRowStamp, type DbOrTx, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { ReferenceServiceTable } from './tables.js';

export type ReferenceServiceRow = Selectable<ReferenceServiceTable>;

const rowsOf = (db: DbOrTx, projectId: string) =>
  db.selectFrom('reception_reference_services').selectAll().where('project_id', '=', projectId).orderBy('number').execute();

/**
 * Copies the seed's 20 reference services into a project that has none yet, in the caller's
 * transaction. Two first reads at once both try; the unique (project, number) index keeps one copy.
 * The demo seed passes `audit: false`, so the demo writes nothing outside the module's own tables.
 */
export async function seedReferenceServices(trx: Tx, actor: Actor | null, companyId: string, projectId: string, opts: { audit?: boolean } = {}): Promise<void> {
  const existing = await trx.selectFrom('reception_reference_services').select('id').where('project_id', '=', projectId).executeTakeFirst();
  if (existing) return;
  const stamp = newRowStamp();
  const rows = REFERENCE_SERVICES.map((s) => ({ id: uuidv7(), company_id: companyId, project_id: projectId, number: s.number, name: s.name, enabled: 1, origin: 'seed' as const, ...stamp }));
  const inserted = await trx
    .insertInto('reception_reference_services')
    .values(rows)
    .onConflict((oc) => oc.columns(['project_id', 'number']).doNothing())
    .returning('id')
    .execute();
  if (inserted.length && opts.audit !== false) await recordAudit(trx, actor, companyId, { action: 'seedDefaults', entityType: 'referenceService', entityId: projectId, projectId, after: { count: inserted.length } });
}

/** The project's reference services in number order; the first read copies the defaults in. */
export async function listReferenceServices(db: Db, actor: Actor, projectId: string): Promise<ReferenceServiceRow[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const rows = await rowsOf(db, projectId);
  if (rows.length) return rows;
  return inTransaction(db, async (trx) => {
    await seedReferenceServices(trx, actor, actor.companyId, projectId);
    return rowsOf(trx, projectId);
  });
}
