import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import { Route, Routes } from 'react-router';
import { ApprovalsPage } from './ApprovalsPage';

afterEach(() => vi.unstubAllGlobals());

const emptyPage = { items: [], total: 0, page: 1, pageSize: 20 };

const submitted = {
  id: 'a9',
  documentType: 'generic',
  documentId: 'd9',
  title: '采购案场接待用品',
  projectId: 'p1',
  projectName: '滨江花园',
  status: 'pending',
  step: 1,
  stepCount: 1,
  currentRole: 'regionalHead',
  submittedBy: { id: 'u-butler', name: '李管家' },
  submittedAt: '2026-03-02T02:00:00Z',
  decidedAt: null,
  revision: 1,
};

describe('approvals page', () => {
  it('approver: a notification link /approvals/:id opens that request', async () => {
    mockFetch({
      'GET /api/approvals/inbox': { body: { ...emptyPage, items: [submitted], total: 1 } },
      'GET /api/approvals/a9': { body: { ...submitted, description: '矿泉水、纸巾', steps: [{ role: 'regionalHead' }], version: 1, history: [], allowedActions: ['approve', 'reject'] } },
    });
    renderStaffPage(
      <Routes>
        <Route path="/approvals/:id" element={<ApprovalsPage />} />
      </Routes>,
      butlerMe,
      '/approvals/a9',
    );
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('矿泉水、纸巾')).toBeTruthy();
  });

  it('butler: submits a generic request and sees it under 我发起的', async () => {
    let saved = false;
    const { requests } = mockFetch({
      'GET /api/approvals/inbox': { body: emptyPage },
      'GET /api/approvals/mine': () => ({ body: saved ? { ...emptyPage, items: [submitted], total: 1 } : emptyPage }),
      'POST /api/approvals': () => {
        saved = true;
        return { status: 201, body: { ...submitted, description: '矿泉水、纸巾', steps: [{ role: 'regionalHead' }], version: 1, history: [], allowedActions: ['cancel'] } };
      },
    });
    renderStaffPage(<ApprovalsPage />, butlerMe);
    expect(await screen.findByText('有需要您审批的服务方案、活动方案等单据时会出现在这里。')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /发起审批/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('标题'), { target: { value: ' 采购案场接待用品 ' } });
    fireEvent.change(within(dialog).getByLabelText('说明'), { target: { value: '矿泉水、纸巾' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));

    expect(await screen.findByText('已提交审批')).toBeTruthy();
    const post = (r: RecordedRequest) => r.method === 'POST' && r.path === '/api/approvals';
    await waitFor(() =>
      expect(requests.find(post)?.body).toEqual({ documentType: 'generic', title: '采购案场接待用品', projectId: 'p1', description: '矿泉水、纸巾' }),
    );
    expect(await screen.findByText('采购案场接待用品')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '我发起的', selected: true })).toBeTruthy();
    expect(screen.getByText('审批中')).toBeTruthy();
  });

  it('butler: a server field error is shown under the title', async () => {
    mockFetch({
      'GET /api/approvals/inbox': { body: emptyPage },
      'POST /api/approvals': { status: 400, body: { error: { code: 'VALIDATION', message: '请求有误', fields: { title: '标题过长' } } } },
    });
    renderStaffPage(<ApprovalsPage />, butlerMe);
    fireEvent.click(await screen.findByRole('button', { name: /发起审批/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('标题'), { target: { value: '采购' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('标题过长')).toBeTruthy();
  });

  it('butler: with no requests of their own, 我发起的 says how to start', async () => {
    mockFetch({ 'GET /api/approvals/mine': { body: emptyPage } });
    renderStaffPage(<ApprovalsPage />, butlerMe, '/?tab=mine');
    expect(await screen.findByText('您还没有发起过审批。点击“发起审批”提交报批事项。')).toBeTruthy();
  });
});
