import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { technicianMe } from '../reception/reception-fixtures';
import { centersReply, managerMe, settingsFixture, slot, timetableFixture } from './drill-fixtures';
import { EtiquetteDrillsPage } from './EtiquetteDrillsPage';
import { shanghaiToday, shiftDate } from './parts';

afterEach(() => vi.unstubAllGlobals());

const PNG = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '会操.png', { type: 'image/png' });

/** Types into an antd date or time picker's input and confirms it with Enter, as a keyboard user would. */
async function typeInto(input: HTMLElement, text: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(text));
}

/** Types both ends of an antd range picker labelled `label`. */
async function typeRange(label: string, from: string, to: string) {
  const [start, end] = screen.getAllByLabelText(label);
  await typeInto(start!, from);
  await typeInto(end!, to);
}

async function openRecordModal() {
  renderStaffPage(<EtiquetteDrillsPage />, butlerMe);
  fireEvent.click(await screen.findByRole('button', { name: /记录完成/ }));
  const dialog = await screen.findByRole('dialog');
  return dialog;
}

describe('etiquette drills page', () => {
  it('butler: sees today’s timetable, the done drill with who performed it, the missed one flagged and the drill due now', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/etiquette-drills/timetable': { body: timetableFixture() } });
    renderStaffPage(<EtiquetteDrillsPage />, butlerMe);
    expect(await screen.findByText('参演：秩序维护员 钱勇、李管家')).toBeTruthy();
    expect(screen.getByText('已完成 1 · 未完成 1 · 进行中 1 · 待进行 2')).toBeTruthy();
    const rows = screen.getAllByRole('row', { hidden: false }).slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['08:00–09:00', '09:00–10:00', '10:00–11:00', '11:00–12:00', '12:00–13:00']);
    expect(within(rows[1]!).getByText('未完成')).toBeTruthy();
    expect(within(rows[1]!).getByText(/已于 .* 提醒服务中心经理/)).toBeTruthy();
    expect(within(rows[2]!).getByText('管家服务模拟')).toBeTruthy();
    expect(within(rows[2]!).getByRole('button', { name: /记录完成/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /记录完成/ })).toHaveLength(1);
    // A butler does not get the missed list.
    expect(screen.queryByRole('tab', { name: '未完成清单' })).toBeNull();
  });

  it('butler: records the drill with who, a photo and a note; without a photo it is not sent', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/etiquette-drills/timetable': { body: timetableFixture() },
      'POST /api/files': { status: 201, body: { id: 'f9', url: '/api/files/f9', originalName: '会操.png' } },
      'POST /api/etiquette-drills/records': { status: 201, body: timetableFixture() },
    });
    const dialog = await openRecordModal();
    expect(within(dialog).getByText('记录完成：10:00–11:00 管家服务模拟')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认完成' }));
    expect(await within(dialog).findByText('请选择参演人员')).toBeTruthy();
    expect(await within(dialog).findByText('请上传 1 张现场照片')).toBeTruthy();

    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('秩序维护员 钱勇'));
    fireEvent.change(dialog.querySelector('input[type=file]')!, { target: { files: [PNG] } });
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/files')).toBe(true));
    fireEvent.change(within(dialog).getByLabelText('备注'), { target: { value: '4 人会操' } });
    await waitFor(() => expect(within(dialog).queryByText('请上传 1 张现场照片')).toBeNull());
    fireEvent.click(within(dialog).getByRole('button', { name: '确认完成' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/etiquette-drills/records')?.body).toEqual({ salesCenterId: 'sc1', date: '2026-05-09', start: '10:00', performerIds: ['u-guard'], photoId: 'f9', note: '4 人会操' }));
    expect(await screen.findByText('已记录完成')).toBeTruthy();
  });

  it('butler: when another post recorded the hour first, says so and shows theirs', async () => {
    let reads = 0;
    mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/etiquette-drills/timetable': () => ({
        body: ++reads === 1 ? timetableFixture() : timetableFixture({ slots: [slot({ start: '10:00', status: 'done', record: { id: 'r2', performers: [{ id: 'u-guard', name: '秩序维护员 钱勇' }], photoUrl: null, note: null, recordedBy: { id: 'u-guard', name: '秩序维护员 钱勇' }, recordedAt: '2026-05-09T02:20:00.000Z' } })] }),
      }),
      'POST /api/files': { status: 201, body: { id: 'f9', url: '/api/files/f9', originalName: '会操.png' } },
      'POST /api/etiquette-drills/records': { status: 409, body: { error: { code: 'DRILL_ALREADY_RECORDED', message: '2026-05-09 10:00 的演练已由他人记录完成，请刷新查看' } } },
    });
    const dialog = await openRecordModal();
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('李管家'));
    fireEvent.change(dialog.querySelector('input[type=file]')!, { target: { files: [PNG] } });
    await waitFor(() => expect(within(dialog).queryByText('请上传 1 张现场照片')).toBeNull());
    fireEvent.click(within(dialog).getByRole('button', { name: '确认完成' }));
    expect(await screen.findByText('2026-05-09 10:00 的演练已由他人记录完成，请刷新查看')).toBeTruthy();
    expect(await screen.findByText('参演：秩序维护员 钱勇')).toBeTruthy();
  });

  it('butler: a day outside the peak says no drills are needed', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/etiquette-drills/timetable': { body: timetableFixture({ slots: [] }) } });
    renderStaffPage(<EtiquetteDrillsPage />, butlerMe);
    expect(await screen.findByText('今天不在销售高峰期，无需礼仪演练')).toBeTruthy();
  });

  it('butler: picking another day loads that day’s timetable', async () => {
    const { requests } = mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/etiquette-drills/timetable': { body: timetableFixture() } });
    renderStaffPage(<EtiquetteDrillsPage />, butlerMe);
    await screen.findByText('参演：秩序维护员 钱勇、李管家');
    const picker = screen.getByLabelText('日期') as HTMLInputElement;
    await waitFor(() => expect(picker.value).toBe('2026-05-09'));
    await typeInto(picker, '2026-05-02');
    await waitFor(() => expect(requests.some((r) => r.path === '/api/etiquette-drills/timetable' && r.search.get('date') === '2026-05-02')).toBe(true));
  });

  it('butler: the past days cover the last week until another range is picked', async () => {
    const today = shanghaiToday();
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/etiquette-drills/timetable': { body: timetableFixture() },
      'GET /api/etiquette-drills/days': { body: { salesCenter: { id: 'sc1', name: '江湾壹号 销售中心' }, days: [] } },
    });
    renderStaffPage(<EtiquetteDrillsPage />, butlerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '往日记录' }));
    expect(await screen.findByText('所选日期内没有礼仪演练')).toBeTruthy();
    const days = () => requests.filter((r) => r.path === '/api/etiquette-drills/days').map((r) => [r.search.get('from'), r.search.get('to')]);
    expect(days()).toEqual([[shiftDate(today, -7), shiftDate(today, -1)]]);
    await typeRange('日期范围', '2026-04-01', '2026-04-15');
    await waitFor(() => expect(days()).toContainEqual(['2026-04-01', '2026-04-15']));
  });

  it('manager: sees the missed list of the project with who was told', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/etiquette-drills/timetable': { body: timetableFixture() },
      'GET /api/etiquette-drills/missed': {
        body: { items: [{ id: 'm1', salesCenter: { id: 'sc1', name: '江湾壹号 销售中心' }, date: '2026-05-09', start: '09:00', end: '10:00', kind: 'receptionEtiquette', flaggedAt: '2026-05-09T02:05:00.000Z', notified: [{ id: 'u-manager', name: '服务中心经理 张伟' }] }] },
      },
    });
    renderStaffPage(<EtiquetteDrillsPage />, managerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '未完成清单' }));
    expect(await screen.findByText('服务中心经理 张伟')).toBeTruthy();
    expect(screen.getByText('接待礼仪演示')).toBeTruthy();
    const first = requests.find((r) => r.path === '/api/etiquette-drills/missed')!;
    expect([first.search.get('projectId'), first.search.get('from'), first.search.get('to')]).toEqual(['p1', shiftDate(shanghaiToday(), -30), shanghaiToday()]);
    await typeRange('日期范围', '2026-05-01', '2026-05-09');
    await waitFor(() =>
      expect(requests.some((r) => r.path === '/api/etiquette-drills/missed' && r.search.get('from') === '2026-05-01' && r.search.get('to') === '2026-05-09')).toBe(true),
    );
  });

  it('manager: adds a peak period; the server’s reason shows under the end date', async () => {
    let attempt = 0;
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/etiquette-drills/timetable': { body: timetableFixture() },
      'GET /api/etiquette-drills/settings': { body: settingsFixture() },
      'POST /api/etiquette-drills/peak-periods': () =>
        ++attempt === 1
          ? { status: 422, body: { error: { code: 'INVALID_PEAK_PERIOD', message: '结束日期不能早于开始日期', fields: { endDate: '结束日期不能早于开始日期' } } } }
          : { status: 201, body: settingsFixture().periods[0] },
    });
    renderStaffPage(<EtiquetteDrillsPage />, managerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '高峰期与轮换' }));
    expect(await screen.findByText('周六、周日')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新增高峰期/ }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('开始时间') as HTMLInputElement).value).toBe('10:00');
    expect((within(dialog).getByLabelText('结束时间') as HTMLInputElement).value).toBe('17:00');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findAllByText('必填')).toHaveLength(2);
    await typeInto(within(dialog).getByLabelText('开始日期'), '2026-06-01');
    await typeInto(within(dialog).getByLabelText('结束日期'), '2026-05-01');
    await typeInto(within(dialog).getByLabelText('开始时间'), '09:30');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '周六' }));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('结束日期不能早于开始日期')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ salesCenterId: 'sc1', startDate: '2026-06-01', endDate: '2026-05-01', startTime: '09:30', endTime: '17:00', weekdays: [6] });
    await typeInto(within(dialog).getByLabelText('结束日期'), '2026-06-07');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')[1]?.body).toEqual({ salesCenterId: 'sc1', startDate: '2026-06-01', endDate: '2026-06-07', startTime: '09:30', endTime: '17:00', weekdays: [6] });
  });

  it('manager: edits a peak period, its saved dates and times shown in the pickers', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/sales-centers': centersReply,
      'GET /api/etiquette-drills/timetable': { body: timetableFixture() },
      'GET /api/etiquette-drills/settings': { body: settingsFixture() },
      'PATCH /api/etiquette-drills/peak-periods/pp1': { body: settingsFixture().periods[0] },
    });
    renderStaffPage(<EtiquetteDrillsPage />, managerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '高峰期与轮换' }));
    fireEvent.click(await screen.findByLabelText('编辑高峰期'));
    const dialog = await screen.findByRole('dialog');
    const value = (label: string) => (within(dialog).getByLabelText(label) as HTMLInputElement).value;
    expect([value('开始日期'), value('结束日期'), value('开始时间'), value('结束时间')]).toEqual(['2026-05-01', '2026-05-31', '08:00', '13:00']);
    await typeInto(within(dialog).getByLabelText('结束时间'), '14:00');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ startDate: '2026-05-01', endDate: '2026-05-31', startTime: '08:00', endTime: '14:00', weekdays: [6, 7], version: 1 }),
    );
  });

  it('butler: sees the settings read-only', async () => {
    mockFetch({ 'GET /api/projects/p1/sales-centers': centersReply, 'GET /api/etiquette-drills/timetable': { body: timetableFixture() }, 'GET /api/etiquette-drills/settings': { body: settingsFixture({ allowedActions: [] }) } });
    renderStaffPage(<EtiquetteDrillsPage />, butlerMe);
    fireEvent.click(await screen.findByRole('tab', { name: '高峰期与轮换' }));
    expect(await screen.findByText('仅服务中心经理及公司管理人员可修改')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增高峰期/ })).toBeNull();
    expect(screen.getByText('保安会操表演 → 接待礼仪演示 → 管家服务模拟')).toBeTruthy();
  });

  it('technician: is not allowed', async () => {
    mockFetch({});
    renderStaffPage(<EtiquetteDrillsPage />, technicianMe);
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});
