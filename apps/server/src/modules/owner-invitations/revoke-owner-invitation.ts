import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { BusinessRuleError, NotFoundError } from '../../platform/http/errors.js';
import type { OwnerInvitationRow } from './resolve-owner-invitation.js';

/** Ends a link at once (a phone lost, a wrong recipient); a revoked link cannot be revived. */
export async function revokeOwnerInvitation(trx: Tx, actor: Actor, id: string, now: Date = new Date()): Promise<OwnerInvitationRow> {
  const row = await trx.selectFrom('owner_invitations').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.ownerInvitation');
  assertProjectVisible(actor, row.project_id, 'entity.ownerInvitation');
  return revokeInvitationRow(trx, actor, row, now);
}

/** The revocation itself, by a staff member or, with no actor, by the system (a deal the CRM cancelled). */
export async function revokeInvitationRow(trx: Tx, actor: Actor | null, row: OwnerInvitationRow, now: Date): Promise<OwnerInvitationRow> {
  if (row.revoked_at) throw new BusinessRuleError('INVITATION_REVOKED', 'ownerInvitation.error.alreadyRevoked');
  const at = now.toISOString();
  const updated = await trx
    .updateTable('owner_invitations')
    .set({ revoked_at: at, revoked_by: actor?.userId ?? null })
    .where('id', '=', row.id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw new BusinessRuleError('INVITATION_REVOKED', 'ownerInvitation.error.alreadyRevoked');
  await recordAudit(trx, actor, row.company_id, { action: 'revoke', entityType: 'ownerInvitation', entityId: row.id, projectId: row.project_id, after: { revokedAt: at } });
  return updated;
}
