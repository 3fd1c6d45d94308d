import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { catalogItem } from '../../testing/catalog';
import { butlerMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import { NewWorkOrderPage } from './NewWorkOrderPage';

afterEach(() => vi.unstubAllGlobals());

const catalog = {
  categories: [
    {
      number: 3,
      name: '家政服务',
      items: [catalogItem({ id: 'i-3-3', categoryNumber: 3, number: 3, name: '新房开荒清洁', leadWorkingDays: 1, bookable: true })],
    },
    {
      number: 4,
      name: '绿化服务',
      items: [catalogItem({ id: 'i-4-2', categoryNumber: 4, number: 2, name: '植物代种植', note: '提前3个工作日预约', leadWorkingDays: 3, bookable: true })],
    },
    {
      number: 8,
      name: '维修服务',
      items: [catalogItem({ id: 'i-8-18', categoryNumber: 8, number: 18, name: '疏通下水道', leadWorkingDays: 1, bookable: true, repairable: true })],
    },
  ],
};
const emptyPage = { items: [], total: 0, page: 1, pageSize: 200 };

async function chooseOption(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]);
}

async function typeDate(label: string, date: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(date));
}

function mockApi(createReply: Parameters<typeof mockFetch>[0][string]) {
  return mockFetch(
    {
      'GET /api/service-catalog': { body: catalog },
      'GET /api/calendar/earliest-service-date': (req) => ({
        body: { date: req.search.get('leadWorkingDays') === '3' ? '2026-03-06' : '2026-03-03', calendarComplete: false },
      }),
      'POST /api/work-orders': createReply,
    },
    { body: emptyPage },
  );
}

const posted = (requests: RecordedRequest[]) => requests.find((r) => r.method === 'POST' && r.path === '/api/work-orders');

