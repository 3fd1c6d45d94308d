import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { LiaisonForm, LiaisonFormSummary } from './api';
import { LiaisonFormsPage } from './LiaisonFormsPage';

afterEach(() => vi.unstubAllGlobals());

const marketingMe: Me = {
  user: { id: 'u-marketing', username: 'marketing', name: '周杰', kind: 'staff', roles: ['marketingLead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const summary = (patch: Partial<LiaisonFormSummary> = {}): LiaisonFormSummary => ({
  id: 'f1',
  projectId: 'p1',
  number: 'LX-20260302-0001',
  subject: '样板房空调不制冷',
  status: 'acknowledged',
  toDepartment: { id: 'd-mkt', name: '营销部' },
  fromServiceCenter: { id: 'svc', name: '滨江花园物业服务中心' },
  dueDate: '2026-02-28',
  overdue: true,
  issuedAt: '2026-02-25T02:00:00.000Z',
  issuedBy: { id: 'u-butler', name: '李管家' },
  createdAt: '2026-02-25T01:00:00.000Z',
  version: 3,
  ...patch,
});
const detail = (patch: Partial<LiaisonForm> = {}): LiaisonForm => ({
  ...summary(),
  content: '请安排维修。',
  attachmentIds: [],
  createdBy: { id: 'u-butler', name: '李管家' },
  acknowledgedBy: null,
  acknowledgedAt: null,
  replyText: null,
  repliedBy: null,
  repliedAt: null,
  returnedBy: null,
  returnedAt: null,
  cancelledBy: null,
  cancelledAt: null,
  cancelReason: null,
  allowedActions: ['cancel'],
  canEdit: false,
  history: [{ action: 'create', fromStatus: null, toStatus: 'draft', actor: { id: 'u-butler', name: '李管家' }, note: null, at: '2026-02-25T01:00:00.000Z' }],
  ...patch,
});
const page = (items: LiaisonFormSummary[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const departments = {
  'GET /api/projects/p1': { body: { id: 'p1', developerId: 'dev1' } },
  'GET /api/departments': { body: { items: [{ id: 'd-mkt', name: '营销部' }], total: 1, page: 1, pageSize: 200 } },
};

async function pickOption(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]!);
}
async function typeDate(label: string, date: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(date));
}

