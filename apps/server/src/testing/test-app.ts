import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../platform/config.js';
import { buildApp, type App, type AppContext } from '../platform/http/app.js';
import { Notifier } from '../platform/http/notifier.js';
import { seedDemo, type DemoIds } from '../demo/seed-demo.js';
import { createTestDb } from './test-db.js';

export const TEST_PASSWORD = 'test-password-1';

export interface TestApp {
  app: App;
  ctx: AppContext;
  demo: DemoIds;
  /** A session cookie for a demo account (cached per username). */
  cookieOf(username: string): Promise<string>;
  /** Sends a request as a demo account (or anonymously with null). */
  as(username: string | null): Requester;
  close(): Promise<void>;
}

type Body = InjectOptions['payload'];
export interface Requester {
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: Body, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: Body, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: Body, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** An in-process server on a fresh database holding the demo seed. */
export async function createTestApp(opts: { webDist?: string } = {}): Promise<TestApp> {
  const handle = await createTestDb();
  const config = { ...loadConfig({ DATA_DIR: handle.dataDir, GUANJIA_WORKER: 'off' }), webDist: opts.webDist ?? null };
  const ctx: AppContext = { db: handle.db, dialect: handle.dialect, config, notifier: new Notifier() };
  const demo = (await seedDemo(handle.db, TEST_PASSWORD))!;
  const app = await buildApp(ctx);
  const cookies = new Map<string, string>();

  async function cookieOf(username: string): Promise<string> {
    const cached = cookies.get(username);
    if (cached) return cached;
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const c = res.cookies.find((k) => k.name === 'gj_session');
    const cookie = `gj_session=${c!.value}`;
    cookies.set(username, cookie);
    return cookie;
  }

  function as(username: string | null): Requester {
    const send = async (method: InjectOptions['method'], url: string, payload?: Body, headers: Record<string, string> = {}) => {
      const cookie = username ? await cookieOf(username) : undefined;
      return app.inject({ method, url, payload, headers: { ...(cookie ? { cookie } : {}), ...headers } });
    };
    return {
      get: (url, headers) => send('GET', url, undefined, headers),
      post: (url, body, headers) => send('POST', url, body, headers),
      patch: (url, body, headers) => send('PATCH', url, body, headers),
      put: (url, body, headers) => send('PUT', url, body, headers),
      delete: (url, headers) => send('DELETE', url, undefined, headers),
    };
  }

  return {
    app,
    ctx,
    demo,
    cookieOf,
    as,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
