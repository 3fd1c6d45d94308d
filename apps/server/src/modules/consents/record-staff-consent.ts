import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ConsentRow } from './current-consent.js';
import { findConsentingOwner } from './find-consenting-owner.js';
import { recordConsent } from './record-consent.js';
import type { RecordStaffConsentBody } from './schemas.js';

/**
 * A consent or withdrawal the owner gave the butler by phone, in person (verbal) or on a signed sheet
 * (paper). Withdrawing serviceProfile hides the questionnaire answers from staff at once; nothing is deleted.
 */
export async function recordStaffConsent(trx: Tx, actor: Actor, ownerId: string, input: RecordStaffConsentBody, now: Date = new Date()): Promise<ConsentRow> {
  const owner = await findConsentingOwner(trx, actor, ownerId);
  return recordConsent(trx, {
    companyId: owner.company_id,
    projectId: owner.project_id,
    ownerId: owner.id,
    purpose: input.purpose,
    granted: input.granted,
    method: input.method,
    actor,
    note: input.note ?? null,
    at: now,
  });
}
