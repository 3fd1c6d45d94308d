import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { COMPANY_WIDE_ROLES } from '@guanjia/domain';
import { cachedSession, rememberSession, sessionCacheGeneration } from './session-cache.js';

export const SESSION_COOKIE = 'gj_session';
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionId(token) };
}

export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The actor behind a session cookie, or null when the session is unknown, expired or the user
 * inactive. A live session is answered from the in-process cache (session-cache.ts) for a few seconds.
 */
export async function resolveSession(db: DbOrTx, token: string): Promise<Actor | null> {
  const id = sessionId(token);
  const cached = cachedSession(id);
  if (cached) return cached;
  const startedAt = sessionCacheGeneration();
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.name', 'users.company_id', 'users.kind', 'users.roles', 'users.owner_id', 'users.vendor_id', 'users.department_id', 'users.active', 'sessions.expires_at'])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.active !== 1 || row.expires_at < new Date().toISOString()) return null;
  return rememberSession(id, await loadActor(db, row), row.expires_at, startedAt);
}

export async function loadActor(
  db: DbOrTx,
  user: { id: string; username: string; name: string; company_id: string; kind: 'staff' | 'owner'; roles: string; owner_id: string | null; vendor_id: string | null; department_id: string | null },
): Promise<Actor> {
  const roles = JSON.parse(user.roles) as Role[];
  const companyWide = roles.some((r) => COMPANY_WIDE_ROLES.includes(r));
  const projects = companyWide
    ? await db.selectFrom('projects').select('id').where('company_id', '=', user.company_id).execute()
    : await db.selectFrom('user_projects').select('project_id as id').where('user_id', '=', user.id).execute();
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    companyId: user.company_id,
    kind: user.kind,
    roles,
    projectIds: projects.map((p) => p.id),
    ownerId: user.owner_id,
    vendorId: user.vendor_id,
    departmentId: user.department_id,
  };
}
