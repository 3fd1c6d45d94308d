import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { accessCases, ACCOUNTS, maskingCases, type Account, type MatrixContext } from './access-matrix.cases.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

let sequence = 0;
function context(account: Account): MatrixContext {
  return {
    demo: t.demo,
    db: t.ctx.db,
    account,
    unique: `${account}-${(sequence++).toString(36)}`,
    as: (who) => t.as(who === 'anonymous' ? null : who),
  };
}

/** A session cookie: the cached one, or a new login when the request would end it. */
async function cookieFor(account: Account, fresh: boolean): Promise<Record<string, string>> {
  if (account === 'anonymous') return {};
  if (!fresh) return { cookie: await t.cookieOf(account) };
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: account, password: TEST_PASSWORD } });
  return { cookie: `gj_session=${res.cookies.find((c) => c.name === 'gj_session')!.value}` };
}

// Plain loops rather than describe.each: row names are long and each.$name would truncate them.
for (const row of accessCases) {
  describe(row.name, () => {
    it.each(ACCOUNTS.map((a) => [a, row.expect[a]] as const))('%s → %i', async (account, status) => {
      const c = context(account);
      const url = await row.path(c);
      const payload = row.body ? ((await row.body(c)) as InjectOptions['payload']) : undefined;
      const res = await t.app.inject({ method: row.method, url, payload, headers: await cookieFor(account, row.freshSession ?? false) });
      expect(res.statusCode, res.body).toBe(status);
    });
  });
}

for (const row of maskingCases) {
  describe(row.name, () => {
    const accounts = Object.keys(row.expect) as Account[];
    it.each(accounts.map((a) => [a, row.expect[a]] as const))('%s sees %s', async (account, value) => {
      const res = await t.app.inject({ method: 'GET', url: await row.path(context(account)), headers: await cookieFor(account, false) });
      expect(res.statusCode, res.body).toBe(200);
      expect(row.pick(res.json())).toEqual(value);
    });
  });
}
