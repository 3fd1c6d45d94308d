import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import type { Me } from '../../ui/auth';
import { WorkOrdersPage } from './WorkOrdersPage';

afterEach(() => vi.unstubAllGlobals());

const manager: Me = { ...butlerMe, user: { ...butlerMe.user, id: 'u-mgr', name: '陈经理', roles: ['serviceCenterManager'] } };
const technician: Me = { ...butlerMe, user: { ...butlerMe.user, id: 'u-tech', name: '王师傅', roles: ['technician'] } };
const emptyPage = { items: [], total: 0, page: 1, pageSize: 200 };

function row(overrides: Record<string, unknown> = {}) {
  return {
    id: 'w1',
    projectId: 'p1',
    number: 'GD-20260302-0001',
    kind: 'repair',
    status: 'dispatched',
    title: '卫生间漏水',
    categoryNumber: 8,
    emergency: true,
    serviceDate: null,
    serviceStart: null,
    requesterName: '张先生',
    requesterPhone: '138****0000',
    phoneRevealable: true,
    householdId: 'h1',
    unitLabel: '1号楼 1-0101',
    assignee: { id: 'u-tech', name: '王师傅' },
    assigneeName: '王师傅',
    accountableStaff: { id: 'u-butler', name: '李管家' },
    acceptDueAt: '2026-03-02T02:30:00Z',
    completeDueAt: '2026-03-02T06:00:00Z',
    overdue: true,
    urgeCount: 2,
    reopenCount: 0,
    satisfaction: null,
    createdAt: '2026-03-02T02:00:00Z',
    ...overrides,
  };
}

const listCalls = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'GET' && r.path === '/api/work-orders');

