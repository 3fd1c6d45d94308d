import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { CheckItem, DailyCheck } from './api';
import { DailyChecksPage } from './DailyChecksPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};
const regionalMe: Me = { ...managerMe, user: { ...managerMe.user, id: 'u-regional', roles: ['regionalHead'] } };

const centers = { items: [{ id: 'sc1', name: '滨江花园销售中心' }], total: 1, page: 1, pageSize: 200 };
const item = (key: string, text: string, patch: Partial<CheckItem> = {}): CheckItem => ({
  id: `i-${key}`,
  key,
  position: 0,
  text,
  departmentId: null,
  departmentName: null,
  result: null,
  note: null,
  photoIds: [],
  workOrder: null,
  answeredBy: null,
  answeredAt: null,
  version: 1,
  ...patch,
});
const check = (items: CheckItem[], patch: Partial<DailyCheck> = {}): DailyCheck => ({
  id: 'chk1',
  projectId: 'p1',
  salesCenterId: 'sc1',
  salesCenterName: '滨江花园销售中心',
  businessDate: '2026-03-02',
  status: 'inProgress',
  startedBy: { id: 'u-butler', name: '李管家' },
  startedAt: '2026-03-02T00:30:00.000Z',
  completedBy: null,
  completedAt: null,
  items,
  unanswered: items.filter((i) => !i.result).length,
  failed: items.filter((i) => i.result === 'fail').length,
  allowedActions: ['answer', 'complete'],
  version: 1,
  ...patch,
});
const liaison = item('liaisonForms', '检查当日《工作联系单》情况，查看相关联系单是否及时上交收回');
const waterBar = item('waterBar', '检查当日水吧接待准备工作，并预先准备所需物料', { departmentId: 'd-wb', departmentName: '水吧岗' });
const reception = item('reception', '安排好到访客户的接待工作');
const template = { projectId: 'p1', items: [], version: 0, isDefault: true, updatedAt: null, updatedBy: null };

