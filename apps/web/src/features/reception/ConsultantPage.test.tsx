import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { MyVisits } from './api';
import { ConsultantPage } from './ConsultantPage';
import { ago, centersReply, FakeEventSource, NOW, salesMe, visit } from './reception-fixtures';

beforeEach(() => FakeEventSource.install());
afterEach(() => vi.unstubAllGlobals());

const myDay = (over: Partial<MyVisits> = {}): MyVisits => ({
  date: '2026-03-02',
  now: NOW,
  alertThresholdSeconds: 60,
  items: [
    visit({ id: 'v1', visitorName: '王先生', type: 'appointment', visitorPhone: '138****1111', checkedInAt: ago(30), notifiedAt: ago(30), allowedActions: ['receive', 'recordStep'] }),
    visit({ id: 'v0', visitorName: '陈总', type: 'vip', status: 'expected', checkedInAt: null, notifiedAt: null, appointmentAt: '2026-03-02T07:30:00.000Z', allowedActions: ['reschedule', 'cancel'] }),
  ],
  handOffs: [{ visitId: 'v1', visitorName: '王先生', type: 'appointment', at: ago(30), salesCenterId: 'sc1' }],
  ...over,
});

describe('the consultant’s phone page', () => {
  it('sales consultant: the waiting visitor is on top with a big “我已出迎”; pressing it records the reception', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/my-visits': { body: myDay() },
      'GET /api/notifications/unread-count': { body: { count: 1 } },
      'POST /api/reception/visits/v1/receive': { body: { ...visit({ id: 'v1', visitorName: '王先生', status: 'received' }), alreadyReceived: false } },
    });
    renderStaffPage(<ConsultantPage />, salesMe);
    const card = await screen.findByTestId('handoff-v1');
    expect(within(card).getByText('客户 王先生 正在等候您')).toBeTruthy();
    expect(within(card).getByTestId('wait-v1').getAttribute('data-overdue')).toBe('false');
    expect(screen.getByText('陈总')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: '我已出迎' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/reception/visits/v1/receive')).toBe(true));
    expect(await screen.findByText('已记录出迎')).toBeTruthy();
  });

  it('sales consultant: today’s visitor’s phone is masked; revealed (the read logged), it becomes a link to call', async () => {
    const received = visit({ id: 'v5', visitorName: '赵女士', status: 'received', visitorPhone: '138****1111', visitorPhoneRevealable: true, allowedActions: [] });
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/notifications/unread-count': { body: { count: 0 } },
      'GET /api/reception/my-visits': { body: myDay({ items: [received], handOffs: [] }) },
      'POST /api/personal-data/reveal': { body: { field: 'phone', value: '13800001111', loggedAt: NOW } },
    });
    renderStaffPage(<ConsultantPage />, salesMe);
    const card = (await screen.findByText('赵女士')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('138****1111')).toBeTruthy();
    expect(within(card).queryByRole('link')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: '查看完整手机号' }));
    expect((await within(card).findByRole('link', { name: '13800001111' })).getAttribute('href')).toBe('tel:13800001111');
    expect(requests.find((r) => r.path === '/api/personal-data/reveal')?.body).toEqual({ subjectType: 'visit', visitId: 'v5', field: 'phone', page: '/' });
  });

  it('a hand-off arriving over the notification stream shows at once and the new visitor appears', async () => {
    let reads = 0;
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/notifications/unread-count': { body: { count: 0 } },
      'GET /api/reception/my-visits': () => {
        reads++;
        return { body: reads === 1 ? myDay({ items: [], handOffs: [] }) : myDay() };
      },
    });
    renderStaffPage(<ConsultantPage />, salesMe);
    expect(await screen.findByText('暂时没有交接给您的客户')).toBeTruthy();
    const stream = FakeEventSource.find('/api/notifications/stream');
    expect(stream).toBeTruthy();
    expect(FakeEventSource.find('/api/reception/board/stream?salesCenterId=sc1')).toBeTruthy();
    act(() => stream!.emit('notification', { id: 'n1', title: '客户到访：王先生（预约到访）', body: '请尽快出迎。', createdAt: NOW, readAt: null }));
    expect(await screen.findByText('客户到访：王先生（预约到访）')).toBeTruthy();
    expect(await screen.findByTestId('handoff-v1')).toBeTruthy();
  });

  it('butler: the page belongs to the sales side and is forbidden', async () => {
    mockFetch({});
    renderStaffPage(<ConsultantPage />, butlerMe);
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
