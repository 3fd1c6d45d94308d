import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { businessDate } from '@guanjia/domain/shared/business-date';
import type { Me } from '../../ui/auth';
import { mockFetch, renderStaffPage } from '../../testing/utils';
import { centersReply, technicianMe } from '../reception/reception-fixtures';
import type { DayFigures, SalesDashboard, VisitFigures } from './api';
import { SalesDashboardPage } from './SalesDashboardPage';

afterEach(() => vi.unstubAllGlobals());

const me = (roles: Me['user']['roles'], name = '管家 刘芳'): Me => ({
  user: { id: 'u1', username: 'someone', name, kind: 'staff', roles },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '江湾壹号' }],
});

const zero: VisitFigures = {
  visitors: 0,
  people: 0,
  byType: { appointment: 0, walkIn: 0, viewingGroup: 0, vip: 0 },
  walkIns: 0,
  appointments: 0,
  noShows: 0,
  received: 0,
  averageWaitSeconds: null,
  alertsRaised: 0,
  alertsHandled: 0,
  accompanimentComplete: 0,
  departed: 0,
};
const dates = ['2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'];
const busyDay: DayFigures = {
  date: '2026-03-02',
  visitors: 5,
  people: 19,
  byType: { appointment: 1, walkIn: 3, viewingGroup: 1, vip: 0 },
  walkIns: 3,
  appointments: 1,
  noShows: 1,
  received: 4,
  averageWaitSeconds: 60,
  alertsRaised: 2,
  alertsHandled: 1,
  accompanimentComplete: 1,
  departed: 2,
};

function dashboard(over: Partial<SalesDashboard> = {}): SalesDashboard {
  return {
    salesCenter: { id: 'sc1', name: '江湾壹号 销售中心', projectId: 'p1' },
    from: dates[0]!,
    to: dates.at(-1)!,
    today: '2026-03-02',
    days: dates.map((date) => (date === busyDay.date ? busyDay : { date, ...zero })),
    consultants: [
      { consultant: { id: 's1', name: '销售顾问 孙丽' }, daysOnDuty: 1, visitors: 3, walkIns: 2, received: 2, averageWaitSeconds: 38, alerts: 0 },
      { consultant: { id: 's2', name: '销售顾问 何静' }, daysOnDuty: 1, visitors: 1, walkIns: 1, received: 1, averageWaitSeconds: 90, alerts: 1 },
    ],
    totals: { ...busyDay },
    complaints: {
      open: 2,
      overdue: 1,
      answeredOnTime: 3,
      answeredLate: 1,
      settledOnSpot: 1,
      items: [
        { id: 'wo1', number: 'GD-20260225-0001', kind: 'inquiry', title: '车位何时开售', status: 'accepted', replyBy: '2026-02-27', overdue: true, createdAt: '2026-02-25T02:00:00.000Z', accountable: { id: 'b1', name: '管家 刘芳' } },
        { id: 'wo2', number: 'GD-20260302-0002', kind: 'complaint', title: '样板房地面湿滑', status: 'accepted', replyBy: '2026-03-04', overdue: false, createdAt: '2026-03-02T02:00:00.000Z', accountable: { id: 'b1', name: '管家 刘芳' } },
      ],
    },
    dailyCheck: { date: '2026-03-02', state: 'inProgress', checkId: 'dc1' },
    liaisonForms: { overdue: 1 },
    ...over,
  };
}

