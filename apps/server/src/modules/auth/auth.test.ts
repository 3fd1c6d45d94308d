import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('auth', () => {
  it('anyone: health is public and names the database', async () => {
    const res = await t.as(null).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.ctx.dialect });
  });

  it('anonymous: /api/me answers 401 in the one error shape, Chinese by default', async () => {
    const res = await t.as(null).get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('anonymous: English when Accept-Language asks for it', async () => {
    const res = await t.as(null).get('/api/me', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.json().error.message).toBe('Please log in first');
  });

  it('butler: logs in with an HttpOnly SameSite cookie and sees only project 1', async () => {
    const res = await t.as(null).post('/api/auth/login', { username: 'butler', password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'gj_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `gj_session=${cookie.value}` } });
    expect(me.json().user).toMatchObject({ username: 'butler', roles: ['butler'] });
    expect(me.json().projects).toEqual([{ id: t.demo.projectIds[0], name: '锦华·江湾壹号' }]);
  });

  it('anyone: a wrong password is 401 with a message and no session', async () => {
    const res = await t.as(null).post('/api/auth/login', { username: 'manager', password: 'nope' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(res.cookies).toHaveLength(0);
  });

  it('anyone: a missing password is 400 naming the field', async () => {
    const res = await t.as(null).post('/api/auth/login', { username: 'manager' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ password: '必填' });
  });

  it('attacker: the 11th failed login within a minute for one account is 429, even with the right password', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await t.as(null).post('/api/auth/login', { username: 'technician', password: `wrong${i}` }, { 'x-forwarded-for': `10.0.0.${i}` });
      expect(r.statusCode).toBe(401);
    }
    const res = await t.as(null).post('/api/auth/login', { username: 'technician', password: TEST_PASSWORD }, { 'x-forwarded-for': '10.0.1.1' });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('attacker: more than 10 failures from one address are throttled across accounts', async () => {
    const ip = { 'x-forwarded-for': '192.0.2.7' };
    for (let i = 0; i < 10; i++) {
      expect((await t.as(null).post('/api/auth/login', { username: `nobody${i}`, password: 'x' }, ip)).statusCode).toBe(401);
    }
    expect((await t.as(null).post('/api/auth/login', { username: 'sales', password: TEST_PASSWORD }, ip)).statusCode).toBe(429);
  });

  it('owner: logout ends the session', async () => {
    const cookie = await t.cookieOf('owner');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });
});
