import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { adminMe, mockFetch, renderWithApp, unauthorized } from '../../testing/utils';
import { StaffApp } from '../../staff/StaffApp';

afterEach(() => vi.unstubAllGlobals());

async function fillAndSubmit(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('login page', () => {
  it('staff: sees the server\'s message after a wrong password', async () => {
    const { requests } = mockFetch({
      'GET /api/me': unauthorized,
      'POST /api/auth/login': { status: 401, body: { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } } },
    });
    renderWithApp(<StaffApp />, '/login');
    await fillAndSubmit('admin', 'wrong');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '用户名或密码错误');
    expect(requests.find((r) => r.path === '/api/auth/login')?.body).toEqual({ username: 'admin', password: 'wrong' });
  });

  it('staff: is told to wait after too many attempts', async () => {
    mockFetch({
      'GET /api/me': unauthorized,
      'POST /api/auth/login': { status: 429, body: { error: { code: 'TOO_MANY_ATTEMPTS', message: '尝试次数过多，请 15 分钟后再试' } } },
    });
    renderWithApp(<StaffApp />, '/login');
    await fillAndSubmit('admin', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('尝试次数过多');
  });

  it('staff: must fill both fields before anything is sent', async () => {
    const { requests } = mockFetch({ 'GET /api/me': unauthorized });
    renderWithApp(<StaffApp />, '/login');
    await screen.findByLabelText('用户名');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/auth/login')).toBe(false);
  });

  it('staff: lands on the workbench after signing in', async () => {
    let signedIn = false;
    mockFetch({
      'GET /api/me': () => (signedIn ? { body: adminMe } : unauthorized),
      'POST /api/auth/login': () => {
        signedIn = true;
        return { body: { user: adminMe.user } };
      },
      'GET /api/notifications/unread-count': { body: { count: 0 } },
      'GET /api/approvals/inbox': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
    });
    renderWithApp(<StaffApp />, '/login');
    await fillAndSubmit('admin', 'correct-horse');
    expect(await screen.findByText('您好，王管理')).toBeTruthy();
  });

  it('visitor: an unauthenticated visit to the workbench goes to the login page', async () => {
    mockFetch({ 'GET /api/me': unauthorized });
    renderWithApp(<StaffApp />, '/org/regions');
    expect(await screen.findByText('员工登录')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('用户名')).toBeTruthy());
  });
});