describe('liaison forms page', () => {
  it('butler: the list marks overdue forms; the overdue switch asks the server for them; a row opens its drawer', async () => {
    const { requests } = mockFetch({
      'GET /api/liaison-forms': { body: page([summary(), summary({ id: 'f2', number: 'LX-20260302-0002', subject: '看房团人数确认', status: 'issued', overdue: false, dueDate: '2026-03-05' })]) },
      'GET /api/liaison-forms/f1': { body: detail() },
    });
    renderStaffPage(<LiaisonFormsPage />, butlerMe);
    const row = (await screen.findByText('样板房空调不制冷')).closest('tr')!;
    expect(within(row).getByText('已逾期')).toBeTruthy();
    expect(within(row).getByText('已签收')).toBeTruthy();
    expect(within(screen.getByText('看房团人数确认').closest('tr')!).queryByText('已逾期')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: '只看逾期' }));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/liaison-forms' && r.search.get('overdue') === 'true')).toBe(true));
    fireEvent.click((await screen.findByText('样板房空调不制冷')).closest('tr')!);
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('请安排维修。')).toBeTruthy();
    // Only the step the butler may take now: cancel (the reply is the developer side's).
    expect(within(drawer).getByRole('button', { name: '撤销' })).toBeTruthy();
    expect(within(drawer).queryByRole('button', { name: '回复' })).toBeNull();
    expect(within(drawer).queryByRole('button', { name: '收回' })).toBeNull();
  });

  it('butler: writes a form and issues it at once; the server’s reason for a field shows under it', async () => {
    let attempt = 0;
    const { requests } = mockFetch({
      'GET /api/liaison-forms': { body: page([]) },
      ...departments,
      'POST /api/liaison-forms': () =>
        ++attempt === 1
          ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { toDepartmentId: '请选择本项目开发商的部门（如营销部）' } } } }
          : { status: 201, body: detail({ id: 'f9', status: 'draft', version: 1, allowedActions: ['issue', 'cancel'], canEdit: true }) },
      'POST /api/liaison-forms/f9/issue': { body: detail({ id: 'f9', status: 'issued', version: 2 }) },
      'GET /api/liaison-forms/f9': { body: detail({ id: 'f9', status: 'issued', version: 2 }) },
    });
    renderStaffPage(<LiaisonFormsPage />, butlerMe);
    expect(await screen.findByText('点击“新建联系单”向开发商部门发出第一张联系单。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新建联系单/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('主题'), { target: { value: '开盘当天接待安排' } });
    fireEvent.change(within(dialog).getByLabelText('内容'), { target: { value: '请确认销售顾问排班。' } });
    await pickOption('发往部门', '营销部');
    await typeDate('回复期限', '2099-03-05');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请选择本项目开发商的部门（如营销部）')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/liaison-forms/f9/issue')).toBe(true));
    expect(requests.filter((r) => r.method === 'POST' && r.path === '/api/liaison-forms')[1]!.body).toEqual({
      projectId: 'p1',
      subject: '开盘当天接待安排',
      content: '请确认销售顾问排班。',
      toDepartmentId: 'd-mkt',
      dueDate: '2099-03-05',
      attachmentIds: [],
    });
    expect(requests.find((r) => r.path === '/api/liaison-forms/f9/issue')!.body).toEqual({ version: 1 });
  });

  it('butler: cancelling asks for the reason, warns, and sends it with the version', async () => {
    const { requests } = mockFetch({
      'GET /api/liaison-forms': { body: page([summary()]) },
      'GET /api/liaison-forms/f1': { body: detail() },
      'POST /api/liaison-forms/f1/cancel': { body: detail({ status: 'cancelled', allowedActions: [], cancelReason: '活动取消' }) },
    });
    renderStaffPage(<LiaisonFormsPage />, butlerMe, '/liaison-forms?id=f1');
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));
    expect(await screen.findByText('撤销后联系单不再跟进，此操作不能恢复。')).toBeTruthy();
    const modal = screen.getAllByRole('dialog').at(-1)!;
    fireEvent.click(within(modal).getByRole('button', { name: '撤销' }));
    expect(await within(modal).findByText('请填写撤销原因')).toBeTruthy();
    fireEvent.change(within(modal).getByLabelText('撤销原因'), { target: { value: '活动取消' } });
    fireEvent.click(within(modal).getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/liaison-forms/f1/cancel')?.body).toEqual({ reason: '活动取消', version: 3 }));
  });

  it('marketing lead: cannot write forms; acknowledges and replies to one addressed to them', async () => {
    let current = detail({ status: 'issued', overdue: false, allowedActions: ['acknowledge'], version: 2 });
    const { requests } = mockFetch({
      'GET /api/liaison-forms': { body: page([summary({ status: 'issued', overdue: false })]) },
      'GET /api/liaison-forms/f1': () => ({ body: current }),
      'POST /api/liaison-forms/f1/acknowledge': () => {
        current = { ...current, status: 'acknowledged', allowedActions: ['reply'], version: 3 };
        return { body: current };
      },
      'POST /api/liaison-forms/f1/reply': (req) => {
        current = { ...current, status: 'replied', allowedActions: [], replyText: (req.body as { replyText: string }).replyText, version: 4 };
        return { body: current };
      },
    });
    renderStaffPage(<LiaisonFormsPage />, marketingMe, '/liaison-forms?id=f1');
    expect(screen.queryByRole('button', { name: /新建联系单/ })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: '签收' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/liaison-forms/f1/acknowledge')?.body).toEqual({ version: 2 }));
    fireEvent.click(await screen.findByRole('button', { name: '回复' }));
    const modal = (await screen.findAllByRole('dialog')).at(-1)!;
    fireEvent.change(within(modal).getByLabelText('回复内容'), { target: { value: '已安排维修，周三上门' } });
    fireEvent.click(within(modal).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/liaison-forms/f1/reply')?.body).toEqual({ replyText: '已安排维修，周三上门', version: 3 }));
    expect(await within(screen.getAllByRole('dialog')[0]!).findByText('已安排维修，周三上门', { selector: '.ant-typography' })).toBeTruthy();
  });
});
