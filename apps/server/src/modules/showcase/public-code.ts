import { randomBytes } from 'node:crypto';

/** 144 random bits as 24 URL-safe characters: the code on the sales center's QR cannot be guessed. */
export function newPublicCode(): string {
  return randomBytes(18).toString('base64url');
}
