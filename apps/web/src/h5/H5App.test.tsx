import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { mockFetch, renderWithApp, unauthorized } from '../testing/utils';
import type { Me } from '../ui/auth';
import { H5App } from './H5App';

afterEach(() => vi.unstubAllGlobals());

const ownerMe: Me = {
  user: { id: 'o1', username: 'zhang', name: '张先生', kind: 'owner', roles: ['owner'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const myHouseholds = {
  items: [
    {
      id: 'h1',
      projectId: 'p1',
      name: null,
      unit: { id: 'u1', code: '1-0101', floor: 1, buildingId: 'b1', buildingCode: '1', buildingName: '1号楼' },
      members: [{ id: 'm1', ownerId: 'o1', name: '张先生', phone: '138****0000', idNumber: null, relation: 'owner', hasAccount: true }],
      version: 1,
    },
  ],
};

describe('owner H5', () => {
  it('owner: sees their name, home and messages after signing in', async () => {
    mockFetch({
      'GET /api/me': { body: ownerMe },
      'GET /api/notifications/unread-count': { body: { count: 1 } },
      'GET /api/households/mine': { body: myHouseholds },
      'GET /api/notifications': {
        body: {
          items: [{ id: 'n1', title: '欢迎入住', body: '您的管家是李管家', createdAt: '2026-03-01T01:00:00Z', readAt: null }],
          total: 1,
          page: 1,
          pageSize: 50,
        },
      },
    });
    renderWithApp(<H5App />, '/');
    expect(await screen.findByText('张先生，您好')).toBeTruthy();
    expect((await screen.findByTestId('owner-household')).textContent).toContain('滨江花园 · 1号楼 · 1-0101');
    expect(await screen.findByText('欢迎入住')).toBeTruthy();
    expect(screen.getByText('1 条未读')).toBeTruthy();
  });

  it('owner: sees the server\'s message after a wrong password', async () => {
    mockFetch({
      'GET /api/me': unauthorized,
      'POST /api/auth/login': { status: 401, body: { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } } },
    });
    renderWithApp(<H5App />, '/login');
    fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: 'zhang' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('用户名或密码错误');
  });
});
