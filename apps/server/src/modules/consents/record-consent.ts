import { CONSENT_PURPOSE_TEXTS, type ConsentPurpose, type EntryMethod } from '@guanjia/domain/questionnaires/index';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { enqueueCareRefresh } from '../care-plans/enqueue-care-refresh.js';
import type { ConsentRow } from './current-consent.js';

export interface RecordConsentInput {
  companyId: string;
  projectId: string;
  ownerId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  method: EntryMethod;
  /** Null when the owner answered on the phone: the row then says no staff member recorded it. */
  actor: Actor | null;
  invitationId?: string | null;
  note?: string | null;
  at?: Date;
}

/**
 * Appends a grant or a withdrawal; nothing is updated, so every earlier answer stays on record. A
 * change to the service-profile consent changes what staff may read of the households this owner
 * answered for, so their care suggestions are refreshed (a withdrawal takes back what came from
 * the answers).
 */
export async function recordConsent(trx: Tx, input: RecordConsentInput): Promise<ConsentRow> {
  const row: ConsentRow = {
    id: uuidv7(),
    company_id: input.companyId,
    project_id: input.projectId,
    owner_id: input.ownerId,
    purpose: input.purpose,
    granted: input.granted ? 1 : 0,
    method: input.method,
    recorded_by: input.actor?.userId ?? null,
    invitation_id: input.invitationId ?? null,
    text_version: CONSENT_PURPOSE_TEXTS[input.purpose].version,
    note: input.note ?? null,
    recorded_at: (input.at ?? new Date()).toISOString(),
  };
  await trx.insertInto('consents').values(row).execute();
  await recordAudit(trx, input.actor, row.company_id, { action: row.granted ? 'grant' : 'withdraw', entityType: 'consent', entityId: row.id, projectId: row.project_id, after: row });
  if (row.purpose === 'serviceProfile') {
    const answered = await trx.selectFrom('service_profiles').select(['household_id', 'project_id']).where('answered_owner_id', '=', row.owner_id).execute();
    for (const p of answered) await enqueueCareRefresh(trx, { companyId: row.company_id, projectId: p.project_id, householdId: p.household_id });
  }
  return row;
}
