import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { ReturnVisitsPage } from './ReturnVisitsPage';

afterEach(() => vi.unstubAllGlobals());

const visit = {
  id: 'rv1',
  workOrderId: 'w1',
  projectId: 'p1',
  status: 'pending',
  dueAt: '2026-03-03T02:00:00Z',
  overdue: true,
  method: null,
  rating: null,
  comment: null,
  outcome: null,
  recordedBy: null,
  doneAt: null,
  createdAt: '2026-03-02T08:00:00Z',
  workOrder: {
    number: 'GD-20260302-0001',
    kind: 'repair',
    status: 'completed',
    title: '厨房下水道堵塞',
    categoryNumber: 8,
    requesterName: '张先生',
    requesterPhone: '138****0000',
    phoneRevealable: false,
    unitLabel: '1号楼 1-0101',
    assigneeName: '王师傅',
    completedAt: '2026-03-02T08:00:00Z',
    reopenCount: 0,
  },
};

describe('return visits', () => {
  it('butler: lists pending visits and records a rejection, which needs the requester’s comment', async () => {
    const { requests } = mockFetch({
      'GET /api/return-visits': { body: { items: [visit], nextCursor: null } },
      'POST /api/work-orders/w1/return-visit': {
        body: { returnVisit: { ...visit, status: 'done' }, workOrder: { id: 'w1', status: 'inProgress', satisfaction: 2, reopenCount: 1 } },
      },
    });
    renderStaffPage(<ReturnVisitsPage />, butlerMe);
    expect(await screen.findByText('厨房下水道堵塞')).toBeTruthy();
    expect(screen.getByText('138****0000')).toBeTruthy();
    expect(screen.getByText('已超时')).toBeTruthy();
    const list = requests.find((r) => r.path === '/api/return-visits');
    expect(list?.search.get('status')).toBe('pending');
    expect(list?.search.get('projectId')).toBe('p1');

    fireEvent.click(screen.getByRole('button', { name: '记录回访' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getAllByRole('radio')[1]);
    fireEvent.click(within(dialog).getByRole('radio', { name: '不认可，返工' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('业主不认可时请记录其意见')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('业主意见'), { target: { value: '仍有积水' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('回访已记录')).toBeTruthy();
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ rating: 2, outcome: 'rejected', comment: '仍有积水', method: 'phone' }),
    );
  });

  it('butler: with nothing to call back, the page says when visits appear', async () => {
    mockFetch({ 'GET /api/return-visits': { body: { items: [], nextCursor: null } } });
    renderStaffPage(<ReturnVisitsPage />, butlerMe);
    expect(await screen.findByText('暂无待回访的工单。工单完成后需要回访的会出现在这里。')).toBeTruthy();
  });
});
