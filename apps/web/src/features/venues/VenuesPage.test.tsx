import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { VenuesPage } from './VenuesPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const hall = { id: 'v1', projectId: 'p1', name: '多功能厅', openTime: '09:00', closeTime: '12:00', slotMinutes: 60, capacity: 20, enabled: true, version: 1 };
const day = {
  venueId: 'v1',
  date: '2027-03-03',
  earliestDate: '2027-03-03',
  calendarComplete: true,
  slots: [
    { start: '09:00', end: '10:00', status: 'past' },
    { start: '10:00', end: '11:00', status: 'booked', booking: { id: 'b1', mine: false, workOrderId: 'wo1', workOrderNumber: 'GD-20270301-0003', householdId: 'h1', householdLabel: '1号楼 1-101 吴宅', partySize: 4 } },
    { start: '11:00', end: '12:00', status: 'free' },
  ],
};

describe('clubhouse venues page', () => {
  it('manager: creates a venue for the current project', async () => {
    let venues = [hall];
    const { requests } = mockFetch({
      'GET /api/venues': () => ({ body: { items: venues } }),
      'GET /api/venues/v1/slots': { body: day },
      'POST /api/venues': (req) => {
        const created = { ...hall, ...(req.body as object), id: 'v2', version: 1 };
        venues = [...venues, created];
        return { status: 201, body: created };
      },
    });
    renderStaffPage(<VenuesPage />, managerMe);
    expect(await screen.findByText('会所场地', { selector: 'h4' })).toBeTruthy();
    expect(await screen.findByText('09:00–12:00')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新建场地/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('场地名称'), { target: { value: '瑜伽室' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ projectId: 'p1', name: '瑜伽室', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 10, enabled: true }));
    expect((await screen.findAllByText('瑜伽室')).length).toBeGreaterThan(0);
  });

  it('manager: the server’s reason for a bad slot length shows under that field', async () => {
    mockFetch({
      'GET /api/venues': { body: { items: [hall] } },
      'GET /api/venues/v1/slots': { body: day },
      'PATCH /api/venues/v1': {
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { slotMinutes: '时段长度须能整除营业时长（09:00–12:00）' } } },
      },
    });
    renderStaffPage(<VenuesPage />, managerMe);
    fireEvent.click(await screen.findByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('时段长度须能整除营业时长（09:00–12:00）')).toBeTruthy();
  });

  it('butler: sees the day with who booked each slot, books a free one for an owner, and cannot edit venues', async () => {
    mockFetch({
      'GET /api/venues': { body: { items: [hall] } },
      'GET /api/venues/v1/slots': { body: day },
      'GET /api/projects/p1/households': { body: { items: [], total: 0, page: 1, pageSize: 200 } },
    });
    renderStaffPage(<VenuesPage />, butlerMe);
    expect(await screen.findByText('1号楼 1-101 吴宅')).toBeTruthy();
    expect(screen.getByText('GD-20270301-0003')).toBeTruthy();
    expect(screen.getByText('按提前 1 个工作日预约的规则，最早可预订 2027-03-03')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建场地/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
    expect(screen.getAllByRole('button', { name: '代业主预订' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '代业主预订' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/代业主预订 多功能厅 \d{4}-\d{2}-\d{2} 11:00–12:00/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请选择业户')).toBeTruthy();
  });
});
