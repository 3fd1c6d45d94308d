import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { butlerMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import { detail } from './test-fixtures';
import { WorkOrderDetailPage } from './WorkOrderDetailPage';

afterEach(() => vi.unstubAllGlobals());

const emptyPage = { items: [], total: 0, page: 1, pageSize: 200 };
const inDays = (days: number) => businessDate(Date.now() + days * 86_400_000);
const butler = { id: 'u-butler', name: '李管家' };

/** A visitor's complaint recorded by the butler at the sales center, a reply promised by 2026-03-04. */
function complaint(overrides: Record<string, unknown> = {}) {
  return detail({
    kind: 'complaint',
    channel: 'visit',
    category: null,
    serviceItem: null,
    title: '样板房空调不制冷',
    household: null,
    unit: null,
    requester: { userId: null, name: '来访客户 钱女士', phone: '139****2222' },
    returnVisitRequired: false,
    overdue: false,
    completeOverdue: false,
    salesCenter: { id: 'sc1', name: '滨江花园销售中心' },
    location: '3 号样板房',
    replyBy: '2026-03-04',
    canReply: true,
    allowedActions: ['dispatch', 'resolve', 'cancel'],
    events: [
      { id: 'e1', action: 'create', fromStatus: null, toStatus: 'accepted', actor: butler, reason: null, data: null, at: '2026-03-02T02:00:00Z' },
      { id: 'e2', action: 'agreeReplyDate', fromStatus: null, toStatus: null, actor: butler, reason: null, data: { replyBy: '2026-03-04', previous: null }, at: '2026-03-02T02:00:00Z' },
    ],
    ...overrides,
  });
}

function renderDetail() {
  return renderStaffPage(
    <Routes>
      <Route path="/work-orders/:id" element={<WorkOrderDetailPage />} />
    </Routes>,
    butlerMe,
    '/work-orders/w1',
  );
}

const posted = (requests: RecordedRequest[], segment: string) => requests.filter((r) => r.method === 'POST' && r.path === `/api/work-orders/w1/${segment}`);

async function typeDate(input: HTMLElement, date: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(date));
}

