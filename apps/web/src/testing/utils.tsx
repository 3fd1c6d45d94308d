import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../App';
import { createQueryClient } from '../ui/query-client';
import { AuthProvider, type Me } from '../ui/auth';
import { AntdProvider } from '../ui/AntdProvider';
import { ProjectProvider } from '../ui/project';

export interface MockReply {
  status?: number;
  body?: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
  credentials?: RequestCredentials;
}

type Route = MockReply | ((req: RecordedRequest) => MockReply);

/**
 * Replaces fetch with a table of "METHOD /path" → reply; unknown routes answer `fallback`, by
 * default a 404 in the contract's shape.
 */
export function mockFetch(routes: Record<string, Route>, fallback?: Route) {
  const requests: RecordedRequest[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const req: RecordedRequest = {
      method,
      path: url.pathname,
      search: url.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      credentials: init.credentials,
    };
    requests.push(req);
    const route = routes[`${method} ${url.pathname}`] ?? fallback;
    const reply: MockReply = route
      ? typeof route === 'function'
        ? route(req)
        : route
      : { status: 404, body: { error: { code: 'NOT_FOUND', message: `no mock for ${method} ${url.pathname}` } } };
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fn);
  return { fn, requests };
}

export function renderWithApp(ui: ReactElement, path = '/') {
  const client = createQueryClient();
  return render(
    <AppProviders client={client}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

export const adminMe: Me = {
  user: { id: 'u-admin', username: 'admin', name: '王管理', kind: 'staff', roles: ['companyAdmin'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [
    { id: 'p1', name: '滨江花园' },
    { id: 'p2', name: '湖畔雅苑' },
  ],
};

export const butlerMe: Me = {
  user: { id: 'u-butler', username: 'butler1', name: '李管家', kind: 'staff', roles: ['butler'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const unauthorized: MockReply = {
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } },
};

/** Renders a page inside the providers the staff shell gives it, signed in as `me`. */
export function renderStaffPage(ui: ReactElement, me: Me = adminMe, path = '/') {
  return renderWithApp(
    <AntdProvider>
      <AuthProvider me={me}>
        <ProjectProvider>{ui}</ProjectProvider>
      </AuthProvider>
    </AntdProvider>,
    path,
  );
}
