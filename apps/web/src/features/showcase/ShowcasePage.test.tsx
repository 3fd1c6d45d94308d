import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { businessDate } from '@guanjia/domain/shared/business-date';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { ShowcasePage } from './ShowcasePage';
import { item, listOf, managerMe, showcaseDetail } from './showcase-fixtures';

afterEach(() => vi.unstubAllGlobals());

/** Types into an antd date picker's input and confirms it with Enter, as a keyboard user would. */
async function typeDate(input: HTMLElement, date: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(date));
}

const stats = (from: string, to: string) => ({ from, to, items: [], totals: { handedOut: 0, played: 0, viewed: 0 } });

describe('showcase page', () => {
  it('butler: a sales center without a plan says so and offers to start one', async () => {
    const { requests } = mockFetch({
      'GET /api/showcase/showcases': { body: listOf(null) },
      'POST /api/showcase/showcases': { status: 201, body: showcaseDetail({ status: 'draft', canEdit: true }) },
    });
    renderStaffPage(<ShowcasePage />, butlerMe, '/showcase');
    expect(await screen.findByText(/该销售中心还没有物业形象展示区方案/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '开始编制方案' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ salesCenterId: 'sc1' }));
  });

  it('butler: a plan not approved when decoration has started is shown in red, with what is still missing', async () => {
    const late = showcaseDetail({ status: 'draft', approvalLate: true, decorationStartDate: '2026-08-28', canEdit: true, allowedActions: ['submit'], missingParts: ['areaM2'], areaM2: null });
    mockFetch({ 'GET /api/showcase/showcases': { body: listOf(late) }, 'GET /api/showcase/showcases/s1': { body: late } });
    renderStaffPage(<ShowcasePage />, butlerMe, '/showcase');
    const alert = await screen.findByTestId('approval-late');
    expect(alert.textContent).toContain('销售中心已开始装修（2026-08-28），展示区方案尚未批准');
    expect(alert.className).toContain('ant-alert-error');
    expect(screen.getByText('面积（平方米）', { selector: '.ant-alert-description' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '报批' })).toBeTruthy();
  });

  it('butler: edits the plan; the decoration date is sent as a date and can be cleared', async () => {
    const draft = showcaseDetail({ status: 'draft', canEdit: true });
    const { requests } = mockFetch({
      'GET /api/showcase/showcases': { body: listOf(draft) },
      'GET /api/showcase/showcases/s1': { body: draft },
      'PATCH /api/showcase/showcases/s1': { body: draft },
    });
    renderStaffPage(<ShowcasePage />, butlerMe, '/showcase');
    const date = (await screen.findByLabelText('销售中心计划装修开始')) as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe('2026-09-20'));
    await typeDate(date, '2026-10-08');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const saved = () => requests.filter((r) => r.method === 'PATCH').map((r) => r.body);
    const fields = { location: '一层大厅东侧', areaM2: 36, layoutPlan: '背景墙、资料架、视频屏', layoutFileIds: [], version: 3 };
    await waitFor(() => expect(saved()).toEqual([{ ...fields, decorationStartDate: '2026-10-08' }]));

    const picker = date.closest('.ant-picker')!;
    fireEvent.mouseEnter(picker);
    fireEvent.click(picker.querySelector('.ant-picker-clear')!);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saved()[1]).toEqual({ ...fields, decorationStartDate: null }));
  });

  it('manager: the greeter post shows today’s explainer and marks the untrained one', async () => {
    const detail = showcaseDetail();
    mockFetch({ 'GET /api/showcase/showcases': { body: listOf(detail) }, 'GET /api/showcase/showcases/s1': { body: detail } });
    renderStaffPage(<ShowcasePage />, managerMe, '/showcase');
    await screen.findByTestId('visitor-link');
    expect(screen.getByTestId('visitor-link').textContent).toContain('/h5/showcase/AbCdEfGhIjKlMnOpQrStUvWx');
    fireEvent.click(screen.getByRole('tab', { name: '形象岗' }));
    expect(within(await screen.findByTestId('today-on-duty')).getByText('上午 · 管家 刘芳')).toBeTruthy();
    expect(screen.getByText('未培训，不能上岗')).toBeTruthy();
    expect(screen.getByText('2026-08-25 · 培训人 王老师')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '作业指导书' }));
    expect(within(await screen.findByTestId('instruction-current')).getByText('作业指导书 V2.pdf')).toBeTruthy();
    expect(screen.getByText('作业指导书 V1.pdf')).toBeTruthy();
  });

  it('manager: puts an explainer on duty and records a training, each on the picked date', async () => {
    const detail = showcaseDetail();
    const { requests } = mockFetch({
      'GET /api/showcase/showcases': { body: listOf(detail) },
      'GET /api/showcase/showcases/s1': { body: detail },
      'POST /api/showcase/showcases/s1/duties': { status: 201, body: detail },
      'PATCH /api/showcase/showcases/s1/explainers/e2': { body: detail },
    });
    renderStaffPage(<ShowcasePage />, managerMe, '/showcase');
    fireEvent.click(await screen.findByText('形象岗'));
    fireEvent.click(await screen.findByText('安排上岗'));
    let dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('讲解员'));
    fireEvent.click(await screen.findByTitle('管家 刘芳'));
    await typeDate(within(dialog).getByLabelText('日期'), '2026-09-03');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ explainerId: 'e1', dutyDate: '2026-09-03', shift: 'fullDay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const untrained = screen.getByText('技术员 赵磊').closest('tr')!;
    fireEvent.click(within(untrained).getByText('登记培训'));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请输入培训日期')).toBeTruthy();
    await typeDate(within(dialog).getByLabelText('培训日期'), '2026-09-02');
    fireEvent.change(within(dialog).getByLabelText('培训人'), { target: { value: '王老师' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ trainedOn: '2026-09-02', trainer: '王老师', version: 1 }));
  });

  it('butler: the publicity library lists items and shows the summary counts', async () => {
    const detail = showcaseDetail();
    mockFetch({
      'GET /api/showcase/showcases': { body: listOf(detail) },
      'GET /api/showcase/showcases/s1': { body: detail },
      'GET /api/showcase/publicity': { body: { items: [item(), item({ id: 'b1', kind: 'brochure', topic: 'company', title: '公司简介', allowedActions: ['retire'] })] } },
      'GET /api/showcase/stats': {
        body: { from: '2026-08-03', to: '2026-09-01', items: [{ item: { id: 'b1', title: '公司简介', kind: 'brochure', topic: 'company', status: 'published' }, handedOut: 45, played: 0, viewed: 7 }], totals: { handedOut: 45, played: 0, viewed: 7 } },
      },
    });
    renderStaffPage(<ShowcasePage />, butlerMe, '/showcase');
    fireEvent.click(await screen.findByText('宣传资料'));
    expect(await screen.findByText('《物业管理条例》要点')).toBeTruthy();
    const brochureRow = screen.getByText('公司简介').closest('tr')!;
    expect(within(brochureRow).getByText('登记发放')).toBeTruthy();
    fireEvent.click(screen.getByText('发放与播放统计'));
    await waitFor(() => expect(screen.getAllByText('公司简介')).toHaveLength(2));
    const row = screen.getAllByText('公司简介').map((el) => el.closest('tr')!).find((tr) => tr.textContent?.includes('45'))!;
    expect(row.textContent).toContain('7');
  });

  it('butler: records a brochure handout on the picked date', async () => {
    const detail = showcaseDetail();
    const { requests } = mockFetch({
      'GET /api/showcase/showcases': { body: listOf(detail) },
      'GET /api/showcase/showcases/s1': { body: detail },
      'GET /api/showcase/publicity': { body: { items: [item({ id: 'b1', kind: 'brochure', topic: 'company', title: '公司简介', allowedActions: ['retire'] })] } },
      'POST /api/showcase/publicity/b1/handouts': { status: 201, body: { quantity: 65 } },
    });
    renderStaffPage(<ShowcasePage />, butlerMe, '/showcase');
    fireEvent.click(await screen.findByText('宣传资料'));
    fireEvent.click(await screen.findByText('登记发放'));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByLabelText('日期') as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe(businessDate(new Date())));
    await typeDate(date, '2026-08-30');
    fireEvent.change(within(dialog).getByLabelText('发放数量（份）'), { target: { value: '20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ salesCenterId: 'sc1', date: '2026-08-30', quantity: 20 }));
    expect(await screen.findByText('已登记，当天该销售中心共发放 65 份')).toBeTruthy();
  });

  it('butler: the statistics cover the last 30 days until another range is picked', async () => {
    const { requests } = mockFetch({
      'GET /api/showcase/showcases': { body: listOf(showcaseDetail()) },
      'GET /api/showcase/showcases/s1': { body: showcaseDetail() },
      'GET /api/showcase/stats': (req) => ({ body: stats(req.search.get('from')!, req.search.get('to')!) }),
    });
    renderStaffPage(<ShowcasePage />, butlerMe, '/showcase');
    fireEvent.click(await screen.findByText('发放与播放统计'));
    expect(await screen.findByText('所选日期内没有资料')).toBeTruthy();
    const ranges = () => requests.filter((r) => r.path === '/api/showcase/stats').map((r) => [r.search.get('from'), r.search.get('to')]);
    expect(ranges()).toEqual([[businessDate(Date.now() - 29 * 86_400_000), businessDate(new Date())]]);
    const [from, to] = screen.getAllByLabelText('日期范围');
    await typeDate(from!, '2026-08-01');
    await typeDate(to!, '2026-08-31');
    await waitFor(() => expect(ranges()).toContainEqual(['2026-08-01', '2026-08-31']));
  });

  it('butler: an empty library says what to add', async () => {
    mockFetch({ 'GET /api/showcase/showcases': { body: listOf(null) }, 'GET /api/showcase/publicity': { body: { items: [] } } });
    renderStaffPage(<ShowcasePage />, butlerMe, '/showcase');
    fireEvent.click(await screen.findByText('宣传资料'));
    expect(await screen.findByText(/宣传资料库还是空的/)).toBeTruthy();
  });
});
