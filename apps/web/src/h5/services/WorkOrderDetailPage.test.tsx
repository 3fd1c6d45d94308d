import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../testing/utils';
import { myHouseholds, ownerMe, renderH5, workOrder } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const completed = workOrder({
  status: 'completed',
  allowedActions: [],
  canUrge: false,
  timeline: [
    { action: 'create', toStatus: 'submitted', reason: null, at: '2026-11-27T07:00:00.000Z' },
    { action: 'complete', toStatus: 'completed', reason: null, at: '2026-11-30T02:00:00.000Z' },
  ],
});

describe('owner H5: following a work order', () => {
  it('owner: sees the status, the promised times and the progress', async () => {
    mockFetch({
      'GET /api/me': { body: ownerMe },
      'GET /api/households/mine': { body: myHouseholds },
      'GET /api/h5/work-orders/w1': { body: workOrder() },
    });
    renderH5('/h5/services/orders/w1');
    expect((await screen.findByTestId('order-status')).textContent).toBe('待受理');
    expect(screen.getByTestId('order-appointment').textContent).toBe('2026-11-30 09:00–10:00');
    expect(screen.getByText('承诺受理时间')).toBeTruthy();
    expect(screen.getByText('提交工单')).toBeTruthy();
    expect(screen.getByRole('button', { name: '催单' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '取消工单' })).toBeTruthy();
    expect(screen.queryByTestId('rating-form')).toBeNull();
  });

  it('owner: rejecting the result needs a comment, then posts accept:false with it', async () => {
    const { requests } = mockFetch({
      'GET /api/me': { body: ownerMe },
      'GET /api/households/mine': { body: myHouseholds },
      'GET /api/h5/work-orders/w1': { body: completed },
      'POST /api/h5/work-orders/w1/rate': { body: { returnVisit: {}, workOrder: { id: 'w1', status: 'inProgress', satisfaction: 2, reopenCount: 1 } } },
    });
    renderH5('/h5/services/orders/w1');
    const form = await screen.findByTestId('rating-form');
    fireEvent.click(within(form).getByRole('radio', { name: '2 星' }));
    fireEvent.click(within(form).getByRole('button', { name: '不满意，退回重做' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('退回重做请说明不满意的原因');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(within(form).getByLabelText('评价内容'), { target: { value: '地毯边角没洗干净' } });
    fireEvent.click(within(form).getByRole('button', { name: '不满意，退回重做' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '不满意，退回重做' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ rating: 2, accept: false, comment: '地毯边角没洗干净' });
  });

  it('owner: cancelling asks for a reason', async () => {
    const { requests } = mockFetch({
      'GET /api/me': { body: ownerMe },
      'GET /api/households/mine': { body: myHouseholds },
      'GET /api/h5/work-orders/w1': { body: workOrder() },
      'POST /api/h5/work-orders/w1/cancel': { body: workOrder({ status: 'cancelled', allowedActions: [] }) },
    });
    renderH5('/h5/services/orders/w1');
    fireEvent.click(await screen.findByRole('button', { name: '取消工单' }));
    const sheet = await screen.findByRole('dialog', { name: '取消工单' });
    fireEvent.click(within(sheet).getByRole('button', { name: '确认取消' }));
    expect((await within(sheet).findByRole('alert')).textContent).toBe('请填写取消原因');
    fireEvent.change(within(sheet).getByLabelText('取消原因'), { target: { value: '临时出差' } });
    fireEvent.click(within(sheet).getByRole('button', { name: '确认取消' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ reason: '临时出差' }));
  });
});
