import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { registerMessages } from '../../platform/http/i18n.js';
import { LoginThrottle } from './login-throttle.js';
import { logIn } from './log-in.js';
import { logOut } from './log-out.js';
import { presentMe } from './present-me.js';
import { loginBody, meSchema } from './schemas.js';
import { SESSION_COOKIE } from './session.js';

registerMessages({
  'zh-CN': { 'auth.invalidCredentials': '用户名或密码错误' },
  en: { 'auth.invalidCredentials': 'Wrong username or password' },
});

export async function authRoutes(app: App, ctx: AppContext) {
  const throttle = new LoginThrottle();

  app.post(
    '/api/auth/login',
    { config: { public: true }, schema: { tags: ['auth'], body: loginBody, response: { 200: meSchema } } },
    async (req, reply) => {
      const { token, actor, expiresAt } = await logIn(ctx.db, throttle, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.secureCookies,
        expires: expiresAt,
      });
      return presentMe(ctx.db, actor);
    },
  );

  app.post('/api/auth/logout', { config: { public: true }, schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logOut(ctx.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/me', { schema: { tags: ['auth'], response: { 200: meSchema } } }, async (req) => presentMe(ctx.db, actorOf(req)));
}
