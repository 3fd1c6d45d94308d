import { OWNER_INVITATION_MAX_DAYS } from '@guanjia/domain/owners/owner-roles';
import { z } from 'zod';

const idRef = z.string().min(1).max(64);

export const idParams = z.object({ id: idRef });
export const tokenParams = z.object({ token: z.string().min(20).max(100) });
export const ownerQuery = z.object({ ownerId: idRef });

export const createOwnerInvitationBody = z.object({
  ownerId: idRef,
  householdId: idRef.nullish(),
  validDays: z.number().int().min(1).max(OWNER_INVITATION_MAX_DAYS).optional(),
});
export type CreateOwnerInvitationBody = z.infer<typeof createOwnerInvitationBody>;

export const ownerInvitationSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  ownerId: z.string(),
  householdId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** live, expired or revoked, as of the answer. */
  state: z.enum(['live', 'expired', 'revoked']),
});

/** The one answer that carries the token: right after it is issued. */
export const issuedInvitationSchema = ownerInvitationSchema.extend({ token: z.string(), path: z.string() });

export const publicInvitationSchema = z.object({
  ownerName: z.string(),
  projectName: z.string(),
  unitLabel: z.string().nullable(),
  expiresAt: z.string(),
});
