import { onCommit, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';

/**
 * Resolved sessions, kept in this process for a few seconds so that a request does not read the
 * session, the user and their projects again (two queries on every authenticated request).
 * Every change that ends a session or alters who the actor is (logout, deactivation, password
 * reset, role/project/department edits, a new project for company-wide roles) evicts here at once
 * and again when its transaction commits; another process (the CLI, a second web process) may act
 * on the old actor for at most SESSION_CACHE_TTL_MS.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  actor: Actor;
  /** The session's own expiry (epoch ms), checked on every hit. */
  expiresAt: number;
  /** Date.now() after which the entry is read from the database again. */
  freshUntil: number;
}

const entries = new Map<string, Entry>();
/**
 * Bumped by every eviction: a lookup that began before one does not store what it read, since its
 * rows may predate the change.
 */
let generation = 0;

export function sessionCacheGeneration(): number {
  return generation;
}

/** The cached actor of a session id (its SHA-256), or undefined when it must be read. */
export function cachedSession(id: string, now: number = Date.now()): Actor | undefined {
  const e = entries.get(id);
  if (!e) return undefined;
  if (e.freshUntil <= now || e.expiresAt < now) {
    entries.delete(id);
    return undefined;
  }
  return e.actor;
}

/** Keeps a live session's actor, unless an eviction happened since `startedAt` (a generation). */
export function rememberSession(id: string, actor: Actor, expiresAt: string, startedAt: number, now: number = Date.now()): Actor {
  const frozen = freezeActor(actor);
  if (startedAt !== generation) return frozen;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(id, { actor: frozen, expiresAt: Date.parse(expiresAt), freshUntil: now + SESSION_CACHE_TTL_MS });
  return frozen;
}

/** Shared between requests, so nothing may change it in place. */
function freezeActor(actor: Actor): Actor {
  Object.freeze(actor.roles);
  Object.freeze(actor.projectIds);
  return Object.freeze(actor);
}

function evict(match: (id: string, e: Entry) => boolean) {
  generation++;
  for (const [id, e] of entries) if (match(id, e)) entries.delete(id);
}

/**
 * Forgets one session (logout). With a transaction, again after it commits: a request that read
 * the old rows while it was open must not keep them.
 */
export function forgetSession(id: string, trx?: Tx): void {
  evict((key) => key === id);
  if (trx) onCommit(trx, () => evict((key) => key === id));
}

/** Forgets every session of a user whose account, roles or projects change. */
export function forgetUserSessions(userId: string, trx?: Tx): void {
  evict((_, e) => e.actor.userId === userId);
  if (trx) onCommit(trx, () => evict((_, e) => e.actor.userId === userId));
}

/** Forgets every session of a company (a new project widens what company-wide roles see). */
export function forgetCompanySessions(companyId: string, trx?: Tx): void {
  evict((_, e) => e.actor.companyId === companyId);
  if (trx) onCommit(trx, () => evict((_, e) => e.actor.companyId === companyId));
}
