import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { draftDetail, marketingMe, planRow } from './event-plan-fixtures';
import { EventPlansPage } from './EventPlansPage';

afterEach(() => vi.unstubAllGlobals());

const page = (items: unknown[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
const heldPlan = { ...planRow, id: 'ep2', title: '春节装饰布置', kind: 'holidayDecoration', status: 'held', major: false, overdueCount: 0, doneCount: 5, taskCount: 5 };

function renderList(me = butlerMe) {
  return renderStaffPage(
    <Routes>
      <Route path="/event-plans" element={<EventPlansPage />} />
      <Route path="/event-plans/:id" element={<div>方案详情页</div>} />
    </Routes>,
    me,
    '/event-plans',
  );
}

describe('event plans list', () => {
  it('butler: sees each plan with its status, dates and preparation progress, and filters by status', async () => {
    const { requests } = mockFetch({ 'GET /api/event-plans': page([planRow, heldPlan]) });
    renderList();
    expect(await screen.findByText('国庆暖场活动')).toBeTruthy();
    const row = screen.getByText('国庆暖场活动').closest('tr')!;
    expect(within(row).getByText('草稿')).toBeTruthy();
    expect(within(row).getByText('促销/推广活动')).toBeTruthy();
    expect(within(row).getByText('重大活动')).toBeTruthy();
    expect(within(row).getByText('2026-10-05')).toBeTruthy();
    expect(within(row).getByText('2026-10-03')).toBeTruthy();
    expect(within(row).getByText('完成 1/3')).toBeTruthy();
    expect(within(row).getByText('逾期 1')).toBeTruthy();
    const held = screen.getByText('春节装饰布置').closest('tr')!;
    expect(within(held).getByText('已举办')).toBeTruthy();
    expect(within(held).getByText('节假日装饰布置')).toBeTruthy();
    expect(within(held).queryByText(/逾期/)).toBeNull();
    expect(requests.some((r) => r.path === '/api/event-plans/rehearsals')).toBe(false);
    expect(screen.queryByText('我的演练')).toBeNull();

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '状态' }));
    fireEvent.click(await screen.findByTitle('已举办'));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/event-plans' && r.search.get('status') === 'held' && r.search.get('projectId') === 'p1')).toBe(true));
  });

  it('butler: creates a holiday decoration plan from the modal and lands on its page', async () => {
    const { requests } = mockFetch({
      'GET /api/event-plans': page([]),
      'GET /api/projects/p1/sales-centers': page([{ id: 'sc1', name: '滨江花园销售中心' }]),
      'POST /api/event-plans': { status: 201, body: { ...draftDetail, id: 'ep9' } },
    });
    renderList();
    expect(await screen.findByText('点击“新建活动方案”，按活动类型自动生成倒排计划。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新建活动方案/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('节假日装饰布置'));
    fireEvent.change(within(dialog).getByLabelText('活动名称'), { target: { value: ' 国庆节装饰布置 ' } });
    const date = within(dialog).getByLabelText('活动日期');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2099-10-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(within(dialog).getByText('滨江花园销售中心')).toBeTruthy());
    fireEvent.click(within(dialog).getByRole('switch'));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ projectId: 'p1', kind: 'holidayDecoration', title: '国庆节装饰布置', eventDate: '2099-10-01', salesCenterId: 'sc1', major: false }),
    );
    expect(await screen.findByText('方案详情页')).toBeTruthy();
  });

  it('butler: the create modal shows the server’s reason under the date', async () => {
    mockFetch({
      'GET /api/event-plans': page([]),
      'GET /api/projects/p1/sales-centers': page([]),
      'POST /api/event-plans': { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { eventDate: '活动日期不能早于今天' } } } },
    });
    renderList();
    fireEvent.click(await screen.findByRole('button', { name: /新建活动方案/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('活动名称'), { target: { value: '暖场' } });
    const date = within(dialog).getByLabelText('活动日期');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2099-10-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('活动日期不能早于今天')).toBeTruthy();
  });

  it('marketing lead: sees 我的演练 with each rehearsal’s confirmation, and cannot create plans', async () => {
    const { requests } = mockFetch({
      'GET /api/event-plans': page([{ ...planRow, status: 'approved' }]),
      'GET /api/event-plans/rehearsals': {
        body: {
          items: [
            { planId: 'ep1', title: '国庆暖场活动', kind: 'promotion', salesCenter: { id: 'sc1', name: '滨江花园销售中心' }, eventDate: '2026-10-05', rehearsalDate: '2026-10-03', status: 'approved', confirmedBy: null, confirmedAt: null, eventLead: { id: 'u-butler', name: '李管家' }, version: 3 },
            { planId: 'ep3', title: '开盘庆典', kind: 'promotion', salesCenter: null, eventDate: '2026-10-20', rehearsalDate: '2026-10-18', status: 'approved', confirmedBy: { id: 'u-marketing', name: '周营销' }, confirmedAt: '2026-10-01T02:00:00.000Z', eventLead: null, version: 4 },
          ],
        },
      },
    });
    renderList(marketingMe);
    const card = (await screen.findByText('我的演练')).closest('.ant-card') as HTMLElement;
    expect(await within(card).findByText('2026-10-18')).toBeTruthy();
    const first = within(card).getByText('国庆暖场活动').closest('tr')!;
    expect(within(first).getByText('待确认')).toBeTruthy();
    expect(within(first).getByText('李管家')).toBeTruthy();
    expect(within(within(card).getByText('开盘庆典').closest('tr')!).getByText('已确认')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/event-plans/rehearsals')?.search.get('projectId')).toBe('p1');
    expect(screen.queryByRole('button', { name: /新建活动方案/ })).toBeNull();
  });

  it('a notification link with ?id= opens the plan’s page', async () => {
    mockFetch({ 'GET /api/event-plans': page([]) });
    renderStaffPage(
      <Routes>
        <Route path="/event-plans" element={<EventPlansPage />} />
        <Route path="/event-plans/:id" element={<div>方案详情页</div>} />
      </Routes>,
      butlerMe,
      '/event-plans?id=ep1',
    );
    expect(await screen.findByText('方案详情页')).toBeTruthy();
  });
});
