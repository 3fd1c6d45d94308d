import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { butlerMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import type { Me } from '../../ui/auth';
import { detail } from './test-fixtures';
import { WorkOrderDetailPage } from './WorkOrderDetailPage';

afterEach(() => vi.unstubAllGlobals());

const manager: Me = { ...butlerMe, user: { ...butlerMe.user, id: 'u-mgr', name: '陈经理', roles: ['serviceCenterManager'] } };
const emptyPage = { items: [], total: 0, page: 1, pageSize: 200 };
/** The project's people as GET /api/work-orders/assignees answers every desk role. */
const assignees = {
  departments: [{ id: 'd-eng', name: '工程部' }],
  workers: [
    { id: 'u-tech', name: '王师傅', roles: ['technician'], departmentId: 'd-eng', departmentName: '工程部', vendorId: null },
    { id: 'u-clean', name: '周阿姨', roles: ['vendorStaff'], departmentId: null, departmentName: null, vendorId: 'v1' },
  ],
  vendors: [{ id: 'v1', name: '洁美保洁' }],
  deskStaff: [
    { id: 'u-butler', name: '李管家', roles: ['butler'] },
    { id: 'u-butler2', name: '赵管家', roles: ['butler'] },
    { id: 'u-mgr', name: '陈经理', roles: ['serviceCenterManager'] },
  ],
};

function renderDetail(me: Me = butlerMe) {
  return renderStaffPage(
    <Routes>
      <Route path="/work-orders/:id" element={<WorkOrderDetailPage />} />
    </Routes>,
    me,
    '/work-orders/w1',
  );
}

const detailReads = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'GET' && r.path === '/api/work-orders/w1').length;

/** A butler opens 派单 on order w1; the project's people are listed and the server takes the dispatch. */
async function openDispatch() {
  const { requests } = mockFetch(
    {
      'GET /api/work-orders/w1': { body: detail() },
      'GET /api/work-orders/assignees': { body: assignees },
      'POST /api/work-orders/w1/dispatch': { body: detail({ status: 'dispatched', allowedActions: ['dispatch', 'cancel'] }) },
    },
    { body: emptyPage },
  );
  renderDetail();
  fireEvent.click(await screen.findByRole('button', { name: '派单' }));
  return { requests, dialog: await screen.findByRole('dialog') };
}

