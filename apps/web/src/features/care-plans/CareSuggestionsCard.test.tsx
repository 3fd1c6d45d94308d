import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { page, plan, suggestion } from './care-fixtures';
import { CareSuggestionsCard } from './CareSuggestionsCard';

afterEach(() => vi.unstubAllGlobals());

describe('care suggestions card on the profile page', () => {
  it('butler: sees the household’s open suggestions and running plans, and accepts one', async () => {
    const { requests } = mockFetch({
      'GET /api/care-suggestions': page([suggestion(), suggestion({ id: 's2', actionKey: 'healthRecord', proposal: { ...suggestion().proposal, title: '建立健康档案', recurrence: { kind: 'once' }, timeOfDay: null } })]),
      'GET /api/care-plans': page([plan(), plan({ id: 'cp2', title: '已结束的计划', status: 'ended', allowedActions: [] })]),
      'POST /api/care-suggestions/s2/accept': { body: {} },
    });
    renderStaffPage(<CareSuggestionsCard householdId="h1" />, butlerMe);
    const card = await screen.findByTestId('care-suggestions-card');
    expect(await within(card).findByText('定时巡查问候')).toBeTruthy();
    expect(within(card).getByText('一次（按需）')).toBeTruthy();
    expect(within(card).getByText('主动征询物品代购需求')).toBeTruthy();
    expect(within(card).queryByText('已结束的计划')).toBeNull();
    expect(within(card).getByRole('link', { name: 'GD-20260302-0001' })).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/care-suggestions')!.search.get('householdId')).toBe('h1');
    fireEvent.click(within(card).getByRole('button', { name: /接受 建立健康档案/ }));
    const pop = await waitFor(() => document.querySelector('.ant-popover:not(.ant-popover-hidden)') as HTMLElement);
    fireEvent.click(within(pop).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.path).toBe('/api/care-suggestions/s2/accept'));
  });

  it('butler: nothing open says so', async () => {
    mockFetch({ 'GET /api/care-suggestions': page([]), 'GET /api/care-plans': page([]) });
    renderStaffPage(<CareSuggestionsCard householdId="h1" />, butlerMe);
    expect(await screen.findByText('暂无待处理建议')).toBeTruthy();
    expect(screen.getByText('暂无关怀计划')).toBeTruthy();
  });

  it('a caller who may not work care suggestions sees nothing', async () => {
    mockFetch({ 'GET /api/care-suggestions': { status: 403, body: { error: { code: 'FORBIDDEN', message: '无权限' } } }, 'GET /api/care-plans': { status: 403, body: { error: { code: 'FORBIDDEN', message: '无权限' } } } });
    const { container } = renderStaffPage(<CareSuggestionsCard householdId="h1" />, butlerMe);
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});
