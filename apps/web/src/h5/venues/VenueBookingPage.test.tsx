import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch, type RecordedRequest } from '../../testing/utils';
import { myHouseholds, ownerMe, renderH5 } from '../services/test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const hall = { id: 'v1', projectId: 'p1', name: '多功能厅', openTime: '09:00', closeTime: '12:00', slotMinutes: 60, capacity: 8, enabled: true, version: 1 };
const EARLIEST = '2027-03-03';

/** The slots of a day as the server answers an owner: taken slots carry nothing about who took them. */
function slotsFor(req: RecordedRequest) {
  const date = req.search.get('date')!;
  const early = date < EARLIEST;
  return {
    body: {
      venueId: 'v1',
      date,
      earliestDate: EARLIEST,
      calendarComplete: true,
      slots: [
        { start: '09:00', end: '10:00', status: early ? 'tooEarly' : 'booked' },
        { start: '10:00', end: '11:00', status: early ? 'tooEarly' : 'free' },
        { start: '11:00', end: '12:00', status: early ? 'tooEarly' : 'booked', ...(early ? {} : { booking: { id: 'b-mine', mine: true, workOrderId: 'wo-0', workOrderNumber: 'GD-20270301-0007' } }) },
      ],
    },
  };
}

const base = {
  'GET /api/me': { body: ownerMe },
  'GET /api/households/mine': { body: myHouseholds },
  'GET /api/venues': { body: { items: [hall] } },
  'GET /api/venues/v1/slots': slotsFor,
};

const dateInput = () => screen.getByTestId('service-date') as HTMLInputElement;

describe('owner H5: booking a clubhouse venue', () => {
  it('owner: opens on the earliest date, sees which slots are free, books one and gets the work order number', async () => {
    const { requests } = mockFetch({
      ...base,
      'POST /api/venues/v1/bookings': {
        status: 201,
        body: {
          booking: { id: 'b1', venueId: 'v1', workOrderId: 'wo-1', date: EARLIEST, start: '10:00', end: '11:00', partySize: 3, householdId: 'h1', status: 'active' },
          workOrder: { id: 'wo-1', number: 'GD-20270301-0012', status: 'submitted' },
        },
      },
    });
    renderH5('/h5/venues');
    expect(await screen.findByText('09:00–12:00 · 每段 60 分钟 · 最多 8 人')).toBeTruthy();
    await waitFor(() => expect(dateInput().value).toBe(EARLIEST));
    expect(screen.getByTestId('venue-earliest').textContent).toBe(`最早可预订 ${EARLIEST}`);
    expect(await screen.findByText('可预订')).toBeTruthy();
    expect(screen.getByText('已约满')).toBeTruthy();
    expect(screen.getAllByText('我的预订').length).toBeGreaterThan(0);
    expect(screen.getByText('GD-20270301-0007')).toBeTruthy();

    fireEvent.click(screen.getByText('10:00–11:00'));
    fireEvent.change(screen.getByPlaceholderText('如活动内容、需要的设施（选填）'), { target: { value: '读书会' } });
    fireEvent.click(screen.getByRole('button', { name: '确认预订' }));

    expect(await screen.findByText('预订成功')).toBeTruthy();
    expect(screen.getByTestId('work-order-number').textContent).toBe('工单号：GD-20270301-0012');
    const posted = requests.find((r) => r.method === 'POST')!;
    expect(posted.body).toMatchObject({ date: EARLIEST, start: '10:00', householdId: 'h1', note: '读书会' });
  });

  it('owner: a date inside the notice period says so and offers the earliest date', async () => {
    mockFetch(base);
    renderH5('/h5/venues');
    await waitFor(() => expect(dateInput().value).toBe(EARLIEST));
    fireEvent.change(dateInput(), { target: { value: '2027-03-02' } });
    expect(await screen.findByText(`需提前 1 个工作日预约，该日期暂不可预订，最早可预订 ${EARLIEST}`)).toBeTruthy();
    expect(screen.getAllByText('未到可约日期')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: `改为 ${EARLIEST}` }));
    await waitFor(() => expect(dateInput().value).toBe(EARLIEST));
    expect(screen.queryByTestId('too-early')).toBeNull();
  });

  it('owner: a slot someone else has just taken is refused with the server’s message, and the slots reload', async () => {
    const { requests } = mockFetch({
      ...base,
      'POST /api/venues/v1/bookings': {
        status: 409,
        body: { error: { code: 'SLOT_TAKEN', message: '该时段已被预订，请选择其他时段', fields: { start: '该时段已被预订，请选择其他时段' } } },
      },
    });
    renderH5('/h5/venues');
    await waitFor(() => expect(dateInput().value).toBe(EARLIEST));
    await screen.findByText('可预订');
    fireEvent.click(screen.getByText('10:00–11:00'));
    fireEvent.click(screen.getByRole('button', { name: '确认预订' }));
    expect((await screen.findByRole('alert')).textContent).toBe('该时段已被预订，请选择其他时段');
    await waitFor(() => expect(requests.filter((r) => r.path === '/api/venues/v1/slots').length).toBeGreaterThanOrEqual(3));
    expect(screen.queryByText('预订成功')).toBeNull();
  });

  it('owner: with no venue in the project, says so', async () => {
    mockFetch({ ...base, 'GET /api/venues': { body: { items: [] } } });
    renderH5('/h5/venues');
    expect(await screen.findByText('本项目暂无可预订的会所场地')).toBeTruthy();
  });
});
