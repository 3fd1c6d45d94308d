import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { ActionItem, ChannelItem, JointMeetingDetail, SuggestionDetail } from './api';
import { SalesChannelPage } from './SalesChannelPage';

afterEach(() => vi.unstubAllGlobals());

const marketingMe: Me = {
  user: { id: 'u-marketing', username: 'marketing', name: '周杰', kind: 'staff', roles: ['marketingLead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

const commitment: ChannelItem = {
  id: 'i1',
  projectId: 'p1',
  kind: 'serviceCommitment',
  side: 'sales',
  title: '首年物业费九五折',
  body: '本期认购客户首年物业费按九五折收取。',
  periodStart: null,
  periodEnd: null,
  attachmentIds: [],
  postedBy: { id: 'u-salesmgr', name: '郑华' },
  postedAt: '2026-03-01T02:00:00.000Z',
  editedBy: null,
  editedAt: null,
  version: 2,
  requiresAcknowledgement: true,
  awaitingAcknowledgement: true,
  acknowledgements: [],
  acknowledgedByMe: false,
  canEdit: false,
  canAcknowledge: true,
};

const suggestion: SuggestionDetail = {
  id: 's1',
  projectId: 'p1',
  number: 'JY-20260224-0001',
  category: 'environment',
  title: '样板区入口绿化补种',
  content: '入口草坪斑秃。',
  attachmentIds: [],
  raisedBy: { id: 'u-marketing', name: '周杰' },
  raisedBySide: 'sales',
  addressedTo: 'property',
  raisedAt: '2026-02-24T02:00:00.000Z',
  dueDate: '2026-02-28',
  status: 'open',
  overdue: true,
  answerText: null,
  answeredBy: null,
  answeredAt: null,
  answerCount: 0,
  closedBy: null,
  closedAt: null,
  version: 1,
  allowedActions: ['answer'],
  history: [{ action: 'raise', fromStatus: null, toStatus: 'open', note: null, actor: { id: 'u-marketing', name: '周杰' }, at: '2026-02-24T02:00:00.000Z' }],
};

const actionItem = (patch: Partial<ActionItem>): ActionItem => ({
  id: 'a1',
  meetingId: 'm1',
  raisedOn: '2026-02-16',
  description: '开盘活动客户动线方案',
  owner: { id: 'u-marketing', name: '周杰', side: 'sales' },
  dueDate: '2026-02-27',
  status: 'open',
  overdue: true,
  doneNote: null,
  doneBy: null,
  doneAt: null,
  version: 1,
  allowedActions: ['complete'],
  canEdit: false,
  ...patch,
});
const meeting: JointMeetingDetail = {
  id: 'm1',
  projectId: 'p1',
  meetingDate: '2026-02-16',
  startTime: '15:00',
  title: '物业与销售联席会议',
  location: '售楼处二楼会议室',
  attendees: [
    { id: 'u-butler', name: '李管家', side: 'property' },
    { id: 'u-marketing', name: '周杰', side: 'sales' },
  ],
  guestNames: [],
  agenda: null,
  minutes: '一、双方确认看房团安排。',
  status: 'finalised',
  createdBy: { id: 'u-butler', name: '李管家' },
  finalisedBy: { id: 'u-butler', name: '李管家' },
  finalisedAt: '2026-02-16T08:00:00.000Z',
  cancelReason: null,
  version: 3,
  actionItemCount: 2,
  openActionItems: 1,
  overdueActionItems: 1,
  allowedActions: [],
  canEdit: false,
  actionItems: [actionItem({}), actionItem({ id: 'a2', description: '样板区绿化补种', status: 'done', overdue: false, doneNote: '已补种', allowedActions: ['reopen'] })],
  carriedItems: [],
  history: [],
};

describe('sales channel page', () => {
  it('butler: the feed marks the commitment awaiting the property side; acknowledging sends the version read', async () => {
    const { requests } = mockFetch({
      'GET /api/sales-channel/items': { body: page([commitment]) },
      'POST /api/sales-channel/items/i1/acknowledge': { body: { ...commitment, awaitingAcknowledgement: false, canAcknowledge: false, versions: [] } },
    });
    renderStaffPage(<SalesChannelPage />, butlerMe);
    const card = (await screen.findByText('首年物业费九五折')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('待物业方确认')).toBeTruthy();
    expect(within(card).getByText('销售方')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: '确认已阅' }));
    expect(await screen.findByText('确认已阅读此版本？服务承诺确认后须在日常工作中兑现。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/sales-channel/items/i1/acknowledge')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ version: 2 });
    fireEvent.click(screen.getByRole('switch', { name: '只看待确认' }));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/sales-channel/items' && r.search.get('awaiting') === 'true')).toBe(true));
  });

  it('butler: an overdue suggestion to the property side; the server’s field error shows under the answer', async () => {
    const { requests } = mockFetch({
      'GET /api/sales-channel/items': { body: page([]) },
      'GET /api/sales-channel/suggestions': { body: page([suggestion]) },
      'GET /api/sales-channel/suggestions/s1': { body: suggestion },
      'POST /api/sales-channel/suggestions/s1/answer': { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { answerText: '请填写答复内容（服务器）' } } } },
    });
    renderStaffPage(<SalesChannelPage />, butlerMe, '/?tab=suggestions');
    const row = (await screen.findByText('样板区入口绿化补种')).closest('tr')!;
    expect(within(row).getByText('已逾期')).toBeTruthy();
    fireEvent.click(row);
    const drawer = await screen.findByRole('dialog');
    fireEvent.click(await within(drawer).findByRole('button', { name: '答复' }));
    const modal = (await screen.findAllByRole('dialog')).at(-1)!;
    fireEvent.change(within(modal).getByLabelText('答复内容'), { target: { value: '已安排' } });
    fireEvent.click(within(modal).getByRole('button', { name: '答复' }));
    expect(await within(modal).findByText('请填写答复内容（服务器）')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ answerText: '已安排', version: 1 });
  });

  it('marketing: joint meetings with the rhythm; a final meeting’s overdue item is highlighted and its owner may complete it', async () => {
    mockFetch({
      'GET /api/sales-channel/items': { body: page([]) },
      'GET /api/sales-channel/cadence': { body: { projectId: 'p1', cadence: { everyDays: 14, startsOn: '2026-02-16', version: 1, updatedBy: { id: 'u-butler', name: '李管家' } }, latestMeetingDate: '2026-02-16', nextDueOn: '2026-03-02', overdue: false, canEdit: true } },
      'GET /api/sales-channel/meetings': { body: page([meeting]) },
      'GET /api/sales-channel/meetings/m1': { body: meeting },
    });
    renderStaffPage(<SalesChannelPage />, marketingMe, '/?tab=meetings');
    expect(await screen.findByText('每 14 天一次，自 2026-02-16 起')).toBeTruthy();
    expect(screen.getByText('下次会议应于 2026-03-02 前召开')).toBeTruthy();
    fireEvent.click((await screen.findByText('物业与销售联席会议')).closest('tr')!);
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('纪要已定稿，不能再修改；待办事项仍可更新进度。')).toBeTruthy();
    const overdueRow = within(drawer).getByText('开盘活动客户动线方案').closest('tr')!;
    expect(overdueRow.getAttribute('data-overdue')).toBe('true');
    expect(within(overdueRow).getByText('已逾期')).toBeTruthy();
    expect(within(overdueRow).getByRole('button', { name: '标记完成' })).toBeTruthy();
    expect(within(drawer).queryByRole('button', { name: '保存纪要' })).toBeNull();
  });

  it('butler: empty tabs tell what to do next', async () => {
    mockFetch({ 'GET /api/sales-channel/items': { body: page([]) }, 'GET /api/sales-channel/duties': { body: { items: [], canEdit: false } } });
    renderStaffPage(<SalesChannelPage />, butlerMe);
    expect(await screen.findByText(/发布销售计划、政策、服务承诺/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '职责分工' }));
    expect(await screen.findByText(/服务中心经理或销售经理可导入方案中的默认职责/)).toBeTruthy();
  });
});
