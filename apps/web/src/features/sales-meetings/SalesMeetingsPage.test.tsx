import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { Meeting, MeetingIssue, MeetingSummary } from './api';
import { SalesMeetingsPage } from './SalesMeetingsPage';

afterEach(() => vi.unstubAllGlobals());

const salesManagerMe: Me = {
  user: { id: 'u-salesmgr', username: 'salesmgr', name: '郑华', kind: 'staff', roles: ['salesManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const issue = (patch: Partial<MeetingIssue> = {}): MeetingIssue => ({
  id: 'is1',
  projectId: 'p1',
  meetingId: 'm1',
  raisedOn: '2026-02-23',
  description: '水吧饮品种类单一',
  ownerName: '销售经理 郑华',
  ownerUserId: 'u-salesmgr',
  dueDate: '2026-02-27',
  status: 'inProgress',
  overdue: true,
  resolution: null,
  raisedBy: { id: 'u-butler', name: '李管家' },
  closedAt: null,
  allowedActions: ['resolve', 'drop'],
  canEdit: true,
  version: 2,
  ...patch,
});
const summary: MeetingSummary = {
  id: 'm2',
  projectId: 'p1',
  salesCenter: null,
  meetingDate: '2026-03-01',
  title: '销售工作例会',
  attendees: ['销售经理 郑华', '管家 刘芳'],
  recordedBy: { id: 'u-butler', name: '李管家' },
  issuesRaised: 1,
  issuesOpen: 1,
  createdAt: '2026-03-01T02:00:00.000Z',
  version: 1,
};
const meeting: Meeting = {
  ...summary,
  notes: '开盘倒计时三周',
  issues: [issue({ id: 'is2', meetingId: 'm2', raisedOn: '2026-03-01', description: '看房团签到流程混乱', status: 'open', overdue: false, dueDate: '2026-03-06', allowedActions: ['start', 'resolve', 'drop'] })],
  carriedIssues: [issue()],
  canEdit: true,
};
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

async function typeDate(input: HTMLElement, date: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(date));
}

