import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { Roster } from './api';
import { centersReply } from './reception-fixtures';
import { ReceptionSettingsPage } from './ReceptionSettingsPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
};

const entry = (id: string, name: string, position: number, walkIns: number) => ({
  id: `r-${id}`,
  consultantId: id,
  consultantName: name,
  position,
  onDuty: true,
  busy: false,
  walkIns,
  turnCredit: 0,
  available: true,
  version: 1,
});
const roster: Roster = {
  salesCenterId: 'sc1',
  date: '2026-03-02',
  entries: [entry('u1', '销售顾问 孙丽', 1, 3), entry('u2', '销售顾问 何静', 2, 2), entry('u3', '销售顾问 马超', 3, 2)],
  rotation: { next: { id: 'u2', name: '销售顾问 何静' }, reason: null, standings: [] },
  hosts: [
    { id: 'u1', name: '销售顾问 孙丽', roles: ['salesConsultant'] },
    { id: 'u2', name: '销售顾问 何静', roles: ['salesConsultant'] },
    { id: 'u3', name: '销售顾问 马超', roles: ['salesConsultant'] },
  ],
};
const services = {
  items: [
    { id: 's1', projectId: 'p1', number: 1, name: '售楼现场交通引导与秩序维护服务', enabled: true, origin: 'seed', version: 1 },
    { id: 's19', projectId: 'p1', number: 19, name: '贵宾(VIP)接待服务', enabled: true, origin: 'seed', version: 1 },
  ],
};
const routes = {
  'GET /api/projects/p1/sales-centers': centersReply,
  'GET /api/reception/roster': { body: roster },
  'GET /api/reception/settings': { body: { salesCenterId: 'sc1', alertThresholdSeconds: 60, version: 1 } },
  'GET /api/reception/services': { body: services },
};

describe('reception settings', () => {
  it('butler: moves 马超 up, takes 孙丽 off duty and saves the roster in that order', async () => {
    const { requests } = mockFetch({ ...routes, 'PUT /api/reception/roster': { body: roster } });
    renderStaffPage(<ReceptionSettingsPage />, butlerMe);
    expect(await screen.findByText('销售顾问 马超')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '上移 销售顾问 马超' }));
    fireEvent.click(screen.getByRole('switch', { name: '值班 销售顾问 孙丽' }));
    fireEvent.click(screen.getByRole('button', { name: '保存值班表' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')).toBeTruthy());
    expect(requests.find((r) => r.method === 'PUT')!.body).toMatchObject({
      salesCenterId: 'sc1',
      entries: [
        { consultantId: 'u1', onDuty: false },
        { consultantId: 'u3', onDuty: true },
        { consultantId: 'u2', onDuty: true },
      ],
    });
    // The butler keeps the roster but not the service center's configuration.
    expect(screen.getByText('只有服务中心经理可以修改这些设置')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /添加服务项目/ })).toBeNull();
  });

  it('butler: removing a consultant from the day asks first', async () => {
    mockFetch(routes);
    renderStaffPage(<ReceptionSettingsPage />, butlerMe);
    fireEvent.click(await screen.findByRole('button', { name: '移出 销售顾问 何静' }));
    expect(await screen.findByText('将 销售顾问 何静 移出当天值班表？')).toBeTruthy();
    expect(screen.getByText('销售顾问 何静')).toBeTruthy();
  });

  it('manager: saves the alert threshold; the server’s reason shows under the field', async () => {
    const { requests } = mockFetch({
      ...routes,
      'PUT /api/reception/settings': {
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { alertThresholdSeconds: '不能小于 15' } } },
      },
    });
    renderStaffPage(<ReceptionSettingsPage />, managerMe);
    const input = await screen.findByLabelText('接待提醒时限（秒）');
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('60'));
    fireEvent.change(input, { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('不能小于 15')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({ salesCenterId: 'sc1', alertThresholdSeconds: 90, version: 1 });
  });

  it('manager: the reference services as printed; switching one off', async () => {
    const { requests } = mockFetch({ ...routes, 'PATCH /api/reception/services/s19': { body: { ...services.items[1], enabled: false, version: 2 } } });
    renderStaffPage(<ReceptionSettingsPage />, managerMe);
    const table = (await screen.findByText('贵宾(VIP)接待服务')).closest('table')!;
    expect(within(table).getByText('售楼现场交通引导与秩序维护服务')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: '启用 19' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ enabled: false, version: 1 }));
  });
});