describe('sales-site dashboard', () => {
  it('butler: asks for the last 7 days and shows the figures, the daily bars, the consultants and the complaints with links', async () => {
    const { requests } = mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/sales-dashboard': { body: dashboard() } });
    renderStaffPage(<SalesDashboardPage />, me(['butler']));
    expect(await screen.findByText('案场看板')).toBeTruthy();
    const sent = requests.find((r) => r.path === '/api/sales-dashboard')!;
    const today = businessDate(new Date());
    expect(sent.search.get('salesCenterId')).toBe('sc1');
    expect(sent.search.get('to')).toBe(today);
    expect(Date.parse(`${today}T00:00:00Z`) - Date.parse(`${sent.search.get('from')}T00:00:00Z`)).toBe(6 * 86_400_000);

    expect(await screen.findByText('共 19 人，其中自然到访 3 组、预约 1 组')).toBeTruthy();
    expect(screen.getByText('预约未到 1 组')).toBeTruthy();
    expect(screen.getByText('1 分 0 秒')).toBeTruthy();
    expect(screen.getByText('管家已处理 1 次')).toBeTruthy();
    expect(screen.getByText('50%')).toBeTruthy();
    expect(screen.getByText('其中逾期未回复 1 件')).toBeTruthy();
    expect(screen.getByText('进行中')).toBeTruthy();
    expect(screen.getByRole('img', { name: '2026-03-02：5 组' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '2026-02-24：0 组' })).toBeTruthy();

    expect(screen.getByText('销售顾问 孙丽')).toBeTruthy();
    expect(screen.getByText('38 秒')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'GD-20260225-0001' });
    expect(link.getAttribute('href')).toBe('/work-orders/wo1');
    const overdueRow = link.closest('tr')!;
    expect(within(overdueRow).getByText('已逾期')).toBeTruthy();
    expect(within(overdueRow).getByText('咨询')).toBeTruthy();
    expect(within(screen.getByRole('link', { name: 'GD-20260302-0002' }).closest('tr')!).queryByText('已逾期')).toBeNull();
  });

  it('butler: the per-day table lists every day, newest first', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/sales-dashboard': { body: dashboard() } });
    renderStaffPage(<SalesDashboardPage />, me(['butler']));
    fireEvent.click(await screen.findByText('明细'));
    const firstRow = (await screen.findByText('5（19）')).closest('tr')!;
    expect(within(firstRow).getByText('2026-03-02')).toBeTruthy();
    expect(within(firstRow).getByText('2 / 1')).toBeTruthy();
  });

  it('sales manager: no complaint details, opening check or liaison forms — only what the server sends', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/sales-dashboard': { body: dashboard({ complaints: { ...dashboard().complaints, items: null }, dailyCheck: null, liaisonForms: null }) },
    });
    renderStaffPage(<SalesDashboardPage />, me(['salesManager'], '销售经理 郑华'));
    expect(await screen.findByText('投诉明细仅物业服务人员可查看')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'GD-20260225-0001' })).toBeNull();
    expect(screen.queryByText('今日开场检查')).toBeNull();
    expect(screen.getByText('其中逾期未回复 1 件')).toBeTruthy();
  });

  it('manager: a quiet week shows its empty states', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/sales-dashboard': {
        body: dashboard({ days: dates.map((date) => ({ date, ...zero })), totals: zero, consultants: [], complaints: { open: 0, overdue: 0, answeredOnTime: 0, answeredLate: 0, settledOnSpot: 0, items: [] } }),
      },
    });
    renderStaffPage(<SalesDashboardPage />, me(['serviceCenterManager'], '服务中心经理 张伟'));
    expect(await screen.findByText('这段时间没有到访记录')).toBeTruthy();
    expect(screen.getByText('这段时间没有销售接待记录')).toBeTruthy();
    expect(screen.getByText('没有未结的投诉与咨询')).toBeTruthy();
    expect(screen.getAllByText('—').length).toBeGreaterThan(0);
  });

  it('manager: a range the server refuses is shown on the date picker; other failures offer a retry', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/sales-dashboard': { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { from: '一次最多查看 92 天，请缩短日期范围' } } } },
    });
    const view = renderStaffPage(<SalesDashboardPage />, me(['serviceCenterManager']));
    expect(await screen.findByText('一次最多查看 92 天，请缩短日期范围')).toBeTruthy();
    expect(screen.queryByText(/加载失败/)).toBeNull();
    view.unmount();

    let calls = 0;
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/sales-dashboard': () => (++calls === 1 ? { status: 404, body: { error: { code: 'NOT_FOUND', message: '销售中心不存在' } } } : { body: dashboard() }),
    });
    renderStaffPage(<SalesDashboardPage />, me(['serviceCenterManager']));
    expect(await screen.findByText('加载失败：销售中心不存在')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByText('共 19 人，其中自然到访 3 组、预约 1 组')).toBeTruthy();
  });

  it('technician: forbidden', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply });
    renderStaffPage(<SalesDashboardPage />, technicianMe);
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });

  it('no sales center in the project: says how to add one', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': { body: { items: [], total: 0, page: 1, pageSize: 200 } } });
    renderStaffPage(<SalesDashboardPage />, me(['butler']));
    expect(await screen.findByText('本项目还没有销售中心，请先在楼盘管理中添加。')).toBeTruthy();
  });
});