describe('answering a visitor on the work order', () => {
  it('butler: a complaint at the sales center shows where, the agreed date awaiting reply, and offers 现场解决 first', async () => {
    mockFetch({ 'GET /api/work-orders/w1': { body: complaint() } }, { body: emptyPage });
    renderDetail();
    const section = await screen.findByTestId('reply-section');
    expect(within(section).getByText('答复客户')).toBeTruthy();
    expect(within(section).getByText('滨江花园销售中心')).toBeTruthy();
    expect(within(section).getByText('3 号样板房')).toBeTruthy();
    expect(within(section).getByText('2026-03-04')).toBeTruthy();
    expect(within(section).getByText('待回复')).toBeTruthy();
    expect(within(section).getByText('尚未回复')).toBeTruthy();
    expect(within(section).queryByText('已逾期')).toBeNull();
    expect(within(section).getByRole('button', { name: '修改回复日期' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: '记录回复' })).toBeTruthy();
    expect(within(section).queryByRole('button', { name: '约定回复日期' })).toBeNull();
    // Settling it on the spot is what the desk tries first.
    const buttons = screen.getAllByRole('button').map((b) => b.textContent?.replace(/\s/g, ''));
    expect(buttons.indexOf('现场解决')).toBeGreaterThanOrEqual(0);
    expect(buttons.indexOf('现场解决')).toBeLessThan(buttons.indexOf('派单'));
    expect(screen.getByText('约定 2026-03-04 前回复')).toBeTruthy();
  });

  it('butler: a promised date that passed unanswered is flagged 已逾期 in red, and the reminders say whom they reached', async () => {
    const reminder = (id: string, level: number, kind: string) => ({
      id,
      action: 'replyReminder',
      fromStatus: null,
      toStatus: null,
      actor: null,
      reason: null,
      data: { level, kind, replyBy: '2026-03-04' },
      at: '2026-03-05T00:00:00Z',
    });
    const order = complaint({ replyOverdue: true });
    order.events = [...order.events, reminder('e3', 2, 'overdue'), reminder('e4', 3, 'longOverdue')];
    mockFetch({ 'GET /api/work-orders/w1': { body: order } }, { body: emptyPage });
    renderDetail();
    const section = await screen.findByTestId('reply-section');
    const tag = within(section).getByText('已逾期');
    expect(tag.closest('.ant-tag')?.className).toContain('red');
    expect(within(section).queryByText('待回复')).toBeNull();
    expect(screen.getAllByText('回复提醒')).toHaveLength(2);
    expect(screen.getByText('第 2 级提醒 · 已逾期，已通知服务中心经理')).toBeTruthy();
    expect(screen.getByText('第 3 级提醒 · 逾期超过 3 天，已上报区域负责人')).toBeTruthy();
    // A reminder is not an escalation of the order's own deadlines.
    expect(screen.queryByText(/升级到第/)).toBeNull();
  });

  it('butler: a replied complaint shows 已回复 with what the visitor was told, and no reply buttons', async () => {
    const order = complaint({ repliedAt: '2026-03-05T06:30:00Z', replyNote: '已电话告知钱女士：空调已检修', canReply: false, allowedActions: ['dispatch', 'cancel'] });
    order.events = [
      ...order.events,
      { id: 'e3', action: 'reply', fromStatus: null, toStatus: null, actor: butler, reason: '已电话告知钱女士：空调已检修', data: { replyBy: '2026-03-04', late: true }, at: '2026-03-05T06:30:00Z' },
    ];
    mockFetch({ 'GET /api/work-orders/w1': { body: order } }, { body: emptyPage });
    renderDetail();
    const section = await screen.findByTestId('reply-section');
    expect(within(section).getByText('已回复').closest('.ant-tag')?.className).toContain('success');
    expect(within(section).getByText('已电话告知钱女士：空调已检修')).toBeTruthy();
    expect(within(section).getByText(/2026.03.05 14:30/)).toBeTruthy();
    expect(within(section).queryByText('已逾期')).toBeNull();
    expect(within(section).queryByRole('button')).toBeNull();
    expect(screen.getByText('回复客户')).toBeTruthy();
    expect(screen.getByText('逾期回复')).toBeTruthy();
    expect(screen.getByText('告知客户的内容：已电话告知钱女士：空调已检修')).toBeTruthy();
  });

  it('butler: agreeing the first reply date takes no reason, and the server refusing the date shows under it', async () => {
    const date = inDays(2);
    let attempts = 0;
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': { body: complaint({ replyBy: null, events: [] }) },
        'POST /api/work-orders/w1/reply-by': () =>
          ++attempts === 1
            ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '请求参数无效', fields: { replyBy: '回复日期最多约定在 90 天之内' } } } }
            : { body: complaint({ replyBy: date, version: 4 }) },
      },
      { body: emptyPage },
    );
    renderDetail();
    const section = await screen.findByTestId('reply-section');
    expect(within(section).getByText('尚未约定')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: '约定回复日期' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('修改原因')).toBeNull();
    // Yesterday is not offered: the picker will not take it, or the form refuses it; nothing is sent.
    const input = within(dialog).getByLabelText('回复日期');
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: inDays(-1) } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText(/^(请选择回复日期|回复日期须在今天到 90 天之内)$/)).toBeTruthy();
    expect(posted(requests, 'reply-by')).toHaveLength(0);
    await typeDate(input, date);
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    const why = await within(dialog).findByText('回复日期最多约定在 90 天之内');
    expect(within(why.closest('.ant-form-item') as HTMLElement).getByLabelText('回复日期')).toBeTruthy();
    expect(posted(requests, 'reply-by')[0]?.body).toEqual({ replyBy: date, version: 3 });

    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await screen.findByText('回复日期已约定')).toBeTruthy();
    expect(posted(requests, 'reply-by')).toHaveLength(2);
  });

  it('butler: moving an agreed date requires a reason before anything is sent', async () => {
    const date = inDays(5);
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': { body: complaint() },
        'POST /api/work-orders/w1/reply-by': { body: complaint({ replyBy: date, version: 4 }) },
      },
      { body: emptyPage },
    );
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '修改回复日期' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('原约定日期：2026-03-04')).toBeTruthy();
    await typeDate(within(dialog).getByLabelText('回复日期'), date);
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText('修改已约定的日期须填写原因')).toBeTruthy();
    expect(posted(requests, 'reply-by')).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('修改原因'), { target: { value: '需开发商营销部确认' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await screen.findByText('回复日期已修改')).toBeTruthy();
    expect(posted(requests, 'reply-by')[0]?.body).toEqual({ replyBy: date, reason: '需开发商营销部确认', version: 3 });
  });

  it('butler: recording the reply needs what the visitor was told', async () => {
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': { body: complaint() },
        'POST /api/work-orders/w1/reply': { body: complaint({ repliedAt: '2026-03-03T02:00:00Z', replyNote: '已当面答复', canReply: false }) },
      },
      { body: emptyPage },
    );
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '记录回复' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '记录回复' }));
    expect(await within(dialog).findByText('请填写告知客户的内容')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('告知客户的内容'), { target: { value: '  已当面答复  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '记录回复' }));
    expect(await screen.findByText('回复已记录')).toBeTruthy();
    expect(posted(requests, 'reply')[0]?.body).toEqual({ note: '已当面答复', version: 3 });
  });

  it('butler: 现场解决 needs the note, sends the satisfaction given, and the order closes', async () => {
    const closed = complaint({ status: 'closed', allowedActions: [], canUrge: false, canReply: false, repliedAt: '2026-03-02T03:00:00Z', replyNote: '已调整空调温度，并向客户致歉' });
    let resolved = false;
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': () => ({ body: resolved ? closed : complaint() }),
        'POST /api/work-orders/w1/resolve': () => {
          resolved = true;
          return { body: closed };
        },
      },
      { body: emptyPage },
    );
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '现场解决' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('现场照片')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '现场解决' }));
    expect(await within(dialog).findByText('请填写如何解决的')).toBeTruthy();
    expect(posted(requests, 'resolve')).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('处理说明'), { target: { value: '已调整空调温度，并向客户致歉' } });
    fireEvent.click(within(dialog).getAllByRole('radio')[3]);
    fireEvent.click(within(dialog).getByRole('button', { name: '现场解决' }));
    expect(await screen.findByText('已现场解决，工单已关闭')).toBeTruthy();
    expect(posted(requests, 'resolve')[0]?.body).toEqual({ note: '已调整空调温度，并向客户致歉', satisfaction: 4, version: 3 });
    // Closed at once, the visitor answered by the same note.
    expect(await screen.findByText('已关闭')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '现场解决' })).toBeNull();
    expect(within(screen.getByTestId('reply-section')).getByText('已回复')).toBeTruthy();
  });

  it('butler: closing while the reply is still owed shows the server’s refusal naming the date, and the dialog stays open', async () => {
    const refusal = '已与客户约定在 2026-03-04 前回复，请先记录给客户的回复再关闭';
    const { requests } = mockFetch(
      {
        'GET /api/work-orders/w1': { body: complaint({ status: 'completed', allowedActions: ['close', 'reopen'] }) },
        'POST /api/work-orders/w1/close': { status: 422, body: { error: { code: 'REPLY_PENDING', message: refusal, fields: { reply: refusal } } } },
      },
      { body: emptyPage },
    );
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '关闭工单' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭工单' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(refusal);
    expect(screen.getAllByText(refusal)).toHaveLength(1);
    expect(posted(requests, 'close')[0]?.body).toEqual({ version: 3 });
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
