import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adminMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { Me } from '../../ui/auth';
import { ApprovalDrawer } from './ApprovalDrawer';

afterEach(() => vi.unstubAllGlobals());

const manager: Me = { ...adminMe, user: { ...adminMe.user, id: 'u2', name: '陈经理', roles: ['serviceCenterManager'] } };
const head: Me = { ...adminMe, user: { ...adminMe.user, id: 'u-head', name: '赵总', roles: ['regionalHead'] } };

function request(allowedActions: string[]) {
  return {
    id: 'a1',
    documentType: 'servicePlan',
    title: '滨江花园案场服务方案',
    documentId: 'd1',
    projectId: 'p1',
    projectName: '滨江花园',
    stepCount: 2,
    currentRole: 'regionalHead',
    decidedAt: null,
    description: null,
    steps: [{ role: 'regionalHead' }, { role: 'companyAdmin' }],
    submittedBy: { id: 'u2', name: '陈经理' },
    submittedAt: '2026-03-01T02:00:00Z',
    step: 1,
    status: 'pending',
    history: [{ at: '2026-03-01T02:00:00Z', actor: { id: 'u2', name: '陈经理' }, action: 'submit', step: 1, comment: '请审批' }],
    allowedActions,
  };
}

describe('approval drawer', () => {
  it('regional head: sees approve and reject when the server allows them', async () => {
    mockFetch({ 'GET /api/approvals/a1': { body: request(['approve', 'reject']) } });
    renderStaffPage(<ApprovalDrawer id="a1" onClose={() => {}} />, head);
    expect(await screen.findByText('滨江花园案场服务方案')).toBeTruthy();
    expect(screen.getByText('服务方案')).toBeTruthy();
    expect(screen.getByText('请审批')).toBeTruthy();
    expect(screen.getByText(/第 1\/2 步/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '同意' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '驳回' })).toBeTruthy();
  });

  it('submitter: sees no decision buttons on a request they cannot act on', async () => {
    mockFetch({ 'GET /api/approvals/a1': { body: request([]) } });
    renderStaffPage(<ApprovalDrawer id="a1" onClose={() => {}} />, head);
    expect(await screen.findByText('您当前无可执行的操作。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull();
  });

  it('regional head: cannot reject without a reason, and the reason is sent', async () => {
    const { requests } = mockFetch({
      'GET /api/approvals/a1': { body: request(['approve', 'reject']) },
      'POST /api/approvals/a1/reject': { status: 204 },
    });
    renderStaffPage(<ApprovalDrawer id="a1" onClose={() => {}} />, head);
    fireEvent.click(await screen.findByRole('button', { name: '驳回' }));
    const modal = (await screen.findByText('驳回审批')).closest('.ant-modal') as HTMLElement;
    const confirm = within(modal).getByRole('button', { name: '驳回' });
    fireEvent.click(confirm);
    expect(await screen.findByText('驳回时必须填写原因')).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/approvals/a1/reject')).toBe(false);
    fireEvent.change(screen.getByLabelText('驳回原因'), { target: { value: '人员配置不足' } });
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(requests.find((r) => r.path === '/api/approvals/a1/reject')?.body).toEqual({ comment: '人员配置不足' }),
    );
  });

  it('manager: cancels a pending request after confirming', async () => {
    const { requests } = mockFetch({
      'GET /api/approvals/a1': { body: request(['cancel']) },
      'POST /api/approvals/a1/cancel': { body: { ...request([]), status: 'cancelled', currentRole: null } },
    });
    renderStaffPage(<ApprovalDrawer id="a1" onClose={() => {}} />, manager);
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: '撤回' }));
    const modal = (await screen.findByText('撤回审批')).closest('.ant-modal') as HTMLElement;
    expect(within(modal).getByText(/确定撤回吗/)).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/approvals/a1/cancel')).toBe(false);
    fireEvent.click(within(modal).getByRole('button', { name: '撤回' }));
    expect(await screen.findByText('审批已撤回')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/approvals/a1/cancel')?.body).toEqual({});
  });

  it('submitter: resubmits a rejected request with a revised title', async () => {
    const { requests } = mockFetch({
      'GET /api/approvals/a1': { body: { ...request(['resubmit']), status: 'rejected', currentRole: null } },
      'POST /api/approvals/a1/resubmit': { body: request([]) },
    });
    renderStaffPage(<ApprovalDrawer id="a1" onClose={() => {}} />, manager);
    fireEvent.click(await screen.findByRole('button', { name: '重新提交' }));
    const modal = (await screen.findByText('修改后重新提交')).closest('.ant-modal') as HTMLElement;
    fireEvent.change(within(modal).getByLabelText('标题'), { target: { value: '滨江花园案场服务方案（修订）' } });
    fireEvent.click(within(modal).getByRole('button', { name: '重新提交' }));
    await waitFor(() =>
      expect(requests.find((r) => r.path === '/api/approvals/a1/resubmit')?.body).toEqual({ title: '滨江花园案场服务方案（修订）' }),
    );
  });
});
