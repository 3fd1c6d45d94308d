import { CONSENT_PURPOSES } from '@guanjia/domain/questionnaires/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { ConsentRow } from './current-consent.js';
import type { ConsentView } from './schemas.js';

/** Consent rows with the names of the staff who recorded them. */
export async function presentConsents(db: DbOrTx, rows: ConsentRow[]): Promise<ConsentView[]> {
  const staffIds = [...new Set(rows.map((r) => r.recorded_by).filter((x): x is string => x !== null))];
  const names = new Map((staffIds.length ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', staffIds).execute() : []).map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    ownerId: r.owner_id,
    purpose: r.purpose,
    granted: r.granted === 1,
    method: r.method,
    recordedBy: r.recorded_by ? { id: r.recorded_by, name: names.get(r.recorded_by) ?? '' } : null,
    textVersion: r.text_version,
    note: r.note,
    at: r.recorded_at,
  }));
}

/** History newest first → the consent in force per purpose. */
export function currentByPurpose(history: ConsentView[]) {
  return CONSENT_PURPOSES.map((purpose) => ({ purpose, consent: history.find((c) => c.purpose === purpose) ?? null }));
}
