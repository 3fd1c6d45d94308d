import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../testing/utils';
import type { Relay, WakeUpCall } from '../../features/life-secretary/api';
import { myHouseholds, ownerMe, renderH5 } from '../services/test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 50 });
const household = { id: 'h1', label: '1号楼 1-101（吴宅）' };
const call: WakeUpCall = {
  id: 'w1',
  projectId: 'p1',
  household,
  owner: { id: 'o1', name: '吴先生' },
  time: '06:30',
  repeat: 'daily',
  date: null,
  note: '早班机',
  channel: 'sms',
  status: 'active',
  nextAt: '2026-03-02T22:30:00.000Z',
  lastMessageId: null,
  createdBy: { id: 'o1', name: '吴先生' },
  createdAt: '2026-03-02T06:00:00.000Z',
  cancelledAt: null,
  version: 1,
  allowedActions: ['cancel'],
};
const relay: Relay = {
  id: 'r1',
  projectId: 'p1',
  household,
  fromName: '顺丰快递员',
  text: '生鲜包裹已放前台冰箱',
  urgent: true,
  status: 'delivered',
  recordedBy: { id: 'u-butler', name: '刘芳' },
  deliveredAt: '2026-03-02T06:00:00.000Z',
  deliveries: { queued: 0, sent: 2, failed: 0, suppressed: 0 },
  confirmedAt: null,
  confirmedBy: null,
  confirmedHow: null,
  remindedAt: null,
  cancelledAt: null,
  createdAt: '2026-03-02T06:00:00.000Z',
  version: 2,
  allowedActions: ['confirm'],
};
const prefs = { owner: { id: 'o1', name: '吴先生' }, email: null, optOuts: [{ topic: 'communityNews', channel: 'sms' }] };
const base = { 'GET /api/me': { body: ownerMe }, 'GET /api/households/mine': { body: myHouseholds } };

describe('owner H5: 生活秘书', () => {
  it('owner: opens it from home, confirms a message 已收到 and cancels a wake-up call after confirming', async () => {
    let relays = [relay];
    let calls = [call];
    const { requests } = mockFetch({
      ...base,
      'GET /api/h5/life-secretary/relays': () => ({ body: page(relays) }),
      'GET /api/h5/life-secretary/wake-up-calls': () => ({ body: page(calls) }),
      'GET /api/messaging/my-preferences': { body: prefs },
      'POST /api/h5/life-secretary/relays/r1/confirm': () => {
        relays = [{ ...relay, status: 'confirmed', allowedActions: [] }];
        return { body: relays[0] };
      },
      'POST /api/h5/life-secretary/wake-up-calls/w1/cancel': () => {
        calls = [{ ...call, status: 'cancelled', nextAt: null, allowedActions: [] }];
        return { body: calls[0] };
      },
    });
    renderH5('/h5/');
    fireEvent.click(await screen.findByTestId('home-life-secretary'));
    const item = await screen.findByTestId('my-relay');
    expect(within(item).getByText('生鲜包裹已放前台冰箱')).toBeTruthy();
    expect(within(item).getByText('紧急')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: '已收到' }));
    expect(await within(await screen.findByTestId('my-relay')).findByText('已确认收到')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/h5/life-secretary/relays/r1/confirm')!.body).toEqual({ version: 2 });

    const wake = screen.getByTestId('my-wake-up');
    expect(within(wake).getByText('每天 06:30')).toBeTruthy();
    fireEvent.click(within(wake).getByRole('button', { name: '取消叫醒' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消叫醒' }));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/h5/life-secretary/wake-up-calls/w1/cancel')).toBe(true));
    expect(await within(screen.getByTestId('my-wake-up')).findByText('已取消')).toBeTruthy();
  });

  it('owner: sets a one-off wake-up call; a refusal from the server lands on its field', async () => {
    let posts = 0;
    const { requests } = mockFetch({
      ...base,
      'GET /api/h5/life-secretary/relays': { body: page([]) },
      'GET /api/h5/life-secretary/wake-up-calls': { body: page([]) },
      'GET /api/messaging/my-preferences': { body: prefs },
      'POST /api/h5/life-secretary/wake-up-calls': () =>
        ++posts === 1 ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { date: '叫醒时间已过，请选择以后的时间' } } } } : { status: 201, body: call },
    });
    renderH5('/h5/messages');
    expect(await screen.findByText('暂无留言')).toBeTruthy();
    expect(await screen.findByText('还没有设置叫醒')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '添加叫醒' }));
    fireEvent.click(await screen.findByText('单次'));
    fireEvent.change(await screen.findByTestId('service-date'), { target: { value: '2030-05-01' } });
    fireEvent.change(screen.getByTestId('wake-time'), { target: { value: '07:15' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('叫醒时间已过，请选择以后的时间')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(posts).toBe(2));
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { repeat: 'once', channel: 'sms', time: '07:15', date: '2030-05-01', note: null },
      { repeat: 'once', channel: 'sms', time: '07:15', date: '2030-05-01', note: null },
    ]);
  });

  it('owner: turns weather SMS off, keeping the other opt-outs; emergencies have no switch', async () => {
    const { requests } = mockFetch({
      ...base,
      'GET /api/h5/life-secretary/relays': { body: page([]) },
      'GET /api/h5/life-secretary/wake-up-calls': { body: page([]) },
      'GET /api/messaging/my-preferences': { body: prefs },
      'PUT /api/messaging/my-preferences': (req) => ({ body: { ...prefs, ...(req.body as object) } }),
    });
    renderH5('/h5/messages');
    const emergency = await screen.findByTestId('pref-emergency');
    expect(within(emergency).getByText('不可关闭')).toBeTruthy();
    expect(within(emergency).queryByRole('switch')).toBeNull();
    const news = screen.getByTestId('pref-communityNews');
    expect(within(news).getByRole('switch', { name: '社区信息 短信' }).getAttribute('aria-checked')).toBe('false');
    fireEvent.click(within(screen.getByTestId('pref-weather')).getByRole('switch', { name: '恶劣天气提醒 短信' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({
      optOuts: [
        { topic: 'communityNews', channel: 'sms' },
        { topic: 'weather', channel: 'sms' },
      ],
    });
  });
});
