import type { OwnerInvitationRow } from './resolve-owner-invitation.js';

export function presentOwnerInvitation(row: OwnerInvitationRow, now: Date = new Date()) {
  const state = row.revoked_at ? 'revoked' : row.expires_at <= now.toISOString() ? 'expired' : 'live';
  return {
    id: row.id,
    projectId: row.project_id,
    ownerId: row.owner_id,
    householdId: row.household_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    state: state as 'live' | 'expired' | 'revoked',
  };
}