describe('work order detail', () => {
  it('butler: sees the order, its timeline in Chinese, and exactly the allowed buttons', async () => {
    mockFetch({ 'GET /api/work-orders/w1': { body: detail() } }, { body: emptyPage });
    renderDetail();
    expect(await screen.findByText('GD-20260302-0001')).toBeTruthy();
    expect(screen.getByText('已受理')).toBeTruthy();
    expect(screen.getByText('维修服务 / 18. 疏通下水道')).toBeTruthy();
    expect(screen.getByText('138****0000')).toBeTruthy();
    expect(screen.getByText('1号楼 1-0101')).toBeTruthy();
    expect(screen.getAllByText('已超时').length).toBeGreaterThan(0);
    expect(screen.getByText('登记工单')).toBeTruthy();
    expect(screen.getByText('原因：业主来电催促')).toBeTruthy();
    expect(screen.getByText('超时升级')).toBeTruthy();
    expect(screen.getByText('升级到第 1 级')).toBeTruthy();
    expect(screen.getByRole('img', { name: '积水.jpg' })).toBeTruthy();
    // A repair owes no answer: no reply section.
    expect(screen.queryByTestId('reply-section')).toBeNull();

    for (const name of ['派单', '取消工单', '催单']) expect(screen.getByRole('button', { name })).toBeTruthy();
    for (const name of ['受理', '抢单', '接单', '开始处理', '完成', '关闭工单', '返工', '转移首问责任', '记录回访']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
  });

  it('butler: the requester phone is masked; the eye asks the logged reveal for this order and shows the number', async () => {
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': { body: detail() },
        'POST /api/personal-data/reveal': { body: { field: 'phone', value: '13800000000', loggedAt: '2026-03-02T04:00:00.000Z' } },
      },
      { body: emptyPage },
    );
    renderDetail();
    const cell = (await screen.findByText('138****0000')).closest('td') as HTMLElement;
    fireEvent.click(within(cell).getByRole('button', { name: '查看完整手机号' }));
    expect(await within(cell).findByText('13800000000')).toBeTruthy();
    expect(within(cell).queryByText('138****0000')).toBeNull();
    expect(requests.filter((r) => r.path === '/api/personal-data/reveal').map((r) => r.body)).toEqual([{ subjectType: 'workOrder', workOrderId: 'w1', field: 'phone', page: '/work-orders/w1' }]);
  });

  it('a viewer who may not reveal sees only the mask, without the eye', async () => {
    mockFetch({ 'GET /api/work-orders/w1': { body: detail({ requester: { userId: null, name: '张先生', phone: '138****0000', phoneRevealable: false } }) } }, { body: emptyPage });
    renderDetail();
    const cell = (await screen.findByText('138****0000')).closest('td') as HTMLElement;
    expect(within(cell).queryByRole('button')).toBeNull();
  });

  it('manager: a completed order that needs a return visit offers 记录回访 and 转移首问责任', async () => {
    mockFetch(
      { 'GET /api/work-orders/w1': { body: detail({ status: 'completed', allowedActions: ['close', 'reopen'], canUrge: false, canTransferAccountability: true }) } },
      { body: emptyPage },
    );
    renderDetail(manager);
    expect(await screen.findByRole('button', { name: '记录回访' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '转移首问责任' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '返工' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '催单' })).toBeNull();
  });

  it('butler: dispatching to a department in grab mode posts the target, the mode and the version read', async () => {
    const { requests, dialog } = await openDispatch();
    expect(within(dialog).getByRole('radio', { name: '技术员/员工' })).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '部门/岗位' }));
    fireEvent.click(await screen.findByTitle('工程部'));
    fireEvent.click(within(dialog).getByRole('radio', { name: '抢单' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '派单' }));
    expect(await screen.findByText('已派单')).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST' && r.path === '/api/work-orders/w1/dispatch');
    expect(post?.body).toEqual({ departmentId: 'd-eng', mode: 'grab', version: 3 });
  });

  it('butler: dispatches to a named technician picked from the project\'s workers', async () => {
    const { requests, dialog } = await openDispatch();
    fireEvent.click(within(dialog).getByRole('radio', { name: '技术员/员工' }));
    fireEvent.mouseDown(await within(dialog).findByRole('combobox', { name: '输入姓名搜索' }));
    // A worker shows where they belong: their department, or the vendor they work for.
    expect(await screen.findByTitle('周阿姨（洁美保洁）')).toBeTruthy();
    fireEvent.click(screen.getByTitle('王师傅（工程部）'));
    // A named person is always assigned: no mode to choose.
    expect(within(dialog).queryByRole('radio', { name: '抢单' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '派单' }));
    expect(await screen.findByText('已派单')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST' && r.path === '/api/work-orders/w1/dispatch')?.body).toEqual({ userId: 'u-tech', mode: 'assign', version: 3 });
    const reads = requests.filter((r) => r.path === '/api/work-orders/assignees');
    expect(reads.map((r) => r.search.get('projectId'))).toEqual(['p1']);
    expect(requests.some((r) => r.path === '/api/users')).toBe(false);
  });

  it('manager: hands accountability to another desk member, the current one not offered', async () => {
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': { body: detail({ canTransferAccountability: true }) },
        'GET /api/work-orders/assignees': { body: assignees },
        'POST /api/work-orders/w1/transfer-accountability': { body: detail({ accountableStaff: { id: 'u-butler2', name: '赵管家' } }) },
      },
      { body: emptyPage },
    );
    renderDetail(manager);
    fireEvent.click(await screen.findByRole('button', { name: '转移首问责任' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '输入姓名搜索' }));
    expect(await screen.findByTitle('赵管家')).toBeTruthy();
    expect(screen.getByTitle('陈经理')).toBeTruthy();
    // Field workers are dispatched to, not made accountable; the accountable butler already is.
    expect(screen.queryByTitle('王师傅（工程部）')).toBeNull();
    expect(screen.queryByTitle('李管家')).toBeNull();
    fireEvent.click(screen.getByTitle('赵管家'));
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '李管家休假' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() =>
      expect(requests.find((r) => r.path === '/api/work-orders/w1/transfer-accountability')?.body).toEqual({ userId: 'u-butler2', reason: '李管家休假', version: 3 }),
    );
  });

  it('butler: when someone else changed the order, a 409 says so and the order is read again', async () => {
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': { body: detail() },
        'POST /api/work-orders/w1/cancel': { status: 409, body: { error: { code: 'VERSION_CONFLICT', message: '记录已被修改' } } },
      },
      { body: emptyPage },
    );
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '取消工单' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消工单' }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '业主已自行处理' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '取消工单' }));
    expect(await screen.findByText('工单已被他人更新，请刷新')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/work-orders/w1/cancel')?.body).toEqual({ reason: '业主已自行处理', version: 3 });
    await waitFor(() => expect(detailReads(requests)).toBe(2));
  });
});
