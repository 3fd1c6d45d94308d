import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { invitationTokenHash } from './invitation-token.js';
import type { OwnerInvitationTable } from './tables.js';

export type OwnerInvitationRow = Selectable<OwnerInvitationTable>;

/**
 * The live invitation behind a token, or 404 ("the link is invalid or has expired") for an unknown,
 * expired or revoked one: the public pages of documents and the questionnaire start here.
 */
export async function resolveOwnerInvitation(db: DbOrTx, token: string, now: Date = new Date()): Promise<OwnerInvitationRow> {
  const row = await db.selectFrom('owner_invitations').selectAll().where('token_hash', '=', invitationTokenHash(token)).executeTakeFirst();
  if (!row || row.revoked_at !== null || row.expires_at <= now.toISOString()) throw new NotFoundError('entity.ownerInvitation');
  return row;
}