describe('new work order', () => {
  it('butler: a booking shows the earliest date, the missing-calendar warning, and a lead-time refusal under the date', async () => {
    const { requests } = mockApi({
      status: 422,
      body: {
        error: {
          code: 'LEAD_TIME',
          message: '该项目需提前 3 个工作日预约，最早可预约 2026-03-09',
          fields: { serviceDate: '该项目需提前 3 个工作日预约，最早可预约 2026-03-09' },
          details: { earliestDate: '2026-03-09' },
        },
      },
    });
    renderStaffPage(<NewWorkOrderPage />, butlerMe);
    fireEvent.click(await screen.findByRole('radio', { name: '手工填写' }));
    fireEvent.change(await screen.findByLabelText('报事人'), { target: { value: '张先生' } });
    fireEvent.click(screen.getByRole('radio', { name: '预约服务' }));
    // Only bookable items are offered for a booking; the note and lead time of the chosen one are shown.
    await chooseOption('服务项目', '绿化服务 2. 植物代种植');
    expect(await screen.findByText('备注：提前3个工作日预约')).toBeTruthy();
    expect(screen.getByText(/需提前 3 个工作日预约/)).toBeTruthy();
    expect(await screen.findByText('最早可预约 2026-03-06')).toBeTruthy();
    expect(screen.getByText('该年度尚无官方节假日数据，按周一至周五计算')).toBeTruthy();
    const earliestCall = requests.find((r) => r.path === '/api/calendar/earliest-service-date');
    expect(earliestCall?.search.get('leadWorkingDays')).toBe('3');
    expect(earliestCall?.search.get('requestedAt')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    await typeDate('服务日期', '2026-03-06');
    await chooseOption('开始时间', '09:00');
    fireEvent.click(screen.getByRole('button', { name: '提交工单' }));

    expect(await screen.findByText('该项目需提前 3 个工作日预约，最早可预约 2026-03-09')).toBeTruthy();
    const field = screen.getByText('该项目需提前 3 个工作日预约，最早可预约 2026-03-09').closest('.ant-form-item') as HTMLElement;
    expect(within(field).getByLabelText('服务日期')).toBeTruthy();
    // The server's earliest date replaces ours.
    expect(screen.getByText('最早可预约 2026-03-09')).toBeTruthy();
    expect(posted(requests)?.body).toEqual({
      projectId: 'p1',
      kind: 'booking',
      channel: 'phone',
      serviceItemId: 'i-4-2',
      requesterName: '张先生',
      serviceDate: '2026-03-06',
      serviceStart: '09:00',
    });
  });

  it('butler: a date before the earliest one is refused before anything is sent', async () => {
    const { requests } = mockApi({ status: 201, body: {} });
    renderStaffPage(<NewWorkOrderPage />, butlerMe);
    fireEvent.click(await screen.findByRole('radio', { name: '预约服务' }));
    await chooseOption('服务项目', '家政服务 3. 新房开荒清洁');
    expect(await screen.findByText('最早可预约 2026-03-03')).toBeTruthy();
    const input = screen.getByLabelText('服务日期') as HTMLInputElement;
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: '2026-03-02' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(screen.getByRole('button', { name: '提交工单' }));
    // The picker will not take a disabled day, so the date stays empty or is refused; either way nothing is sent.
    const why = await screen.findByText(/^(请选择服务日期|不能早于最早可预约日期 2026-03-03)$/);
    expect(within(why.closest('.ant-form-item') as HTMLElement).getByLabelText('服务日期')).toBeTruthy();
    expect(posted(requests)).toBeUndefined();
  });

  it('butler: an emergency repair from a household is sent with the unit and the member as requester', async () => {
    const household = {
      id: 'h1',
      projectId: 'p1',
      name: null,
      unit: { id: 'unit-1', code: '1-0101', floor: 1, buildingId: 'b1', buildingCode: '1', buildingName: '1号楼' },
      members: [{ id: 'm1', ownerId: 'o1', name: '张先生', phone: '138****0000', idNumber: null, relation: 'owner', hasAccount: true }],
      version: 1,
    };
    const { requests } = mockFetch(
      {
        'GET /api/service-catalog': { body: catalog },
        'GET /api/projects/p1/households': { body: { ...emptyPage, items: [household], total: 1 } },
        'POST /api/work-orders': { status: 201, body: { id: 'w9', number: 'GD-20260302-0009' } },
      },
      { body: emptyPage },
    );
    renderStaffPage(<NewWorkOrderPage />, butlerMe);
    await chooseOption('住户', '1号楼 1-0101（张先生）');
    // A fault report offers only repair items, and without one a title is needed.
    fireEvent.click(screen.getByRole('button', { name: '提交工单' }));
    expect(await screen.findByText('未选服务项目时请填写标题')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('服务项目'));
    fireEvent.click(await screen.findByTitle('维修服务 18. 疏通下水道'));
    expect(screen.queryByTitle('家政服务 3. 新房开荒清洁')).toBeNull();
    // A fault reported now has no lead time, so none is shown.
    expect(screen.queryByText(/工作日预约/)).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: '紧急报修' }));
    fireEvent.change(screen.getByLabelText('问题描述'), { target: { value: '卫生间漏水，楼下已渗水' } });
    fireEvent.click(screen.getByRole('button', { name: '提交工单' }));
    expect(await screen.findByText('工单 GD-20260302-0009 已创建')).toBeTruthy();
    expect(posted(requests)?.body).toEqual({
      projectId: 'p1',
      kind: 'repair',
      channel: 'phone',
      serviceItemId: 'i-8-18',
      description: '卫生间漏水，楼下已渗水',
      householdId: 'h1',
      unitId: 'unit-1',
      requesterName: '张先生',
      emergency: true,
    });
  });

  it('butler: a complaint asks where it happened and the reply date, sends them, and shows the server refusing the date on its field', async () => {
    const replyBy = businessDate(Date.now() + 3 * 86_400_000);
    const { requests } = mockFetch(
      {
        'GET /api/service-catalog': { body: catalog },
        'GET /api/projects/p1/sales-centers': { body: { ...emptyPage, items: [{ id: 'sc1', name: '滨江花园销售中心', version: 1 }], total: 1 } },
        'POST /api/work-orders': {
          status: 400,
          body: { error: { code: 'VALIDATION_FAILED', message: '请求参数无效', fields: { replyBy: '回复日期最多约定在 90 天之内' } } },
        },
      },
      { body: emptyPage },
    );
    renderStaffPage(<NewWorkOrderPage />, butlerMe);
    fireEvent.click(await screen.findByRole('radio', { name: '手工填写' }));
    // A repair owes no answer: none of the sales-center fields.
    expect(screen.queryByLabelText('销售中心')).toBeNull();
    expect(screen.queryByLabelText('约定回复日期')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '投诉' }));
    expect(await screen.findByLabelText('销售中心')).toBeTruthy();
    await chooseOption('销售中心', '滨江花园销售中心');
    fireEvent.change(screen.getByLabelText('发生地点'), { target: { value: ' 3 号样板房 ' } });
    await typeDate('约定回复日期', replyBy);
    fireEvent.change(screen.getByLabelText('报事人'), { target: { value: '来访客户 钱女士' } });
    fireEvent.click(screen.getByRole('radio', { name: '来访' }));
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '样板房空调不制冷' } });
    fireEvent.change(screen.getByLabelText('问题描述'), { target: { value: '等候时间过长' } });
    fireEvent.click(screen.getByRole('button', { name: '提交工单' }));

    const why = await screen.findByText('回复日期最多约定在 90 天之内');
    expect(within(why.closest('.ant-form-item') as HTMLElement).getByLabelText('约定回复日期')).toBeTruthy();
    expect(posted(requests)?.body).toEqual({
      projectId: 'p1',
      kind: 'complaint',
      channel: 'visit',
      title: '样板房空调不制冷',
      description: '等候时间过长',
      requesterName: '来访客户 钱女士',
      salesCenterId: 'sc1',
      location: '3 号样板房',
      replyBy,
    });
    expect(requests.find((r) => r.path === '/api/projects/p1/sales-centers')).toBeTruthy();

    // A question and a suggestion are owed an answer too; a booking is not.
    fireEvent.click(screen.getByRole('radio', { name: '咨询' }));
    expect(await screen.findByLabelText('约定回复日期')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '建议' }));
    expect(await screen.findByLabelText('发生地点')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '预约服务' }));
    await waitFor(() => expect(screen.queryByLabelText('销售中心')).toBeNull());
    expect(screen.queryByLabelText('发生地点')).toBeNull();
  });
});