describe('work orders list', () => {
  it('butler: sees rows with category, status, masked phone, assignee and a red overdue marker', async () => {
    const { requests } = mockFetch(
      { 'GET /api/work-orders': { body: { items: [row()], nextCursor: null } } },
      { body: emptyPage },
    );
    renderStaffPage(<WorkOrdersPage />, butlerMe);
    const link = await screen.findByRole('link', { name: 'GD-20260302-0001' });
    expect(link.getAttribute('href')).toBe('/work-orders/w1');
    const tableRow = link.closest('tr') as HTMLElement;
    for (const text of ['卫生间漏水', '紧急', '维修服务', '已派单', '张先生', '138****0000', '王师傅', '李管家', '已超时', '2']) {
      expect(within(tableRow).getAllByText(text).length).toBeGreaterThan(0);
    }
    expect(screen.getByText('已全部加载')).toBeTruthy();
    const first = listCalls(requests)[0];
    expect(first.search.get('projectId')).toBe('p1');
    expect(first.search.get('limit')).toBe('20');
    expect(first.search.has('scope')).toBe(false);
    // Every desk role filters by assignee, from the project's workers.
    expect(screen.getByLabelText('处理人')).toBeTruthy();
  });

  it('butler: the eye in a row reveals the requester phone through the logged endpoint, without opening the order', async () => {
    const { requests } = mockFetch(
      {
        'GET /api/work-orders': { body: { items: [row(), row({ id: 'w2', number: 'GD-20260302-0002', requesterPhone: '139****1111', phoneRevealable: false })], nextCursor: null } },
        'POST /api/personal-data/reveal': { body: { field: 'phone', value: '13800000000', loggedAt: '2026-03-02T04:00:00.000Z' } },
      },
      { body: emptyPage },
    );
    renderStaffPage(<WorkOrdersPage />, butlerMe);
    const first = (await screen.findByText('GD-20260302-0001')).closest('tr') as HTMLElement;
    const second = screen.getByText('GD-20260302-0002').closest('tr') as HTMLElement;
    expect(within(second).getByText('139****1111')).toBeTruthy();
    expect(within(second).queryByLabelText('查看完整手机号')).toBeNull();
    // By its label: the role query walks the computed styles of a whole antd table row (tens of seconds in jsdom).
    fireEvent.click(within(first).getByLabelText('查看完整手机号'));
    expect(await within(first).findByText('13800000000')).toBeTruthy();
    expect(requests.filter((r) => r.path === '/api/personal-data/reveal').map((r) => r.body)).toEqual([{ subjectType: 'workOrder', workOrderId: 'w1', field: 'phone', page: '/' }]);
    // Still on the list: the click did not open the order.
    expect(within(first).getByText('GD-20260302-0001')).toBeTruthy();
  });

  it('butler: the assignee filter offers the project\'s workers and narrows the list to one', async () => {
    const workers = [
      { id: 'u-tech', name: '王师傅', roles: ['technician'], departmentId: 'd-eng', departmentName: '工程部', vendorId: null },
      { id: 'u-front', name: '孙前台', roles: ['frontline'], departmentId: null, departmentName: null, vendorId: null },
    ];
    const { requests } = mockFetch(
      {
        'GET /api/work-orders': { body: { items: [row()], nextCursor: null } },
        'GET /api/work-orders/assignees': { body: { departments: [{ id: 'd-eng', name: '工程部' }], workers, vendors: [], deskStaff: [] } },
      },
      { body: emptyPage },
    );
    renderStaffPage(<WorkOrdersPage />, butlerMe);
    await screen.findByText('卫生间漏水');
    fireEvent.mouseDown(screen.getByLabelText('处理人'));
    expect(await screen.findByTitle('孙前台')).toBeTruthy();
    fireEvent.click(screen.getByTitle('王师傅（工程部）'));
    await waitFor(() => expect(listCalls(requests).at(-1)?.search.get('assigneeUserId')).toBe('u-tech'));
    expect(requests.find((r) => r.path === '/api/work-orders/assignees')?.search.get('projectId')).toBe('p1');
    expect(requests.some((r) => r.path === '/api/users')).toBe(false);
  });

  it('technician: no assignee filter, and the desk\'s people are not asked for', async () => {
    const { requests } = mockFetch({ 'GET /api/work-orders': { body: { items: [row()], nextCursor: null } } }, { body: emptyPage });
    renderStaffPage(<WorkOrdersPage />, technician);
    await screen.findByText('卫生间漏水');
    expect(screen.queryByLabelText('处理人')).toBeNull();
    expect(requests.some((r) => r.path === '/api/work-orders/assignees')).toBe(false);
  });

  it('butler: the 我的责任 tab and the overdue switch change the query', async () => {
    const { requests } = mockFetch({ 'GET /api/work-orders': { body: { items: [], nextCursor: null } } }, { body: emptyPage });
    renderStaffPage(<WorkOrdersPage />, butlerMe);
    expect(await screen.findByText('暂无工单。接到业主电话或来访时，点击“新建工单”登记。')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: '我的责任' }));
    await waitFor(() => expect(listCalls(requests).at(-1)?.search.get('scope')).toBe('accountable'));
    expect(await screen.findByText('您首先受理的工单会出现在这里，直到关闭并答复业主（首问责任）。')).toBeTruthy();

    fireEvent.click(screen.getByRole('switch', { name: '只看超时' }));
    await waitFor(() => expect(listCalls(requests).at(-1)?.search.get('overdue')).toBe('true'));
    expect(listCalls(requests).at(-1)?.search.get('scope')).toBe('accountable');
    expect(await screen.findByText('没有符合筛选条件的记录，请调整筛选条件。')).toBeTruthy();
  });

  it('manager: several statuses go to the server as one comma-separated value', async () => {
    const { requests } = mockFetch({ 'GET /api/work-orders': { body: { items: [row()], nextCursor: null } } }, { body: emptyPage });
    renderStaffPage(<WorkOrdersPage />, manager);
    await screen.findByText('卫生间漏水');
    const select = screen.getByLabelText('状态');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByTitle('待受理'));
    fireEvent.click(await screen.findByTitle('处理中'));
    await waitFor(() => expect(listCalls(requests).at(-1)?.search.get('status')).toBe('submitted,inProgress'));
    expect(screen.getByLabelText('处理人')).toBeTruthy();
  });

  it('butler: 加载更多 asks for the page after the cursor and appends it', async () => {
    const { requests } = mockFetch(
      {
        'GET /api/work-orders': (req) =>
          req.search.get('cursor') === 'w1'
            ? { body: { items: [row({ id: 'w2', number: 'GD-20260301-0009', title: '门锁损坏', overdue: false })], nextCursor: null } }
            : { body: { items: [row()], nextCursor: 'w1' } },
      },
      { body: emptyPage },
    );
    renderStaffPage(<WorkOrdersPage />, butlerMe);
    expect(await screen.findByText('卫生间漏水')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('门锁损坏')).toBeTruthy();
    expect(screen.getByText('卫生间漏水')).toBeTruthy();
    expect(screen.getByText('已显示 2 条')).toBeTruthy();
    expect(listCalls(requests).at(-1)?.search.get('cursor')).toBe('w1');
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('butler: Excel export downloads with the filters of the list', async () => {
    const { requests } = mockFetch({ 'GET /api/work-orders': { body: { items: [row()], nextCursor: null } } }, { body: emptyPage });
    // jsdom has no object URLs and cannot follow a download link.
    const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    onTestFinished(() => void Object.assign(URL, objectUrls));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    onTestFinished(() => click.mockRestore());
    renderStaffPage(<WorkOrdersPage />, butlerMe, '/work-orders?tab=pool');
    await screen.findByText('卫生间漏水');
    fireEvent.click(screen.getByRole('switch', { name: '只看超时' }));
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/work-orders/export.xlsx')).toBe(true));
    const exported = requests.find((r) => r.path === '/api/work-orders/export.xlsx')!;
    expect(Object.fromEntries(exported.search)).toEqual({ projectId: 'p1', scope: 'pool', overdue: 'true' });
    await waitFor(() => expect(click).toHaveBeenCalled());
  });
});
