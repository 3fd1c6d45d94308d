import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import { approvedForMarketing, assignees, draftDetail, marketingMe } from './event-plan-fixtures';
import { EventPlanDetailPage } from './EventPlanDetailPage';

afterEach(() => vi.unstubAllGlobals());

function renderDetail(me: Me = butlerMe) {
  return renderStaffPage(
    <Routes>
      <Route path="/event-plans/:id" element={<EventPlanDetailPage />} />
    </Routes>,
    me,
    '/event-plans/ep1',
  );
}

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;
const posted = (requests: RecordedRequest[], path: string) => requests.filter((r) => r.method !== 'GET' && r.path === path);

describe('event plan page', () => {
  it('butler: a refused submission marks the missing emergency plan on its field and lists it', async () => {
    const { requests } = mockFetch({
      'GET /api/event-plans/ep1': { body: draftDetail },
      'GET /api/work-orders/assignees': { body: assignees },
      'POST /api/event-plans/ep1/submit': {
        status: 422,
        body: {
          error: {
            code: 'EVENT_PLAN_INCOMPLETE',
            message: '重大活动报批前须具备活动领导小组、分工、倒排计划和秩序保障及应急预案，尚缺 1 项',
            fields: { emergencyPlan: '请填写应急预案' },
            details: { missing: ['emergencyPlan'] },
          },
        },
      },
    });
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '提交审批' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(posted(requests, '/api/event-plans/ep1/submit')[0]?.body).toEqual({ version: 2 }));

    const alert = await screen.findByText('提交审批前还需补充以下内容：');
    expect(within(alert.closest('.ant-alert') as HTMLElement).getByText('应急预案：请填写应急预案')).toBeTruthy();
    const field = screen.getByPlaceholderText('人员拥挤、突发疾病、火情等突发情况的处置流程与联络人').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('请填写应急预案')).toBeTruthy();
    expect(field.className).toContain('ant-form-item-has-error');
    // The parts the plan has are not marked.
    const order = screen.getByPlaceholderText('人员分流、停车引导、岗位安排等秩序保障措施').closest('.ant-form-item') as HTMLElement;
    expect(order.className).not.toContain('ant-form-item-has-error');
  });

  it('butler: a missing lead group shows under its list and an empty schedule under the schedule', async () => {
    const empty = { ...draftDetail, eventLeadGroup: [], tasks: [], missingParts: ['eventLeadGroup', 'backwardSchedule', 'emergencyPlan'] as typeof draftDetail.missingParts };
    mockFetch({
      'GET /api/event-plans/ep1': { body: empty },
      'GET /api/work-orders/assignees': { body: assignees },
      'POST /api/event-plans/ep1/submit': {
        status: 422,
        body: {
          error: {
            code: 'EVENT_PLAN_INCOMPLETE',
            message: '尚缺 3 项',
            fields: { eventLeadGroup: '请成立活动领导小组（至少一名成员并注明其职务）', backwardSchedule: '请至少安排一项倒排计划任务', emergencyPlan: '请填写应急预案' },
            details: { missing: ['eventLeadGroup', 'backwardSchedule', 'emergencyPlan'] },
          },
        },
      },
    });
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '提交审批' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    const group = (await screen.findByRole('button', { name: /添加成员/ })).closest('.ant-form-item') as HTMLElement;
    expect(await within(group).findByText('请成立活动领导小组（至少一名成员并注明其职务）')).toBeTruthy();
    const schedule = screen.getByText('倒排计划', { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;
    expect(within(schedule).getByRole('alert').textContent).toBe('请至少安排一项倒排计划任务');
    expect(screen.getAllByText(/^(活动领导小组|倒排计划|应急预案)：/)).toHaveLength(3);
  });

  it('butler: saving the parts sends them with the version the page showed; a 409 says so and reloads', async () => {
    let reads = 0;
    const { requests } = mockFetch({
      'GET /api/event-plans/ep1': () => {
        reads += 1;
        return { body: draftDetail };
      },
      'GET /api/work-orders/assignees': { body: assignees },
      'PATCH /api/event-plans/ep1': { status: 409, body: { error: { code: 'VERSION_CONFLICT', message: '数据已被他人修改' } } },
    });
    renderDetail();
    const emergency = await screen.findByPlaceholderText('人员拥挤、突发疾病、火情等突发情况的处置流程与联络人');
    fireEvent.change(emergency, { target: { value: '火情：疏散至广场，联络人王保安' } });
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(posted(requests, '/api/event-plans/ep1')[0]?.body).toEqual({
        eventLeadGroup: [{ name: '张伟', role: '组长' }],
        assignments: [{ owner: '刘芳', duty: '签到与接待' }],
        orderPlan: '入口分流，停车场专人引导',
        emergencyPlan: '火情：疏散至广场，联络人王保安',
        version: 2,
      }),
    );
    expect(await screen.findByText('方案已被他人修改，已为您刷新，请重新操作')).toBeTruthy();
    await waitFor(() => expect(reads).toBe(2));
  });

  it('butler: the backward schedule runs by due date with the moved office task and the highlighted rehearsal row', async () => {
    const { requests } = mockFetch({
      'GET /api/event-plans/ep1': { body: draftDetail },
      'GET /api/work-orders/assignees': { body: assignees },
      'POST /api/event-plans/ep1/tasks/t-setup/done': { body: { ...draftDetail, tasks: draftDetail.tasks.map((x) => (x.id === 't-setup' ? { ...x, done: true, version: 2 } : x)) } },
    });
    renderDetail();
    const card = (await screen.findByText('倒排计划')).closest('.ant-card') as HTMLElement;
    const titles = within(card)
      .getAllByRole('row', { hidden: false })
      .slice(1)
      .map((r) => r.querySelectorAll('td')[2]?.textContent ?? '');
    expect(titles.map((x) => x.slice(0, 6))).toEqual(['活动物资配置', '联系营销部现', '活动现场布置']);

    const purchase = rowOf('活动物资配置与采购申请');
    expect(within(purchase).getByText('T-10')).toBeTruthy();
    expect(within(purchase).getByText('2026-09-25')).toBeTruthy();
    expect(within(purchase).getByText('原定 2026-09-27（休息日，提前至工作日）')).toBeTruthy();
    expect(within(purchase).getByText('办公室任务')).toBeTruthy();
    expect(within(purchase).getByText('逾期')).toBeTruthy();
    expect(within(purchase).getByText('2026-09-25').closest('.ant-typography')?.className).toContain('ant-typography-danger');
    expect(within(purchase).getByText('李管家')).toBeTruthy();

    const rehearsal = rowOf('联系营销部现场负责人共同完成现场演练');
    expect(within(rehearsal).getByText('现场演练 · 营销部现场负责人')).toBeTruthy();
    expect(within(rehearsal).getByText('待确认')).toBeTruthy();
    expect(rehearsal.getAttribute('style')).toContain('background');
    expect(within(rehearsal).queryByText('删除')).toBeNull();
    expect(within(rehearsal).queryByText('办公室任务')).toBeNull();
    expect(rowOf('活动现场布置').getAttribute('style') ?? '').not.toContain('background');

    fireEvent.click(within(rowOf('活动现场布置')).getByRole('checkbox'));
    await waitFor(() => expect(posted(requests, '/api/event-plans/ep1/tasks/t-setup/done')[0]?.body).toEqual({ done: true, version: 1 }));
    await waitFor(() => expect((within(rowOf('活动现场布置')).getByRole('checkbox') as HTMLInputElement).checked).toBe(true));

    // Only butlers and the manager may own a task.
    fireEvent.mouseDown(within(rowOf('活动现场布置')).getByRole('combobox'));
    expect(await screen.findByTitle('张经理')).toBeTruthy();
    expect(screen.queryByTitle('赵前台')).toBeNull();
  });

  it('marketing lead: sees the rehearsal to confirm, confirms it, and gets no editing controls', async () => {
    const { requests } = mockFetch({
      'GET /api/event-plans/ep1': { body: approvedForMarketing },
      'POST /api/event-plans/ep1/rehearsal/confirm': {
        body: { ...approvedForMarketing, canConfirmRehearsal: false, rehearsalConfirmedBy: { id: 'u-marketing', name: '周营销' }, rehearsalConfirmedAt: '2026-10-01T02:00:00.000Z', version: 3 },
      },
    });
    renderDetail(marketingMe);
    const card = (await screen.findByText('演练确认')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('2026-10-03')).toBeTruthy();
    expect(within(card).getByText('待营销部现场负责人确认')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    expect(screen.queryByRole('button', { name: '提交审批' })).toBeNull();
    expect(screen.queryByRole('button', { name: /添加任务/ })).toBeNull();
    expect(requests.some((r) => r.path === '/api/work-orders/assignees')).toBe(false);
    expect(screen.getAllByRole('checkbox').every((c) => (c as HTMLInputElement).disabled)).toBe(true);

    fireEvent.click(within(card).getByRole('button', { name: '确认演练' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(posted(requests, '/api/event-plans/ep1/rehearsal/confirm')[0]?.body).toEqual({ version: 2 }));
    expect(await within(card).findByText(/周营销 已于 .* 确认/)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: '确认演练' })).toBeNull();
    expect(within(rowOf('联系营销部现场负责人共同完成现场演练')).getByText('已确认（周营销）')).toBeTruthy();
  });

  it('butler: cancelling asks for the reason and sends it', async () => {
    const { requests } = mockFetch({
      'GET /api/event-plans/ep1': { body: draftDetail },
      'GET /api/work-orders/assignees': { body: assignees },
      'POST /api/event-plans/ep1/cancel': { body: { ...draftDetail, status: 'cancelled', allowedActions: [], canEdit: false, canReschedule: false, canWorkTasks: false, cancelReason: '开发商取消推广', version: 3 } },
    });
    renderDetail();
    fireEvent.click(await screen.findByRole('button', { name: '取消活动' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消活动' }));
    expect(await within(dialog).findByText('请填写取消原因')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('取消原因'), { target: { value: '开发商取消推广' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '取消活动' }));
    await waitFor(() => expect(posted(requests, '/api/event-plans/ep1/cancel')[0]?.body).toEqual({ reason: '开发商取消推广', version: 2 }));
    expect(await screen.findByText('已取消', { selector: '.ant-tag' })).toBeTruthy();
  });
});
