import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { GreetingPreview, LifeSecretarySettings, Relay, WakeUpCall } from './api';
import { LifeSecretaryPage } from './LifeSecretaryPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = { ...butlerMe, user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] } };
const regionalMe: Me = { ...butlerMe, user: { id: 'u-regional', username: 'regional', name: '李强', kind: 'staff', roles: ['regionalHead'] } };
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const household = { id: 'h1', label: '1号楼 1-101（吴宅）' };

const wakeUp = (patch: Partial<WakeUpCall> = {}): WakeUpCall => ({
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
  createdBy: { id: 'u-butler', name: '李管家' },
  createdAt: '2026-03-02T06:00:00.000Z',
  cancelledAt: null,
  version: 1,
  allowedActions: ['cancel'],
  ...patch,
});
const relay = (patch: Partial<Relay> = {}): Relay => ({
  id: 'r1',
  projectId: 'p1',
  household,
  fromName: '王女士',
  text: '明天上午来取梯子',
  urgent: false,
  status: 'delivered',
  recordedBy: { id: 'u-butler', name: '李管家' },
  deliveredAt: '2026-03-02T06:00:00.000Z',
  deliveries: { queued: 0, sent: 2, failed: 0, suppressed: 0 },
  confirmedAt: null,
  confirmedBy: null,
  confirmedHow: null,
  remindedAt: null,
  cancelledAt: null,
  createdAt: '2026-03-02T06:00:00.000Z',
  version: 1,
  allowedActions: ['confirmByCall', 'cancel'],
  ...patch,
});
const settings: LifeSecretarySettings = {
  projectId: 'p1',
  greetingsEnabled: true,
  festivals: ['midAutumn', 'nationalDay'],
  birthdaysEnabled: true,
  festivalText: '${name}您好，${festival}快乐！',
  birthdayText: '${name}您好，祝${member}生日快乐！',
  channel: 'sms',
  relayReminderHours: 4,
  isDefault: false,
  version: 3,
  festivalChoices: [
    { key: 'midAutumn', name: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' } },
    { key: 'nationalDay', name: { 'zh-CN': '国庆节', en: 'National Day' } },
    { key: 'doubleNinth', name: { 'zh-CN': '重阳节', en: 'Double Ninth Festival' } },
  ],
};
const preview: GreetingPreview = {
  enabled: true,
  from: '2026-09-20',
  days: 30,
  items: [
    { date: '2026-09-25', kind: 'festival', festival: { key: 'midAutumn', name: '中秋节' }, household: null, member: null },
    { date: '2026-09-25', kind: 'birthday', festival: null, household, member: { name: '吴奶奶', relation: 'grandparent', birthday: '农历八月十五' } },
  ],
};

describe('生活秘书 page', () => {
  it('butler: the wake-up calls of the project; cancelling asks first and posts once', async () => {
    let calls = [wakeUp()];
    const { requests } = mockFetch({
      'GET /api/life-secretary/wake-up-calls': () => ({ body: page(calls) }),
      'POST /api/life-secretary/wake-up-calls/w1/cancel': () => {
        calls = [wakeUp({ status: 'cancelled', nextAt: null, allowedActions: [] })];
        return { body: calls[0] };
      },
    });
    renderStaffPage(<LifeSecretaryPage />, butlerMe, '/life-secretary');
    const row = (await screen.findByText('1号楼 1-101（吴宅）')).closest('tr')!;
    expect(within(row).getByText('每天 06:30')).toBeTruthy();
    expect(within(row).getByText('进行中')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '取消' }));
    const pop = await screen.findByText('确定取消这个叫醒服务吗？已排定的叫醒消息也将撤回。');
    fireEvent.click(within(pop.closest('.ant-popover') as HTMLElement).getByRole('button', { name: '确定取消' }));
    expect(await screen.findByText('已取消叫醒服务')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/api/life-secretary/wake-up-calls/w1/cancel']);
    expect(await screen.findByText('已取消')).toBeTruthy();
  });

  it('butler: records a message for a household, sees how it went, and confirms it after a call', async () => {
    const hh = { id: 'h1', projectId: 'p1', name: '吴宅', unit: { id: 'u1', code: '1-101', floor: 1, buildingId: 'b1', buildingCode: '1', buildingName: '1号楼' }, members: [{ id: 'm1', ownerId: 'o1', name: '吴先生', phone: null, idNumber: null, relation: 'owner', hasAccount: true }], version: 1 };
    let relays: Relay[] = [];
    const { requests } = mockFetch({
      'GET /api/life-secretary/relays': () => ({ body: page(relays) }),
      'GET /api/life-secretary/wake-up-calls': { body: page([]) },
      'GET /api/projects/p1/households': { body: page([hh]) },
      'POST /api/life-secretary/relays': () => {
        relays = [relay()];
        return { status: 201, body: relays[0] };
      },
      'POST /api/life-secretary/relays/r1/confirm': () => {
        relays = [relay({ status: 'confirmed', confirmedHow: 'call', confirmedAt: '2026-03-02T07:00:00.000Z', allowedActions: [] })];
        return { body: relays[0] };
      },
    });
    renderStaffPage(<LifeSecretaryPage />, butlerMe, '/life-secretary?tab=relays');
    expect(await screen.findByText('访客或快递留给住户的话，登记后会立即通过站内消息和短信转达。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /登记留言/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('住户'));
    fireEvent.click((await screen.findAllByTitle('1号楼 1-101（吴先生）')).at(-1)!);
    fireEvent.change(within(dialog).getByLabelText('留言人'), { target: { value: '王女士' } });
    fireEvent.change(within(dialog).getByLabelText('留言内容'), { target: { value: '明天上午来取梯子' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('留言已登记并转达')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ projectId: 'p1', householdId: 'h1', fromName: '王女士', text: '明天上午来取梯子', urgent: false });
    const row = await waitFor(() => screen.getAllByText('明天上午来取梯子').map((el) => el.closest('tr')).find(Boolean)!);
    expect(within(row).getByText('已发 2 · 排队 0 · 未发 0 · 失败 0')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '电话确认收到' }));
    const pop = await screen.findByText('已电话联系业主并确认其收到留言？');
    fireEvent.click(within(pop.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确/ }));
    expect(await screen.findByText('管家电话确认', { exact: false })).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/life-secretary/relays/r1/confirm')!.body).toEqual({ version: 1 });
  });

  it('manager: greeting settings, the 30-day preview and the sent log; saving sends the version', async () => {
    const { requests } = mockFetch({
      'GET /api/life-secretary/wake-up-calls': { body: page([]) },
      'GET /api/life-secretary/settings': { body: settings },
      'GET /api/life-secretary/greetings/preview': { body: preview },
      'GET /api/life-secretary/greetings/sent': { body: page([{ id: 's1', date: '2026-09-25', kind: 'festival', festival: { key: 'midAutumn', name: '中秋节' }, household: null, memberName: null, broadcastId: 'b1', messageCount: 118, createdAt: '2026-09-25T01:00:00.000Z' }]) },
      'PUT /api/life-secretary/settings': (req) => ({ body: { ...settings, ...(req.body as object), version: 4 } }),
    });
    renderStaffPage(<LifeSecretaryPage />, managerMe, '/life-secretary?tab=greetings');
    const previewTable = (await screen.findByText('未来 30 天的问候')).closest('.ant-table-wrapper') as HTMLElement;
    expect(await within(previewTable).findByText('吴奶奶（农历八月十五）')).toBeTruthy();
    expect(within(previewTable).getByText('全体住户')).toBeTruthy();
    const sentTable = screen.getByText('发送记录').closest('.ant-table-wrapper') as HTMLElement;
    expect(await within(sentTable).findByText('118')).toBeTruthy();
    const festivals = screen.getByText('问候的节日').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect((within(festivals).getByRole('checkbox', { name: '中秋节' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(festivals).getByRole('checkbox', { name: '重阳节' }));
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('设置已保存')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PUT')!.body).toMatchObject({ projectId: 'p1', version: 3, festivals: ['midAutumn', 'nationalDay', 'doubleNinth'], relayReminderHours: 4 });
  });

  it('regional head: reads the greetings but cannot change them; no add buttons', async () => {
    mockFetch({
      'GET /api/life-secretary/wake-up-calls': { body: page([]) },
      'GET /api/life-secretary/settings': { body: settings },
      'GET /api/life-secretary/greetings/preview': { body: { ...preview, enabled: false, items: [] } },
      'GET /api/life-secretary/greetings/sent': { body: page([]) },
    });
    renderStaffPage(<LifeSecretaryPage />, regionalMe, '/life-secretary');
    expect(await screen.findByText('业主可在手机上自行设置，也可由管家代为登记。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记叫醒/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '节日与生日问候' }));
    expect(await screen.findByText('问候尚未启用，以下为启用后将发送的问候')).toBeTruthy();
    expect(screen.getByText(/未来 30 天没有需要发送的问候/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存设置' })).toBeNull();
  });
});
