import { createHash, randomBytes } from 'node:crypto';

/** A new invitation token (43 url-safe characters, 256 bits) and the hash that is stored instead of it. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: invitationTokenHash(token) };
}

export function invitationTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Where the owner opens the link on a phone. */
export function invitationPath(token: string): string {
  return `/h5/invite/${token}`;
}
