import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { managerMe, page, plan, rule, suggestion } from './care-fixtures';
import { CarePlanPage } from './CarePlanPage';

afterEach(() => vi.unstubAllGlobals());

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr')!;
const confirmPopover = async () => {
  const pop = await waitFor(() => document.querySelector('.ant-popover:not(.ant-popover-hidden)') as HTMLElement);
  fireEvent.click(within(pop).getByRole('button', { name: /确\s*定/ }));
};

describe('care plans page', () => {
  it('butler: the queue shows the household with a link to its profile; accepting asks first and sends the version', async () => {
    const { requests } = mockFetch({ 'GET /api/care-suggestions': page([suggestion()]), 'POST /api/care-suggestions/s1/accept': { body: {} } });
    renderStaffPage(<CarePlanPage />, butlerMe, '/care-plans');
    const row = await rowOf('定时巡查问候');
    expect(within(row).getByText('每周二、五 10:00')).toBeTruthy();
    expect(within(row).getByText('5-1 日常生活安排')).toBeTruthy();
    expect(within(row).getByRole('link', { name: '服务需求档案' }).getAttribute('href')).toBe('/households/h1/profile');
    expect(requests[0]!.search.get('status')).toBe('suggested');
    fireEvent.click(within(row).getByRole('button', { name: /接受 定时巡查问候/ }));
    expect(await screen.findByText('接受“定时巡查问候”并按每周二、五生成关怀计划？')).toBeTruthy();
    await confirmPopover();
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 1 }));
  });

  it('butler: declining needs a reason before anything is sent', async () => {
    const { requests } = mockFetch({ 'GET /api/care-suggestions': page([suggestion()]), 'POST /api/care-suggestions/s1/decline': { body: suggestion({ status: 'declined' }) } });
    renderStaffPage(<CarePlanPage />, butlerMe, '/care-plans');
    fireEvent.click(within(await rowOf('定时巡查问候')).getByRole('button', { name: /不采纳 定时巡查问候/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /不采纳/ }));
    expect(await within(dialog).findByText('请填写不采纳的原因')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '子女每周回来探望' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /不采纳/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 1, reason: '子女每周回来探望' }));
  });

  it('butler: adjusting changes the rhythm to monthly and accepts with the changes', async () => {
    const { requests } = mockFetch({ 'GET /api/care-suggestions': page([suggestion()]), 'POST /api/care-suggestions/s1/adjust': { body: {} } });
    renderStaffPage(<CarePlanPage />, butlerMe, '/care-plans');
    fireEvent.click(within(await rowOf('定时巡查问候')).getByRole('button', { name: /调整 定时巡查问候/ }));
    const drawer = (await screen.findByText('调整关怀建议')).closest('.ant-drawer') as HTMLElement;
    fireEvent.mouseDown(within(drawer).getByLabelText('频次'));
    fireEvent.click(await screen.findByText('每月', { selector: '.ant-select-item-option-content' }));
    fireEvent.change(await within(drawer).findByLabelText('每月几日'), { target: { value: '31' } });
    fireEvent.change(within(drawer).getByLabelText('时间'), { target: { value: '09:30' } });
    fireEvent.click(within(drawer).getByRole('button', { name: '接受' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 1, title: '定时巡查问候', categoryNumber: 5, itemNumber: 1, recurrence: { kind: 'monthly', dayOfMonth: 31 }, timeOfDay: '09:30' }),
    );
  });

  it('butler: no open suggestions says where they come from', async () => {
    mockFetch({ 'GET /api/care-suggestions': page([]) });
    renderStaffPage(<CarePlanPage />, butlerMe, '/care-plans');
    expect(await screen.findByText(/业主的服务需求档案更新后，系统会按关怀规则自动提出建议/)).toBeTruthy();
  });

  it('butler: plans show the next date and the work orders created; pausing asks first', async () => {
    const { requests } = mockFetch({ 'GET /api/care-plans': page([plan()]), 'POST /api/care-plans/cp1/pause': { body: plan({ status: 'paused' }) } });
    renderStaffPage(<CarePlanPage />, butlerMe, '/care-plans?tab=plans');
    const row = await rowOf('主动征询物品代购需求');
    expect(within(row).getByText('2026-03-09')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'GD-20260302-0001' }).getAttribute('href')).toBe('/work-orders/wo1');
    fireEvent.click(within(row).getByRole('button', { name: /暂停 主动征询物品代购需求/ }));
    await confirmPopover();
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.path).toBe('/api/care-plans/cp1/pause'));
  });

  it('manager: edits a rule (turns it off) with the version read; the butler only reads rules', async () => {
    const { requests } = mockFetch({ 'GET /api/care-rules': { body: { items: [rule()] } }, 'PUT /api/care-rules/r1': { body: rule({ enabled: false, version: 4 }) } });
    renderStaffPage(<CarePlanPage />, managerMe, '/care-plans?tab=rules');
    expect(await screen.findByText('预订合适的运动场地')).toBeTruthy();
    expect(screen.getByText(/按档案中的作息规律安排时间/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /编辑规则 喜欢运动的业主/ }));
    const drawer = (await screen.findByText('编辑规则')).closest('.ant-drawer') as HTMLElement;
    fireEvent.click(within(drawer).getByRole('switch'));
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({ version: 3, enabled: false, condition: { tags: ['sporty'], minAge: null } }));
    const sent = requests.find((r) => r.method === 'PUT')!.body as { actions: unknown[] };
    expect(sent.actions).toEqual([{ key: 'venue', title: '预订合适的运动场地', categoryNumber: 1, itemNumber: 3, recurrence: { kind: 'weekly', weekdays: [6] }, timeOfDay: '09:00', fromUsualTimes: true }]);
  });

  it('butler: rules are read-only', async () => {
    mockFetch({ 'GET /api/care-rules': { body: { items: [rule({ allowedActions: [] })] } } });
    renderStaffPage(<CarePlanPage />, butlerMe, '/care-plans?tab=rules');
    expect(await screen.findByText('关怀规则由公司管理员或服务中心经理维护。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /编辑规则/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新增规则/ })).toBeNull();
  });
});
