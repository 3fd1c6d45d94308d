import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { mockFetch, renderStaffPage } from '../../testing/utils';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { ago, centersReply, serviceRecord, technicianMe, visit } from './reception-fixtures';
import { VisitsPage } from './VisitsPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
};

const done = visit({
  id: 'v1',
  visitorName: '王先生',
  status: 'departed',
  secondsWaited: 42,
  receivedAt: ago(0),
  accompaniment: { applicable: true, complete: true, required: ['businessCard', 'waterBarDrink', 'farewell'], missing: [] },
});
const partial = visit({
  id: 'v2',
  visitorName: '匆忙客户',
  status: 'departed',
  secondsWaited: 95,
  assignedVia: 'requested',
  accompaniment: { applicable: true, complete: false, required: ['businessCard', 'waterBarDrink', 'farewell'], missing: ['closingQuestion'] },
});

describe('visit history', () => {
  it('manager: lists the day’s visits with consultant, wait and accompaniment; filtering incomplete asks the server for complete=false', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/visits': (req) => ({ body: { items: req.search.get('complete') === 'false' ? [partial] : [done, partial], total: 2, page: 1, pageSize: 20 } }),
    });
    renderStaffPage(<VisitsPage />, managerMe);
    expect(await screen.findByText('王先生')).toBeTruthy();
    expect(screen.getByText('陪同完整')).toBeTruthy();
    expect(screen.getByText('陪同未完成')).toBeTruthy();
    expect(screen.getByText('42 秒')).toBeTruthy();
    expect(screen.getByText('1 分 35 秒')).toBeTruthy();
    expect(screen.getByText('(客户指定)')).toBeTruthy();
    fireEvent.click(screen.getByText('未完成'));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/reception/visits' && r.search.get('complete') === 'false')).toBe(true));
    await waitFor(() => expect(screen.queryByText('王先生')).toBeNull());
    const first = requests.find((r) => r.path === '/api/reception/visits')!;
    expect(first.search.get('salesCenterId')).toBe('sc1');
    expect(first.search.get('dateFrom')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('manager: opening a visit shows its history of hand-off, alert and steps', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/visits': { body: { items: [done], total: 1, page: 1, pageSize: 20 } },
      'GET /api/reception/visits/v1': {
        body: {
          ...done,
          events: [
            { id: 'e1', action: 'checkIn', step: null, outcome: null, fromStatus: null, toStatus: 'waiting', actor: { id: 'b', name: '管家 刘芳' }, data: null, at: ago(200) },
            { id: 'e2', action: 'handOff', step: null, outcome: null, fromStatus: null, toStatus: null, actor: { id: 'b', name: '管家 刘芳' }, data: null, at: ago(200) },
            { id: 'e3', action: 'alert', step: null, outcome: null, fromStatus: null, toStatus: null, actor: null, data: null, at: ago(140) },
            { id: 'e4', action: 'recordStep', step: 'waterBarDrink', outcome: 'declined', fromStatus: 'waiting', toStatus: 'waiting', actor: { id: 'b', name: '管家 刘芳' }, data: null, at: ago(100) },
          ],
          alerts: [],
        },
      },
    });
    renderStaffPage(<VisitsPage />, managerMe);
    fireEvent.click(await screen.findByText('王先生'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText(/通知销售 · 管家 刘芳/)).toBeTruthy();
    expect(within(drawer).getByText(/超时提醒/)).toBeTruthy();
    expect(within(drawer).getByText(/服务环节：水吧饮品（客户婉拒）/)).toBeTruthy();
  });

  it('empty day: says so; technicians are forbidden', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/reception/visits': { body: { items: [], total: 0, page: 1, pageSize: 20 } } });
    const view = renderStaffPage(<VisitsPage />, managerMe);
    expect(await screen.findByText('所选日期没有来访记录')).toBeTruthy();
    view.unmount();
    renderStaffPage(<VisitsPage />, technicianMe);
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });

  it('manager: the 服务记录 tab lists the day’s services with time, visitor or standalone, note and who; another day with none says so', async () => {
    const today = businessDate(new Date());
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/visits': { body: { items: [done], total: 1, page: 1, pageSize: 20 } },
      'GET /api/reception/service-records': (req) => ({
        body: {
          items:
            req.search.get('date') === today
              ? [
                  serviceRecord({ id: 'r2', visitId: 'v1', visitorName: '王先生', service: { id: 's3', number: 3, name: '礼宾接待和行李服务' }, note: '帮提行李箱', recordedAt: ago(60), recordedBy: { id: 'u-front', name: '孙前台' } }),
                  serviceRecord({ id: 'r1', recordedAt: ago(600) }),
                ]
              : [],
        },
      }),
    });
    renderStaffPage(<VisitsPage />, managerMe);
    await screen.findByText('王先生');
    fireEvent.click(screen.getByRole('tab', { name: '服务记录' }));
    const panel = await screen.findByRole('tabpanel', { name: '服务记录' });
    const row = (await within(panel).findByText('3. 礼宾接待和行李服务')).closest('tr')!;
    expect(within(row).getByText('09:59')).toBeTruthy();
    expect(within(row).getByText('王先生')).toBeTruthy();
    expect(within(row).getByText('帮提行李箱')).toBeTruthy();
    expect(within(row).getByText('孙前台')).toBeTruthy();
    const standalone = within(panel).getByText('1. 售楼现场交通引导与秩序维护服务').closest('tr')!;
    expect(within(standalone).getByText('独立任务')).toBeTruthy();
    expect(within(standalone).getByText('09:50')).toBeTruthy();
    expect(within(standalone).getByText('李管家')).toBeTruthy();
    const first = requests.find((r) => r.path === '/api/reception/service-records')!;
    expect(first.search.get('salesCenterId')).toBe('sc1');
    expect(first.search.get('date')).toBe(today);

    const picker = within(panel).getByLabelText('日期');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '2026-02-27' } });
    fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(requests.some((r) => r.path === '/api/reception/service-records' && r.search.get('date') === '2026-02-27')).toBe(true));
    expect(await within(panel).findByText('所选日期没有服务记录')).toBeTruthy();
  });

  it('the 服务记录 tab shows the server’s error with a retry', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/reception/visits': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
      'GET /api/reception/service-records': { status: 403, body: { error: { code: 'FORBIDDEN', message: '无权查看该销售中心' } } },
    });
    renderStaffPage(<VisitsPage />, managerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '服务记录' }));
    expect(await screen.findByText(/无权查看该销售中心/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });
});
