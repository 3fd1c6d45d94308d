import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adminMe, mockFetch, renderStaffPage, renderWithApp, type RecordedRequest } from '../../testing/utils';
import { StaffApp } from '../../staff/StaffApp';
import type { Me } from '../../ui/auth';
import { setLanguage } from '../../ui/i18n';
import { CalendarPage } from './CalendarPage';
import type { CalendarYear } from './api';

afterEach(() => vi.unstubAllGlobals());

const systemAdminMe: Me = { ...adminMe, user: { ...adminMe.user, roles: ['companyAdmin', 'systemAdmin'] } };

const year2026: CalendarYear = {
  year: 2026,
  complete: true,
  source: 'seed',
  updatedAt: '2026-11-01T02:00:00.000Z',
  days: [
    { date: '2026-02-14', kind: 'work', name: '春节' },
    { date: '2026-02-15', kind: 'off', name: '春节' },
    { date: '2026-10-01', kind: 'off', name: '国庆节' },
    { date: '2026-10-10', kind: 'work', name: '国庆节' },
  ],
};
const empty = (year: number): CalendarYear => ({ year, complete: false, source: null, updatedAt: null, days: [] });

const yearsRoute = (years: Record<number, CalendarYear>) => (req: RecordedRequest) => {
  const year = Number(req.search.get('year'));
  return { body: years[year] ?? empty(year) };
};

const notice2027 = {
  $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
  year: 2027,
  papers: [],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: false },
    { name: '春节', date: '2027-02-07', isOffDay: true },
    { name: '春节', date: '2027-02-08', isOffDay: true },
  ],
};

const popconfirmOk = () => document.querySelector('.ant-popconfirm .ant-btn-primary') as HTMLElement;

function chooseFile(content: string, name = '2027.json') {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
}