describe('opening checks page', () => {
  it('butler: starts today’s check of the sales center', async () => {
    let today: DailyCheck | null = null;
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': { body: centers },
      'GET /api/daily-checks/today': () => ({ body: { businessDate: '2026-03-02', salesCenterId: 'sc1', check: today } }),
      'POST /api/daily-checks': () => {
        today = check([waterBar, reception]);
        return { status: 201, body: today };
      },
      'GET /api/projects/p1/daily-check-template': { body: template },
    });
    renderStaffPage(<DailyChecksPage />, butlerMe);
    expect(await screen.findByText('2026-03-02 的开场检查尚未开始')).toBeTruthy();
    // A butler has no overview tab.
    expect(screen.queryByRole('tab', { name: '各销售中心' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '开始今日检查' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ salesCenterId: 'sc1' }));
    expect(await screen.findByText(/1\. 检查当日水吧接待准备工作/)).toBeTruthy();
    expect(screen.getByText('已检查 0/2 项，不合格 0 项')).toBeTruthy();
    expect(screen.getByText('责任岗位：水吧岗')).toBeTruthy();
  });

  it('butler: the liaison-form line says how many forms are overdue and links to them', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': { body: centers },
      'GET /api/daily-checks/today': { body: { businessDate: '2026-03-02', salesCenterId: 'sc1', check: check([liaison]) } },
      'GET /api/liaison-forms': { body: { items: [], total: 2, page: 1, pageSize: 1 } },
      'GET /api/projects/p1/daily-check-template': { body: template },
    });
    renderStaffPage(<DailyChecksPage />, butlerMe);
    const link = await within(await screen.findByTestId('check-item-liaisonForms')).findByRole('link', { name: '逾期未收回的联系单 2 张，查看工作联系单' });
    expect(link.getAttribute('href')).toBe('/liaison-forms');
  });

  it('butler: passes one line with a note; a failure asks first, then shows its work order; completing waits for every line', async () => {
    let current = check([waterBar, reception]);
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': { body: centers },
      'GET /api/daily-checks/today': () => ({ body: { businessDate: '2026-03-02', salesCenterId: 'sc1', check: current } }),
      'POST /api/daily-check-items/i-reception/answer': (req) => {
        const body = req.body as { result: 'pass'; note: string };
        current = check([current.items[0]!, { ...reception, result: body.result, note: body.note, version: 2, answeredBy: { id: 'u-butler', name: '李管家' }, answeredAt: '2026-03-02T01:00:00.000Z' }]);
        return { body: current };
      },
      'POST /api/daily-check-items/i-waterBar/answer': () => {
        current = check([{ ...waterBar, result: 'fail', version: 2, workOrder: { id: 'wo1', number: 'GD-20260302-0001', status: 'dispatched' } }, current.items[1]!]);
        return { body: current };
      },
      'POST /api/daily-checks/chk1/complete': () => {
        current = { ...current, status: 'completed', allowedActions: [], completedBy: { id: 'u-butler', name: '李管家' }, completedAt: '2026-03-02T02:00:00.000Z', version: 4 };
        return { body: current };
      },
      'GET /api/projects/p1/daily-check-template': { body: template },
    });
    renderStaffPage(<DailyChecksPage />, butlerMe);
    const line = await screen.findByTestId('check-item-reception');
    expect((screen.getByRole('button', { name: '完成检查' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(line).getByLabelText('备注'), { target: { value: '接待动线已安排' } });
    fireEvent.click(within(line).getByRole('button', { name: /^check 合格$/ }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/daily-check-items/i-reception/answer')?.body).toEqual({ result: 'pass', note: '接待动线已安排', photoIds: [], version: 1 }));
    expect(await within(await screen.findByTestId('check-item-reception')).findByText('合格', { selector: '.ant-tag' })).toBeTruthy();

    fireEvent.click(within(screen.getByTestId('check-item-waterBar')).getByRole('button', { name: /不合格/ }));
    expect(await screen.findByText('判定不合格将生成工单，由 水吧岗 整改。确定吗？')).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/daily-check-items/i-waterBar/answer')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    expect(await screen.findByText('整改工单 GD-20260302-0001')).toBeTruthy();
    // With its work order raised, the line cannot be ticked as passed.
    expect((within(screen.getByTestId('check-item-waterBar')).getByRole('button', { name: /^check 合格$/ }) as HTMLButtonElement).disabled).toBe(true);

    const completeButton = await screen.findByRole('button', { name: '完成检查' });
    await waitFor(() => expect((completeButton as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(completeButton);
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/daily-checks/chk1/complete')?.body).toEqual({ version: 1 }));
    expect(await screen.findByText('已完成')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '完成检查' })).toBeNull();
  });

  it('butler: a rejected answer shows the server’s reason', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': { body: centers },
      'GET /api/daily-checks/today': { body: { businessDate: '2026-03-02', salesCenterId: 'sc1', check: check([reception]) } },
      'POST /api/daily-check-items/i-reception/answer': { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { photoIds: '图片不存在或不是您上传的' } } } },
      'GET /api/projects/p1/daily-check-template': { body: template },
    });
    renderStaffPage(<DailyChecksPage />, butlerMe);
    fireEvent.click(within(await screen.findByTestId('check-item-reception')).getByRole('button', { name: /^check 合格$/ }));
    expect(await screen.findByText('输入有误，请检查标出的字段：图片不存在或不是您上传的')).toBeTruthy();
  });

  it('manager: the overview lists the sales centers of the day, unfinished first', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': { body: centers },
      'GET /api/daily-checks/today': { body: { businessDate: '2026-03-02', salesCenterId: 'sc1', check: null } },
      'GET /api/projects/p1/daily-check-template': { body: template },
      'GET /api/daily-checks/overview': {
        body: {
          businessDate: '2026-03-02',
          items: [
            { salesCenterId: 'sc2', salesCenterName: '湖畔售楼处', projectId: 'p1', projectName: '滨江花园', businessDate: '2026-03-02', state: 'notStarted', checkId: null, startedBy: null, startedAt: null, completedBy: null, completedAt: null, itemCount: 0, answeredCount: 0, failedCount: 0 },
            { salesCenterId: 'sc1', salesCenterName: '滨江花园销售中心', projectId: 'p1', projectName: '滨江花园', businessDate: '2026-03-02', state: 'completed', checkId: 'chk1', startedBy: { id: 'u', name: '李管家' }, startedAt: '2026-03-02T00:30:00.000Z', completedBy: { id: 'u', name: '李管家' }, completedAt: '2026-03-02T01:30:00.000Z', itemCount: 7, answeredCount: 7, failedCount: 1 },
          ],
        },
      },
    });
    renderStaffPage(<DailyChecksPage />, managerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '各销售中心' }));
    expect(await screen.findByText('湖畔售楼处')).toBeTruthy();
    const rows = screen.getAllByRole('row', { hidden: false }).slice(1);
    expect(within(rows[0]!).getByText('未开始')).toBeTruthy();
    expect(within(rows[1]!).getByText('已完成')).toBeTruthy();
    expect(within(rows[1]!).getByText('7/7')).toBeTruthy();
  });

  it('manager: edits the checklist; the server’s reason shows under the line it names', async () => {
    const saved = { ...template, items: [{ key: 'waterBar', text: '检查水吧', departmentId: null, departmentName: null }, { key: 'reception', text: '安排接待', departmentId: null, departmentName: null }] };
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': { body: centers },
      'GET /api/daily-checks/today': { body: { businessDate: '2026-03-02', salesCenterId: 'sc1', check: null } },
      'GET /api/daily-checks/overview': { body: { businessDate: '2026-03-02', items: [] } },
      'GET /api/projects/p1/daily-check-template': { body: saved },
      'GET /api/departments': { body: { items: [{ id: 'd-wb', name: '水吧岗' }], total: 1, page: 1, pageSize: 200 } },
      'PUT /api/projects/p1/daily-check-template': { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { 'items.1.text': '与前面的检查项内容重复' } } } },
    });
    renderStaffPage(<DailyChecksPage />, managerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '检查表' }));
    const second = await screen.findByLabelText('检查内容 2');
    fireEvent.change(second, { target: { value: '检查水吧' } });
    fireEvent.click(screen.getByRole('button', { name: /添加检查项/ }));
    fireEvent.change(await screen.findByLabelText('检查内容 3'), { target: { value: '检查电瓶车' } });
    fireEvent.click(screen.getByRole('button', { name: '保存检查表' }));
    expect(await screen.findByText('与前面的检查项内容重复')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      items: [
        { key: 'waterBar', text: '检查水吧', departmentId: null },
        { key: 'reception', text: '检查水吧', departmentId: null },
        { text: '检查电瓶车', departmentId: null },
      ],
      version: 0,
    });
  });

  it('regional head: reads without any button to start, answer or edit', async () => {
    mockFetch({
      'GET /api/projects/p1/sales-centers': { body: centers },
      'GET /api/daily-checks/today': { body: { businessDate: '2026-03-02', salesCenterId: 'sc1', check: check([{ ...reception, result: 'pass', note: '已安排' }], { allowedActions: [] }) } },
      'GET /api/daily-checks/overview': { body: { businessDate: '2026-03-02', items: [] } },
      'GET /api/projects/p1/daily-check-template': { body: template },
    });
    renderStaffPage(<DailyChecksPage />, regionalMe);
    const line = await screen.findByTestId('check-item-reception');
    expect(within(line).getByText('已安排')).toBeTruthy();
    expect(within(line).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: '完成检查' })).toBeNull();
  });
});
