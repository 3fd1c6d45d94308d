import type { ConsentPurpose } from '@guanjia/domain/questionnaires/index';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { ConsentTable } from './tables.js';

export type ConsentRow = Selectable<ConsentTable>;

/** The consent in force for an owner and purpose (the latest row), or null when never asked. */
export async function currentConsent(db: DbOrTx, ownerId: string, purpose: ConsentPurpose): Promise<ConsentRow | null> {
  const row = await db.selectFrom('consents').selectAll().where('owner_id', '=', ownerId).where('purpose', '=', purpose).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ?? null;
}

/** True only while the owner's latest word on the purpose is yes. */
export async function hasConsent(db: DbOrTx, ownerId: string | null, purpose: ConsentPurpose): Promise<boolean> {
  if (!ownerId) return false;
  return (await currentConsent(db, ownerId, purpose))?.granted === 1;
}

/** The consent in force for several owners at once (a household's members, a list of responses). */
export async function grantedOwners(db: DbOrTx, ownerIds: readonly string[], purpose: ConsentPurpose): Promise<Set<string>> {
  const ids = [...new Set(ownerIds)];
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('consents').select(['owner_id', 'granted', 'id']).where('owner_id', 'in', ids).where('purpose', '=', purpose).orderBy('id', 'desc').execute();
  const latest = new Map<string, number>();
  for (const r of rows) if (!latest.has(r.owner_id)) latest.set(r.owner_id, r.granted);
  return new Set([...latest].filter(([, g]) => g === 1).map(([id]) => id));
}