describe('sales meetings page', () => {
  it('butler: opens a meeting to see the issues raised there and those carried over, overdue marked', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-meetings': { body: page([summary]) },
      'GET /api/sales-meetings/m2': { body: meeting },
    });
    renderStaffPage(<SalesMeetingsPage />, butlerMe);
    fireEvent.click(await screen.findByText('2026-03-01'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('开盘倒计时三周')).toBeTruthy();
    expect(within(drawer).getByText('看房团签到流程混乱')).toBeTruthy();
    const carried = within(drawer).getByText('水吧饮品种类单一').closest('tr')!;
    expect(within(carried).getByText('已逾期')).toBeTruthy();
    expect(within(carried).getByText('处理中')).toBeTruthy();
    expect(within(carried).queryByRole('button', { name: '开始处理' })).toBeNull();
  });

  it('butler: records a meeting with an issue; the server’s reason for a line shows under its field', async () => {
    let attempt = 0;
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-meetings': { body: page([]) },
      'GET /api/projects/p1/sales-meeting-owners': { body: { items: [{ id: 'u-salesmgr', name: '销售经理 郑华' }] } },
      'POST /api/projects/p1/sales-meetings': () =>
        ++attempt === 1
          ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { 'issues.0.dueDate': '完成期限不能早于例会日期（2026-03-02）' } } } }
          : { status: 201, body: { ...meeting, id: 'm3' } },
      'GET /api/sales-meetings/m3': { body: { ...meeting, id: 'm3' } },
    });
    renderStaffPage(<SalesMeetingsPage />, butlerMe);
    expect(await screen.findByText('参加销售例会后，点击“记录例会”记下参会人员和提出的问题。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /记录例会/ }));
    const dialog = await screen.findByRole('dialog');
    await typeDate(within(dialog).getByLabelText('例会日期'), '2026-03-02');
    const attendees = within(dialog).getByLabelText('参会人员');
    fireEvent.change(attendees, { target: { value: '销售经理 郑华' } });
    fireEvent.keyDown(attendees, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(within(dialog).getByRole('button', { name: /添加问题/ }));
    fireEvent.change(await within(dialog).findByLabelText('问题描述 1'), { target: { value: '电瓶车不足' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写责任人或选择账号')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('责任人姓名 1'), { target: { value: '服务中心经理 张伟' } });
    await typeDate(within(dialog).getByLabelText('完成期限 1'), '2026-03-01');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST').length).toBe(1));
    expect(await within(dialog).findByText('完成期限不能早于例会日期（2026-03-02）')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      meetingDate: '2026-03-02',
      attendees: ['销售经理 郑华'],
      notes: null,
      issues: [{ description: '电瓶车不足', ownerName: '服务中心经理 张伟', dueDate: '2026-03-01' }],
    });
  });

  it('butler: the issues board lists open issues; resolving sends the outcome, dropping needs a reason', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-meetings': { body: page([summary]) },
      'GET /api/projects/p1/sales-meeting-issues': { body: page([issue()]) },
      'POST /api/sales-meeting-issues/is1/resolve': { body: issue({ status: 'resolved', allowedActions: [] }) },
      'POST /api/sales-meeting-issues/is1/drop': { body: issue({ status: 'dropped', allowedActions: [] }) },
    });
    renderStaffPage(<SalesMeetingsPage />, butlerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '问题跟踪' }));
    const row = (await screen.findByText('水吧饮品种类单一')).closest('tr')!;
    expect(requests.find((r) => r.path === '/api/projects/p1/sales-meeting-issues')?.search.get('open')).toBe('true');
    fireEvent.click(within(row).getByRole('button', { name: '撤销' }));
    const drop = (await screen.findAllByRole('dialog')).at(-1)!;
    expect(within(drop).getByText('撤销后问题不再跟踪，此操作不能恢复。')).toBeTruthy();
    fireEvent.click(within(drop).getByRole('button', { name: '撤销' }));
    expect(await within(drop).findByText('请填写撤销原因')).toBeTruthy();
    fireEvent.click(within(drop).getByRole('button', { name: '取消' }));
    fireEvent.click(within(row).getByRole('button', { name: '标记解决' }));
    const resolve = (await screen.findAllByRole('dialog')).at(-1)!;
    fireEvent.change(within(resolve).getByLabelText('处理结果'), { target: { value: '已增加无糖饮品' } });
    fireEvent.click(within(resolve).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/sales-meeting-issues/is1/resolve')?.body).toEqual({ note: '已增加无糖饮品', version: 2 }));
    expect(requests.some((r) => r.path === '/api/sales-meeting-issues/is1/drop')).toBe(false);
    fireEvent.click(screen.getByText('已逾期', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(requests.some((r) => r.search.get('overdue') === 'true')).toBe(true));
  });

  it('sales manager: reads the meetings and moves only what the server allows, without recording meetings', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-meetings': { body: page([summary]) },
      'GET /api/projects/p1/sales-meeting-issues': { body: page([issue({ allowedActions: ['resolve'] }), issue({ id: 'is9', description: '别人的问题', ownerUserId: 'u-x', allowedActions: [] })]) },
    });
    renderStaffPage(<SalesMeetingsPage />, salesManagerMe);
    expect(await screen.findByText('2026-03-01')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /记录例会/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '问题跟踪' }));
    const mine = (await screen.findByText('水吧饮品种类单一')).closest('tr')!;
    expect(within(mine).getByRole('button', { name: '标记解决' })).toBeTruthy();
    expect(within(mine).queryByRole('button', { name: '撤销' })).toBeNull();
    expect(within(screen.getByText('别人的问题').closest('tr')!).queryByRole('button')).toBeNull();
  });
});
