import type { Db } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError } from '../../platform/http/errors.js';
import type { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './password.js';
import { loadActor, newSessionToken, SESSION_TTL_MS } from './session.js';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'INVALID_CREDENTIALS', 'auth.invalidCredentials');
  }
}

export interface LogInInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

/** Checks the password and opens a session; the same 401 for an unknown user and a wrong password. */
export async function logIn(db: Db, throttle: LoginThrottle, input: LogInInput): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  const username = input.username.trim().toLowerCase();
  const keys = [`ip:${input.ip}`, `user:${username}`];
  throttle.check(keys);
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const ok = user && user.active === 1 && (await verifyPassword(user.password_hash, input.password));
  if (!user || !ok) {
    throttle.fail(keys);
    throw new InvalidCredentialsError();
  }
  const { token, id } = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db
    .insertInto('sessions')
    .values({ id, user_id: user.id, company_id: user.company_id, created_at: nowIso(), expires_at: expiresAt.toISOString(), ip: input.ip, user_agent: input.userAgent?.slice(0, 300) ?? null })
    .execute();
  return { token, actor: await loadActor(db, user), expiresAt };
}
