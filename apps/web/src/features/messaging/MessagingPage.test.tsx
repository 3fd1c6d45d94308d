import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { Broadcast, Message } from './api';
import { MessagingPage } from './MessagingPage';

afterEach(() => vi.unstubAllGlobals());

const regionalMe: Me = {
  user: { id: 'u-regional', username: 'regional', name: '李强', kind: 'staff', roles: ['regionalHead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const message = (patch: Partial<Message> = {}): Message => ({
  id: 'm1',
  projectId: 'p1',
  channel: 'sms',
  topic: 'communityNews',
  owner: { id: 'o1', name: '吴先生' },
  user: null,
  address: '138****5678',
  title: '社区信息',
  body: '【社区信息】周六会所亲子活动。',
  status: 'failed',
  attempts: 1,
  urgent: false,
  requestedTime: false,
  notBefore: '2026-03-02T06:00:00.000Z',
  deferred: false,
  nextAttemptAt: '2026-03-02T06:00:00.000Z',
  providerMessageId: null,
  lastError: 'smsNotConfigured',
  lastErrorText: '短信通道未配置（需设置 GUANJIA_SMS_ACCESS_KEY_ID / SECRET / SIGN_NAME）',
  sentAt: null,
  broadcastId: null,
  createdAt: '2026-03-02T06:00:00.000Z',
  allowedActions: ['resend'],
  ...patch,
});
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const broadcast: Broadcast = {
  id: 'b1',
  projectId: 'p1',
  buildingIds: null,
  tags: null,
  topic: 'weather',
  channel: 'sms',
  title: '天气提醒',
  body: '【恶劣天气提醒】今晚有暴雨。',
  urgent: false,
  audienceCount: 120,
  queuedCount: 118,
  optedOutCount: 2,
  unreachableCount: 0,
  status: 'queued',
  failure: null,
  allowedActions: [],
  expansion: { done: 120, total: 120 },
  notBefore: '2026-03-02T06:00:00.000Z',
  createdBy: { id: 'u-butler', name: '李管家' },
  createdAt: '2026-03-02T06:00:00.000Z',
  progress: { queued: 118, sending: 0, sent: 0, failed: 0, suppressed: 2 },
};
const channels = { inApp: { configured: true }, sms: { configured: false, provider: 'aliyun', signName: null, endpoint: 'https://dysmsapi.aliyuncs.com/', ratePerSecond: 50 }, email: { configured: false, from: null, ratePerSecond: 10 } };

describe('messaging page', () => {
  it('butler: the outbox shows a failed SMS with its reason; resend after confirming', async () => {
    let items = [message(), message({ id: 'm2', status: 'queued', deferred: true, lastError: null, lastErrorText: null, allowedActions: [], topic: 'weather' })];
    const { requests } = mockFetch({
      'GET /api/messaging/messages': () => ({ body: page(items) }),
      'POST /api/messaging/messages/m1/resend': () => {
        items = [message({ status: 'queued', lastError: null, lastErrorText: null, allowedActions: [] }), items[1]!];
        return { body: items[0] };
      },
    });
    renderStaffPage(<MessagingPage />, butlerMe, '/messaging');
    const row = (await screen.findByText('短信通道未配置（需设置 GUANJIA_SMS_ACCESS_KEY_ID / SECRET / SIGN_NAME）')).closest('tr')!;
    expect(within(row).getByText('失败')).toBeTruthy();
    expect(within(row).getByText('社区信息')).toBeTruthy();
    expect(screen.getByText('免打扰顺延')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '重新发送' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/messaging/messages/m1/resend')).toBe(true));
    expect(await screen.findByText('已重新排队发送')).toBeTruthy();
  });

  it('butler: composes a broadcast, sees the audience, confirms, and the key is sent once per draft', async () => {
    let history: Broadcast[] = [];
    const { requests } = mockFetch({
      'GET /api/messaging/messages': { body: page([]) },
      'GET /api/projects/p1/buildings': { body: page([{ id: 'bd1', code: '1', name: '1号楼' }]) },
      'GET /api/messaging/audience': { body: { audience: 120, optedOut: 2, unreachable: 0, reachable: 118 } },
      'GET /api/messaging/channels': { body: channels },
      'GET /api/messaging/broadcasts': () => ({ body: page(history) }),
      'POST /api/messaging/broadcasts': () => {
        history = [broadcast];
        return { status: 201, body: broadcast };
      },
    });
    renderStaffPage(<MessagingPage />, butlerMe, '/messaging?tab=broadcast');
    expect(await screen.findByText('收件范围：共 120 位业主：将发送 118 位，已退订 2 位，无法送达 0 位')).toBeTruthy();
    expect(screen.getByText('短信通道未配置：短信将标记为失败并注明原因。')).toBeTruthy();
    expect(screen.getByText('还没有群发记录')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('消息内容'), { target: { value: '今晚有暴雨。' } });
    fireEvent.click(screen.getByRole('button', { name: '群发' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('将向 118 位业主发送“恶劣天气提醒”（短信），发出后不能撤回。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '群发' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const sent = requests.find((r) => r.method === 'POST')!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ projectId: 'p1', topic: 'weather', channel: 'sms', text: '今晚有暴雨。', urgent: false });
    expect(sent.idempotencyKey).toMatch(/^bc-/);
    expect(await screen.findByText('已排队：118 条')).toBeTruthy();
    expect(await screen.findByText('已发送 0 / 118 · 失败 0 · 未发送 2')).toBeTruthy();
  });

  it('butler: a broadcast the server gave up writing shows how far it got and why; 重试 sends it on', async () => {
    let history: Broadcast[] = [{ ...broadcast, status: 'failed', failure: 'SQLITE_FULL: database or disk is full', allowedActions: ['retry'], expansion: { done: 4000, total: 12000 } }];
    const { requests } = mockFetch({
      'GET /api/messaging/messages': { body: page([]) },
      'GET /api/projects/p1/buildings': { body: page([]) },
      'GET /api/messaging/audience': { body: { audience: 120, optedOut: 2, unreachable: 0, reachable: 118 } },
      'GET /api/messaging/channels': { body: channels },
      'GET /api/messaging/broadcasts': () => ({ body: page(history) }),
      'POST /api/messaging/broadcasts/b1/retry': () => {
        history = [{ ...history[0]!, status: 'expanding', failure: null, allowedActions: [] }];
        return { body: history[0] };
      },
    });
    renderStaffPage(<MessagingPage />, butlerMe, '/messaging?tab=broadcast');
    expect(await screen.findByText('生成中断：已生成 4000 / 12000 户')).toBeTruthy();
    expect(screen.getByText('SQLITE_FULL: database or disk is full')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /重试/ }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/messaging/broadcasts/b1/retry')).toBe(true));
    expect(await screen.findByText('已重新开始，已生成的住户不会重复收到')).toBeTruthy();
    expect(await screen.findByText('正在生成 4000 / 12000 户')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /重试/ })).toBeNull();
  });

  it('butler: narrows a broadcast to elderly households; the count before sending asks for the tag and the post carries it', async () => {
    const { requests } = mockFetch({
      'GET /api/messaging/messages': { body: page([]) },
      'GET /api/projects/p1/buildings': { body: page([]) },
      'GET /api/messaging/audience': (req) => ({ body: req.search.get('tags') === 'elderly' ? { audience: 12, optedOut: 1, unreachable: 1, reachable: 10 } : { audience: 120, optedOut: 2, unreachable: 0, reachable: 118 } }),
      'GET /api/messaging/channels': { body: channels },
      'GET /api/messaging/broadcasts': { body: page([]) },
      'POST /api/messaging/broadcasts': { status: 201, body: { ...broadcast, tags: ['elderly'], queuedCount: 10 } },
    });
    renderStaffPage(<MessagingPage />, butlerMe, '/messaging?tab=broadcast');
    await screen.findByText('收件范围：共 120 位业主：将发送 118 位，已退订 2 位，无法送达 0 位');
    const field = screen.getByText('档案标签').closest('.ant-form-item') as HTMLElement;
    fireEvent.mouseDown(within(field).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('老人家庭'));
    expect(await screen.findByText('收件范围：共 12 位业主：将发送 10 位，已退订 1 位，无法送达 1 位')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('消息内容'), { target: { value: '高温预警，请老人减少外出。' } });
    fireEvent.click(screen.getByRole('button', { name: '群发' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/将向 10 位业主发送/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '群发' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'POST')!.body).toMatchObject({ tags: ['elderly'], text: '高温预警，请老人减少外出。' });
  });

  it('regional head: reads templates and channels, cannot broadcast or edit', async () => {
    mockFetch({
      'GET /api/messaging/messages': { body: page([]) },
      'GET /api/messaging/templates': { body: { items: [{ topic: 'weather', title: '天气提醒', text: '【恶劣天气提醒】${content}', smsTemplateCode: 'SMS_468120001', custom: true, variables: ['content'], version: 1 }] } },
      'GET /api/messaging/channels': { body: channels },
      'GET /api/messaging/settings': { body: { projectId: 'p1', quietStart: '21:00', quietEnd: '08:00', isDefault: true } },
    });
    renderStaffPage(<MessagingPage />, regionalMe, '/messaging?tab=templates');
    expect(await screen.findByText('SMS_468120001')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '群发' })).toBeNull();
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '渠道' }));
    const card = (title: string) => screen.getByText(title).closest('.ant-card') as HTMLElement;
    expect(await screen.findByText('50 条/秒')).toBeTruthy();
    expect(within(card('短信（阿里云短信服务）')).getByText('未配置')).toBeTruthy();
    expect(within(card('电子邮件（SMTP）')).getByText('未配置')).toBeTruthy();
    expect(within(card('站内消息')).getByText('已配置')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存免打扰时段' })).toBeNull();
  });
});
