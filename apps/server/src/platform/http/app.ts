import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Db, Dialect } from '../db/database.js';
import type { Actor } from './actor.js';
import { errorHandler, sendError } from './error-handler.js';
import { NotFoundError, UnauthenticatedError } from './errors.js';
import { pickLocale, type Locale } from './i18n.js';
import { serializerCompiler } from './serializer.js';
import { resolveSession, SESSION_COOKIE } from '../../modules/auth/session.js';
import { registerModules } from '../../modules/index.js';
import type { Notifier } from './notifier.js';

export interface AppContext {
  db: Db;
  dialect: Dialect;
  config: Config;
  notifier: Notifier;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session. */
    public?: boolean;
  }
}

/** The signed-in actor of a request; routes that are not public always have one. */
export function actorOf(req: { actor: Actor | null }): Actor {
  if (!req.actor) throw new UnauthenticatedError();
  return req.actor;
}

export async function buildApp(ctx: AppContext, opts: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: Math.max(ctx.config.maxUploadBytes, ctx.config.maxVideoUploadBytes), files: 10 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Guanjia 管家 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  app.addHook('onRequest', async (req) => {
    req.locale = pickLocale(req.headers['accept-language']);
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.actor = await resolveSession(ctx.db, token);
    if (!req.actor && !req.routeOptions.config?.public) throw new UnauthenticatedError();
  });

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({
    status: 'ok' as const,
    database: ctx.dialect,
  }));
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await registerModules(app, ctx);
  await serveWeb(app, ctx.config);
  return app;
}

/** The built web app, with every non-API path falling back to index.html (the SPA routes it). */
async function serveWeb(app: App, config: Config) {
  const dist = config.webDist;
  const hasWeb = dist && fs.existsSync(path.join(dist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: dist, wildcard: false, index: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      return sendError(reply, req.locale, new NotFoundError());
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
