import type { Tx } from '../../platform/db/transaction.js';
import { recordConsent } from '../consents/record-consent.js';
import type { ConsentRow } from '../consents/current-consent.js';
import { resolveOwnerInvitation } from '../owner-invitations/resolve-owner-invitation.js';

/** The owner agrees or declines on the phone; a refusal is kept too, so nobody asks again by mistake. */
export async function recordInvitationConsent(trx: Tx, token: string, granted: boolean, now: Date = new Date()): Promise<ConsentRow> {
  const inv = await resolveOwnerInvitation(trx, token, now);
  return recordConsent(trx, {
    companyId: inv.company_id,
    projectId: inv.project_id,
    ownerId: inv.owner_id,
    purpose: 'serviceProfile',
    granted,
    method: 'h5',
    actor: null,
    invitationId: inv.id,
    at: now,
  });
}
