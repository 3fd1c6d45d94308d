import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../testing/utils';
import { catalog, myHouseholds, ownerMe, renderH5, workOrder } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const base = {
  'GET /api/me': { body: ownerMe },
  'GET /api/households/mine': { body: myHouseholds },
  'GET /api/service-catalog': { body: catalog },
};

const dateInput = () => screen.getByTestId('service-date') as HTMLInputElement;

describe('owner H5: booking a service', () => {
  it('owner: the date starts at the earliest allowed date, and a missing holiday calendar is said so', async () => {
    const { requests } = mockFetch({
      ...base,
      'GET /api/calendar/earliest-service-date': { body: { date: '2027-01-04', calendarComplete: false } },
    });
    renderH5('/h5/services/items/i-carpet');
    expect(await screen.findByText('最早可预约 2027-01-04')).toBeTruthy();
    await waitFor(() => expect(dateInput().value).toBe('2027-01-04'));
    expect(dateInput().min).toBe('2027-01-04');
    expect(screen.getByTestId('calendar-incomplete').textContent).toBe('该年度尚无官方节假日数据，按周一至周五计算');
    const asked = requests.find((r) => r.path === '/api/calendar/earliest-service-date')!;
    expect(asked.search.get('leadWorkingDays')).toBe('1');
    expect(Number.isNaN(Date.parse(asked.search.get('requestedAt')!))).toBe(false);
    // Hourly windows inside the item's service hours, 08:00–18:00.
    expect(screen.getByText('08:00–09:00')).toBeTruthy();
    expect(screen.getByText('17:00–18:00')).toBeTruthy();
  });

  it('owner: a date the server refuses shows its message on the date field and moves to the earliest date', async () => {
    const { requests } = mockFetch({
      ...base,
      'GET /api/calendar/earliest-service-date': { body: { date: '2027-01-04', calendarComplete: true } },
      'POST /api/h5/work-orders': {
        status: 422,
        body: {
          error: {
            code: 'LEAD_TIME',
            message: '该项目需提前 1 个工作日预约，最早可预约日期为 2027-01-05',
            fields: { serviceDate: '该项目需提前 1 个工作日预约，最早可预约日期为 2027-01-05' },
            details: { earliestDate: '2027-01-05', leadWorkingDays: 1, calendarComplete: true },
          },
        },
      },
    });
    renderH5('/h5/services/items/i-carpet');
    await waitFor(() => expect(dateInput().value).toBe('2027-01-04'));
    fireEvent.change(dateInput(), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByText('09:00–10:00'));
    fireEvent.change(screen.getByPlaceholderText(/请描述您的需求/), { target: { value: '客厅地毯' } });
    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));

    expect(await screen.findByText('该项目需提前 1 个工作日预约，最早可预约日期为 2027-01-05', { selector: '.adm-form-item-feedback-error' })).toBeTruthy();
    await waitFor(() => expect(dateInput().value).toBe('2027-01-05'));
    expect(screen.getByText('最早可预约 2027-01-05', { selector: '[data-testid="earliest-date"] div' })).toBeTruthy();
    const posted = requests.find((r) => r.method === 'POST')!.body as Record<string, unknown>;
    expect(posted).toMatchObject({
      projectId: 'p1',
      householdId: 'h1',
      kind: 'booking',
      serviceItemId: 'i-carpet',
      serviceDate: '2027-01-01',
      serviceStart: '09:00',
      serviceEnd: '10:00',
      description: '客厅地毯',
    });
  });

  it('owner: a booking the server accepts leads to the work-order number', async () => {
    mockFetch({
      ...base,
      'GET /api/calendar/earliest-service-date': { body: { date: '2027-01-04', calendarComplete: true } },
      'POST /api/h5/work-orders': { status: 201, body: workOrder({ serviceDate: '2027-01-04' }) },
      'GET /api/h5/work-orders/w1': { body: workOrder({ serviceDate: '2027-01-04' }) },
    });
    renderH5('/h5/services/items/i-carpet');
    await waitFor(() => expect(dateInput().value).toBe('2027-01-04'));
    fireEvent.click(screen.getByText('10:00–11:00'));
    fireEvent.click(screen.getByRole('button', { name: '提交预约' }));
    expect((await screen.findByTestId('order-number')).textContent).toBe('GD-20261127-0001');
    expect(screen.getByText('我们已收到您的需求，管家会尽快处理。')).toBeTruthy();
  });

  it('owner: a fault reported now needs a description, has no date and may be an emergency', async () => {
    const { requests } = mockFetch({
      ...base,
      'POST /api/h5/work-orders': { status: 201, body: workOrder({ kind: 'repair', serviceDate: null, emergency: true }) },
    });
    renderH5('/h5/services/items/i-drain?mode=repair');
    fireEvent.click(await screen.findByRole('button', { name: '提交报修' }));
    expect(await screen.findByText('请描述故障情况')).toBeTruthy();
    expect(screen.queryByTestId('service-date')).toBeNull();
    fireEvent.change(screen.getByPlaceholderText(/请描述故障情况/), { target: { value: '厨房下水道堵塞' } });
    fireEvent.click(screen.getByRole('switch'));
    fireEvent.click(screen.getByRole('button', { name: '提交报修' }));
    await screen.findByTestId('order-number');
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({
      projectId: 'p1',
      householdId: 'h1',
      kind: 'repair',
      serviceItemId: 'i-drain',
      description: '厨房下水道堵塞',
      emergency: true,
      photoIds: [],
    });
    expect(requests.some((r) => r.path === '/api/calendar/earliest-service-date')).toBe(false);
  });
});
