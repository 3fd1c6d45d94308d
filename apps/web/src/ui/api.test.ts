import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, buildUrl } from './api';
import { setLanguage } from './i18n';
import { mockFetch } from '../testing/utils';

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('staff: a 400 carries the server code, message and field errors', async () => {
    mockFetch({
      'POST /api/regions': {
        status: 400,
        body: { error: { code: 'VALIDATION', message: '输入有误', fields: { name: '必填', 'projectIds.0': '项目不存在' } } },
      },
    });
    const error = await api.post('/api/regions', { name: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION',
      message: '输入有误',
      fields: { name: '必填', 'projectIds.0': '项目不存在' },
    });
  });

  it('staff: a 422 keeps the business-rule details', async () => {
    mockFetch({
      'POST /api/approvals/a1/approve': {
        status: 422,
        body: { error: { code: 'NOT_YOUR_STEP', message: '当前步骤不由您审批', details: { step: 2 } } },
      },
    });
    const error = (await api.post('/api/approvals/a1/approve').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('NOT_YOUR_STEP');
    expect(error.details).toEqual({ step: 2 });
    expect(error.fields).toBeUndefined();
  });

  it('staff: a reply that is not JSON still becomes an ApiError with a readable message', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));
    const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.code).toBe('HTTP_502');
    expect(error.message).toBe('操作失败，请稍后重试。');
  });

  it('staff: an unreachable server is reported as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK');
  });

  it('staff: every request sends the cookie and the chosen UI language', async () => {
    const { requests } = mockFetch({ 'GET /api/regions': { body: { items: [], total: 0, page: 1, pageSize: 20 } } });
    await api.get('/api/regions');
    await setLanguage('en');
    await api.get('/api/regions', { q: '华东', page: 2, empty: '' });
    expect(requests[0].headers.get('Accept-Language')).toBe('zh-CN');
    expect(requests[0].credentials).toBe('include');
    expect(requests[1].headers.get('Accept-Language')).toBe('en');
    expect(requests[1].search.get('q')).toBe('华东');
    expect(requests[1].search.has('empty')).toBe(false);
  });

  it('staff: a 204 resolves without a body', async () => {
    mockFetch({ 'POST /api/auth/logout': { status: 204 } });
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('builds query strings without blank values', () => {
    expect(buildUrl('/api/users', { q: undefined, role: 'butler', page: 1 })).toBe('/api/users?role=butler&page=1');
    expect(buildUrl('/api/users')).toBe('/api/users');
  });
});
