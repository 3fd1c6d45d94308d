import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adminMe, butlerMe, mockFetch, renderWithApp, type MockReply } from '../testing/utils';
import { PROJECT_STORAGE_KEY } from '../ui/project';
import { LANGUAGE_STORAGE_KEY } from '../ui/language';
import type { Me } from '../ui/auth';
import { StaffApp } from './StaffApp';

afterEach(() => vi.unstubAllGlobals());

function shellRoutes(me: Me, extra: Record<string, MockReply | (() => MockReply)> = {}) {
  return mockFetch({
    'GET /api/me': { body: me },
    'GET /api/notifications/unread-count': { body: { count: 3 } },
    'GET /api/approvals/inbox': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
    ...extra,
  });
}

describe('staff shell', () => {
  it('admin: sees their name, role, current project and unread count in the header', async () => {
    shellRoutes(adminMe);
    renderWithApp(<StaffApp />, '/');
    const user = await screen.findByTestId('current-user');
    expect(user.textContent).toContain('王管理');
    expect(user.textContent).toContain('公司管理员');
    expect(within(screen.getByTestId('project-selector')).getByText('滨江花园')).toBeTruthy();
    expect(await screen.findByRole('button', { name: '通知，3 条未读' })).toBeTruthy();
    const menu = screen.getByRole('navigation');
    expect(within(menu).getByText('组织管理')).toBeTruthy();
    expect(within(menu).getByText('地区公司')).toBeTruthy();
  });

  it('butler: sees the workbench and approvals but no organisation pages', async () => {
    shellRoutes(butlerMe);
    renderWithApp(<StaffApp />, '/');
    expect(await screen.findByText('您好，李管家')).toBeTruthy();
    const menu = screen.getByRole('navigation');
    expect(within(menu).getByText('工作台')).toBeTruthy();
    expect(within(menu).getByText('审批')).toBeTruthy();
    expect(within(menu).queryByText('组织管理')).toBeNull();
  });

  it('butler: opening an administrator page directly is refused', async () => {
    shellRoutes(butlerMe);
    renderWithApp(<StaffApp />, '/org/regions');
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });

  it('admin: the project chosen last time is selected again', async () => {
    window.localStorage.setItem(PROJECT_STORAGE_KEY, 'p2');
    shellRoutes(adminMe);
    renderWithApp(<StaffApp />, '/');
    const selector = await screen.findByTestId('project-selector');
    expect(within(selector).getByText('湖畔雅苑')).toBeTruthy();
  });

  it('admin: switching to English relabels the navigation and roles and is remembered', async () => {
    shellRoutes(adminMe);
    renderWithApp(<StaffApp />, '/');
    fireEvent.click(await screen.findByRole('button', { name: /English/ }));
    await waitFor(() => expect(screen.getByTestId('current-user').textContent).toContain('Company administrator'));
    expect(within(screen.getByRole('navigation')).getByText('Home')).toBeTruthy();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('admin: reads a notification from the bell drawer', async () => {
    let read = false;
    const { requests } = shellRoutes(adminMe, {
      'GET /api/notifications': () => ({
        body: {
          items: [{ id: 'n1', title: '服务方案待审批', body: '滨江花园服务方案已提交', createdAt: '2026-03-02T02:00:00Z', readAt: read ? '2026-03-02T03:00:00Z' : null }],
          total: 1,
          page: 1,
          pageSize: 20,
        },
      }),
      'POST /api/notifications/n1/read': () => {
        read = true;
        return { status: 204 };
      },
    });
    renderWithApp(<StaffApp />, '/');
    fireEvent.click(await screen.findByTestId('notification-bell'));
    expect(await screen.findByText('服务方案待审批')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '标为已读' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/notifications/n1/read')).toBe(true));
  });

  it('admin: signing out tells the server and returns to the login page', async () => {
    let signedIn = true;
    const { requests } = shellRoutes(adminMe, {
      'GET /api/me': () => (signedIn ? { body: adminMe } : { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } }),
      'POST /api/auth/logout': () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    renderWithApp(<StaffApp />, '/');
    fireEvent.click(await screen.findByRole('button', { name: /退出登录/ }));
    expect(await screen.findByText('员工登录')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST' && r.path === '/api/auth/logout')).toBe(true);
  });
});
