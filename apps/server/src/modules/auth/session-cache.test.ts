import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../platform/http/actor.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cachedSession, forgetUserSessions, rememberSession, SESSION_CACHE_TTL_MS, sessionCacheGeneration } from './session-cache.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());
afterEach(() => vi.restoreAllMocks());

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
const actor = (userId: string): Actor => ({
  userId,
  username: 'u',
  name: 'U',
  companyId: 'c',
  kind: 'staff',
  roles: ['butler'],
  projectIds: ['p'],
  ownerId: null,
  vendorId: null,
  departmentId: null,
});
const LATER = '2099-01-01T00:00:00.000Z';

describe('session cache', () => {
  it('butler2: a grant of project 1 counts on the very next request, though the session was cached', async () => {
    const cookie = await t.cookieOf('butler2');
    expect((await me(cookie)).json().projects.map((p: { id: string }) => p.id)).toEqual([t.demo.projectIds[1]]);
    const user = await t.as('admin').get(`/api/users/${t.demo.users.butler2}`);
    const res = await t.as('admin').patch(`/api/users/${t.demo.users.butler2}`, { projectIds: t.demo.projectIds, version: user.json().version });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).json().projects).toHaveLength(2);
    expect((await t.as('butler2').get(`/api/projects/${t.demo.projectIds[0]}`)).statusCode).toBe(200);
  });

  it('another process: a session it deletes is served from the cache for at most the TTL, then refused', async () => {
    const cookie = await t.cookieOf('technician');
    expect((await me(cookie)).statusCode).toBe(200);
    // What the CLI's reset-password does from its own process: this one hears nothing of it.
    await t.ctx.db.deleteFrom('sessions').where('user_id', '=', t.demo.users.technician).execute();
    expect((await me(cookie)).statusCode).toBe(200);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + SESSION_CACHE_TTL_MS + 1);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('a cached entry ends with its TTL or its session, whichever comes first', () => {
    const now = Date.parse('2026-03-01T00:00:00.000Z');
    rememberSession('s-ttl', actor('u1'), LATER, sessionCacheGeneration(), now);
    expect(cachedSession('s-ttl', now + SESSION_CACHE_TTL_MS - 1)?.userId).toBe('u1');
    expect(cachedSession('s-ttl', now + SESSION_CACHE_TTL_MS)).toBeUndefined();

    rememberSession('s-exp', actor('u1'), '2026-03-01T00:00:01.000Z', sessionCacheGeneration(), now);
    expect(cachedSession('s-exp', now + 500)).toBeDefined();
    expect(cachedSession('s-exp', now + 1500)).toBeUndefined();
  });

  it('a lookup that began before an eviction does not store what it read', () => {
    const startedAt = sessionCacheGeneration();
    forgetUserSessions('u2');
    rememberSession('s-race', actor('u2'), LATER, startedAt);
    expect(cachedSession('s-race')).toBeUndefined();
  });

  it('a cached actor is shared between requests, so it cannot be changed in place', () => {
    const a = rememberSession('s-frozen', actor('u3'), LATER, sessionCacheGeneration());
    expect(() => (a.projectIds as string[]).push('other')).toThrow(TypeError);
    expect(() => Object.assign(a, { roles: ['systemAdmin'] })).toThrow(TypeError);
  });

  it("forgets every session of a user whose account changes, and only theirs", () => {
    const g = sessionCacheGeneration();
    rememberSession('s-a1', actor('ua'), LATER, g);
    rememberSession('s-a2', actor('ua'), LATER, g);
    rememberSession('s-b', actor('ub'), LATER, g);
    forgetUserSessions('ua');
    expect(cachedSession('s-a1')).toBeUndefined();
    expect(cachedSession('s-a2')).toBeUndefined();
    expect(cachedSession('s-b')?.userId).toBe('ub');
  });
});