describe('working-day calendar page', () => {
  it('system admin: a year with official data shows its source and marks days off and make-up workdays with their names', async () => {
    mockFetch({ 'GET /api/calendar/days': yearsRoute({ 2026: year2026 }) });
    renderStaffPage(<CalendarPage initialYear={2026} />, systemAdminMe);
    expect(await screen.findByText('2026 年已载入官方数据（来源：内置数据）')).toBeTruthy();
    // Grid cells are found by label: role queries over 365 cells are slow in jsdom.
    expect(screen.getByLabelText('2026-02-15 春节 放假').textContent).toBe('15休春节');
    expect(screen.getByLabelText('2026-02-14 春节 调休上班').textContent).toBe('14班春节');
    expect(screen.getByLabelText('2026-10-10 国庆节 调休上班')).toBeTruthy();
    expect(screen.getByLabelText('2026-03-02').textContent).toBe('2');
    expect(screen.getByLabelText('2026-12').querySelectorAll('button')).toHaveLength(31);
  });

  it('system admin: a year without data says so plainly and can be marked complete', async () => {
    const { requests } = mockFetch({
      'GET /api/calendar/days': yearsRoute({}),
      'POST /api/calendar/years/2027/complete': { body: { ...empty(2027), complete: true, source: 'manual' } },
    });
    renderStaffPage(<CalendarPage initialYear={2027} />, systemAdminMe);
    expect(await screen.findByText('2027 年尚无官方节假日数据，按周一至周五计算工作日')).toBeTruthy();
    expect(screen.getByText('该年没有放假或调休日期')).toBeTruthy();
    fireEvent.click(screen.getByText('标记为完整'));
    expect(await screen.findByText('确认 2027 年的放假与调休日期已全部录入？')).toBeTruthy();
    fireEvent.click(popconfirmOk());
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/calendar/years/2027/complete')).toBe(true));
  });

  it('system admin: a holiday-cn file is previewed with its counts before it is imported', async () => {
    const { requests } = mockFetch({
      'GET /api/calendar/days': yearsRoute({ 2026: year2026 }),
      'POST /api/calendar/years/2027/import': { body: { year: 2027, complete: true, source: 'import', updatedAt: '2026-11-27T08:00:00.000Z', days: [] } },
    });
    renderStaffPage(<CalendarPage initialYear={2026} />, systemAdminMe);
    await screen.findByText('2026 年已载入官方数据（来源：内置数据）');
    chooseFile(JSON.stringify(notice2027));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('文件包含 2027 年的 3 个放假日和 1 个调休上班日。')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: /确认导入/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.path).toBe('/api/calendar/years/2027/import'));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ year: 2027, days: notice2027.days });
    expect(await screen.findByText('已导入 2027 年：放假 3 天，调休上班 1 天')).toBeTruthy();
  });

  it('system admin: a file the server refuses lists the entries at fault; an unreadable file is refused at once', async () => {
    mockFetch({
      'GET /api/calendar/days': yearsRoute({}),
      'POST /api/calendar/years/2027/import': {
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { 'days.1.isOffDay': '调休上班日必须是周六或周日' } } },
      },
    });
    renderStaffPage(<CalendarPage initialYear={2027} />, systemAdminMe);
    await screen.findByText('2027 年尚无官方节假日数据，按周一至周五计算工作日');
    chooseFile('not json');
    expect(await screen.findByText('无法识别该文件：请选择 holiday-cn 格式的 .json 文件（含 year 和 days）')).toBeTruthy();
    chooseFile(JSON.stringify(notice2027));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /确认导入/ }));
    expect(await within(dialog).findByText('2027-02-06 春节：调休上班日必须是周六或周日')).toBeTruthy();
  });

  it('system admin: adds a day by hand and removes one', async () => {
    const { requests } = mockFetch({
      'GET /api/calendar/days': yearsRoute({ 2026: year2026 }),
      'PUT /api/calendar/days/2026-12-31': { body: { date: '2026-12-31', kind: 'off', name: '跨年' } },
      'DELETE /api/calendar/days/2026-10-01': { status: 204 },
    });
    renderStaffPage(<CalendarPage initialYear={2026} />, systemAdminMe);
    await screen.findByText('2026 年已载入官方数据（来源：内置数据）');
    fireEvent.click(screen.getByLabelText('2026-12-31'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('节日名称'), { target: { value: '跨年' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ kind: 'off', name: '跨年' }));
    expect(requests.find((r) => r.method === 'PUT')?.path).toBe('/api/calendar/days/2026-12-31');

    const row = screen.getByText('2026-10-01').closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByText(/删\s*除/));
    expect(await screen.findByText('删除 2026-10-01（国庆节）？该日将按周一至周五规则计算。')).toBeTruthy();
    fireEvent.click(popconfirmOk());
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE' && r.path === '/api/calendar/days/2026-10-01')).toBe(true));
  });

  it('in English the missing-data banner reads in English', async () => {
    await setLanguage('en');
    mockFetch({ 'GET /api/calendar/days': yearsRoute({}) });
    renderStaffPage(<CalendarPage initialYear={2031} />, systemAdminMe);
    expect(await screen.findByText('No official holiday data for 2031 yet; working days are counted Monday to Friday')).toBeTruthy();
  });

  it('the page sits under the organisation menu for system administrators only, and renders without console errors', async () => {
    const consoleError = vi.spyOn(console, 'error');
    try {
      mockFetch({ 'GET /api/me': { body: systemAdminMe }, 'GET /api/notifications/unread-count': { body: { count: 0 } }, 'GET /api/calendar/days': yearsRoute({ 2026: year2026 }) });
      renderWithApp(<StaffApp />, '/org/calendar');
      expect(await screen.findByText(/年已载入官方数据|年尚无官方节假日数据/)).toBeTruthy();
      expect(screen.getAllByText('工作日历').length).toBeGreaterThan(0);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('a company administrator without the system role is refused the page', async () => {
    mockFetch({ 'GET /api/me': { body: adminMe }, 'GET /api/notifications/unread-count': { body: { count: 0 } } }, { body: { items: [], total: 0, page: 1, pageSize: 20 } });
    renderWithApp(<StaffApp />, '/org/calendar');
    expect(await screen.findByText('您没有访问此页面的权限。')).toBeTruthy();
  });
});
