import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { assignment, coverage, page, scheduleItem, schedulePage, visit } from './owner-visit-fixtures';
import { OwnerVisitPage } from './OwnerVisitPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const base = {
  'GET /api/projects/p1/buildings': { body: page([{ id: 'b1', name: '1号楼' }]) },
  'GET /api/projects/p1/owner-visit-coverage': { body: coverage() },
};

async function pickOption(scope: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(scope).getByRole('combobox', { name: label }));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]!);
}

describe('routine visits page', () => {
  it('butler: the due list by status; records a visit with needs for the profile — the server’s field error shows on the field, then it saves', async () => {
    let attempts = 0;
    const { requests } = mockFetch({
      ...base,
      'GET /api/projects/p1/owner-visit-schedule': { body: schedulePage([scheduleItem('1-201', { status: 'overdue', dueOn: '2026-03-31' }), scheduleItem('1-101', { lastVisitedOn: '2026-02-10' })]) },
      'POST /api/households/h-1-201/owner-visits': () => {
        attempts += 1;
        if (attempts === 1) return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { visitedAt: '回访时间不能晚于现在' } } } };
        return { status: 201, body: visit({ workOrder: { id: 'w1', number: 'GD-20260510-0001' } }) };
      },
    });
    renderStaffPage(<OwnerVisitPage />, butlerMe);
    const row = (await screen.findByText('1号楼 1-201')).closest('tr')!;
    expect(within(row).getByText('已逾期')).toBeTruthy();
    expect(within(row).getByText('从未回访')).toBeTruthy();
    expect(screen.getByText(/本季度：2026年第2季度/)).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '管家分管' })).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: '记录回访' }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.click(within(drawer).getByLabelText('上门拜访'));
    fireEvent.change(within(drawer).getByLabelText('回访时间'), { target: { value: '2026-05-10T09:30' } });
    fireEvent.change(within(drawer).getByLabelText('受访人'), { target: { value: '吴老先生' } });
    fireEvent.change(within(drawer).getByLabelText('回访内容'), { target: { value: '老人身体不错' } });
    fireEvent.change(within(drawer).getByLabelText('客户需求（每行一条）'), { target: { value: '每月检查燃气\n\n 代订鲜花 ' } });
    fireEvent.click(within(drawer).getByLabelText('将这些需求加入住户的服务需求档案'));
    fireEvent.click(within(drawer).getByLabelText('需要跟进：同时创建工单'));
    fireEvent.change(await within(drawer).findByLabelText('工单标题'), { target: { value: '燃气检查' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    expect(await within(drawer).findByText('回访时间不能晚于现在')).toBeTruthy();
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({
      kind: 'homeVisit',
      visitedAt: '2026-05-10T09:30:00+08:00',
      contactName: '吴老先生',
      summary: '老人身体不错',
      satisfaction: null,
      needs: ['每月检查燃气', '代订鲜花'],
      addNeedsToProfile: true,
      followUp: { kind: 'request', title: '燃气检查', description: null },
    });
    expect(await screen.findByText('回访已记录，跟进工单 GD-20260510-0001 已创建')).toBeTruthy();
  });

  it('butler: plans a visit date with the version read', async () => {
    const { requests } = mockFetch({
      ...base,
      'GET /api/projects/p1/owner-visit-schedule': { body: schedulePage([scheduleItem('1-101', { plannedOn: '2026-05-20', planVersion: 2 })]) },
      'PUT /api/households/h-1-101/owner-visit-plan': { body: { householdId: 'h-1-101', plannedOn: '2026-05-22', version: 3 } },
    });
    renderStaffPage(<OwnerVisitPage />, butlerMe);
    const row = (await screen.findByText('1号楼 1-101')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '计划日期' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('计划日期'), { target: { value: '2026-05-22' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ plannedOn: '2026-05-22', version: 2 }));
  });

  it('butler: with nothing assigned the list says whom to ask', async () => {
    mockFetch({ ...base, 'GET /api/projects/p1/owner-visit-schedule': { body: schedulePage([]) } });
    renderStaffPage(<OwnerVisitPage />, butlerMe);
    expect(await screen.findByText(/请服务中心经理在“管家分管”中为您分配住户/)).toBeTruthy();
  });

  it('manager: coverage per butler; assigns a building to a butler after confirming', async () => {
    const { requests } = mockFetch({
      ...base,
      'GET /api/projects/p1/owner-visit-coverage': {
        body: coverage({
          totals: { visited: 3, assigned: 6, percent: 50, overdue: 2 },
          unassigned: 2,
          butlers: [
            { butler: { id: 'u-butler', name: '李管家' }, visited: 1, assigned: 4, percent: 25, overdue: 2 },
            { butler: { id: 'u-b2', name: '王管家' }, visited: 2, assigned: 2, percent: 100, overdue: 0 },
          ],
        }),
      },
      'GET /api/projects/p1/owner-visit-schedule': { body: schedulePage([]) },
      'GET /api/projects/p1/household-butlers': { body: page([assignment('1-101'), assignment('1-102', { butler: { id: 'u-butler', name: '李管家' }, source: 'deal' })]) },
      'GET /api/projects/p1/owner-visit-settings': { body: { projectId: 'p1', cadence: 'quarterly', version: 0, updatedAt: null, canEdit: true } },
      'POST /api/projects/p1/household-butlers': { body: { assigned: 1, unchanged: 1 } },
    });
    renderStaffPage(<OwnerVisitPage />, managerMe, '/owner-visits?tab=coverage');
    const line = (await screen.findByText('李管家')).closest('tr')!;
    expect(within(line).getByText('25%')).toBeTruthy();
    expect(within(line).getByText('2')).toBeTruthy();
    expect(screen.getByText(/未分配管家的住户：2 户/)).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: '管家分管' }));
    const dealRow = (await screen.findByText('1号楼 1-102')).closest('tr')!;
    expect(within(dealRow).getByText('来自成交记录')).toBeTruthy();
    const panel = screen.getByRole('tabpanel');
    await pickOption(panel, '请选择楼栋', '1号楼');
    await pickOption(panel, '请选择管家', '王管家');
    fireEvent.click(within(panel).getByRole('button', { name: '分配整栋' }));
    expect(await screen.findByText('将 1号楼 的住户分配给 王管家？')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ butlerId: 'u-b2', onlyUnassigned: false, buildingId: 'b1' }));
    expect(await screen.findByText('已分配 1 户，1 户未变')).toBeTruthy();
  });

  it('a failed load shows the error with a retry', async () => {
    mockFetch({ ...base, 'GET /api/projects/p1/owner-visit-schedule': { status: 500, body: { error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' } } } });
    renderStaffPage(<OwnerVisitPage />, butlerMe);
    expect(await screen.findByText(/服务器内部错误/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
