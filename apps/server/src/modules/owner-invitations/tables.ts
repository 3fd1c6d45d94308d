/**
 * An owner's invitation link: the token (kept only as its SHA-256) opens the owner's documents to sign
 * and the questionnaire on a phone without an account, until it expires or is revoked.
 */
export interface OwnerInvitationTable {
  id: string;
  company_id: string;
  project_id: string;
  owner_id: string;
  household_id: string | null;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface OwnerInvitationTables {
  owner_invitations: OwnerInvitationTable;
}
