import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adminMe, butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { OpeningReadinessPage } from './OpeningReadinessPage';
import { managerMe, marketingMe, overview, readiness } from './readiness-fixtures';

afterEach(() => vi.unstubAllGlobals());

const projectPath = '/opening-readiness?projectId=p1';

function milestoneRow(key: string): HTMLElement {
  return screen.getByTestId(`milestone-${key}`);
}

function itemRow(name: string): HTMLElement {
  return screen.getByText(name).closest('tr')!;
}

describe('opening readiness page', () => {
  it('company admin: the overview shows each project’s colours, worst colour and next due, and a row opens the project', async () => {
    const { requests } = mockFetch({
      'GET /api/opening-readiness/overview': { body: overview },
      'GET /api/opening-readiness': { body: readiness() },
    });
    renderStaffPage(<OpeningReadinessPage />, adminMe, '/opening-readiness');
    const row = (await screen.findByText('滨江花园')).closest('tr')!;
    const tags = [...row.querySelectorAll('[data-colour]')].map((el) => [el.getAttribute('data-colour'), el.textContent]);
    expect(tags).toEqual([
      ['red', '已逾期 1'],
      ['amber', '即将到期 1'],
      ['grey', '未到期 4'],
      ['green', '已完成 2'],
      ['red', '已逾期'],
    ]);
    expect(within(row).getByText('完成会所功能相关设备设施的采购申请')).toBeTruthy();
    expect(within(row).getByText('逾期 3 天').closest('.ant-typography-danger')).toBeTruthy();
    expect(within(row).getByText('1/3')).toBeTruthy();

    const unset = screen.getByText('湖畔雅苑').closest('tr')!;
    expect(unset.querySelectorAll('[data-colour]')).toHaveLength(0);
    expect(within(unset).getAllByText('未设置日期').length).toBeGreaterThan(0);

    fireEvent.click(row);
    expect(await screen.findByText('开盘准备 · 滨江花园')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/opening-readiness')?.search.get('projectId')).toBe('p1');
  });

  it('company admin: with no visible project the overview says so', async () => {
    mockFetch({ 'GET /api/opening-readiness/overview': { body: { today: '2027-03-04', items: [] } } });
    renderStaffPage(<OpeningReadinessPage />, adminMe, '/opening-readiness');
    expect(await screen.findByText('没有可查看的项目')).toBeTruthy();
  });

  it('butler: the project named in the address shows its milestones by due date with the overdue one in red', async () => {
    const { requests } = mockFetch({ 'GET /api/opening-readiness': { body: readiness() } });
    renderStaffPage(<OpeningReadinessPage />, butlerMe, projectPath);
    await screen.findByText('开盘准备 · 滨江花园');
    expect(requests.some((r) => r.path === '/api/opening-readiness/overview')).toBe(false);

    const keys = screen.getAllByTestId(/^milestone-/).map((el) => el.getAttribute('data-testid'));
    expect(keys).toEqual(['milestone-clubhouseEquipmentPurchaseRequests', 'milestone-clubhouseStaffing', 'milestone-clubhouseEquipmentInPlace']);

    const red = milestoneRow('clubhouseEquipmentPurchaseRequests');
    expect(red.querySelector('[data-colour="red"]')?.textContent).toBe('已逾期');
    expect(within(red).getByText('2027-03-01')).toBeTruthy();
    expect(within(red).getByText('逾期 3 天').closest('.ant-typography-danger')).toBeTruthy();
    expect(within(red).getByRole('button', { name: /完成/ })).toBeTruthy();

    const done = milestoneRow('clubhouseStaffing');
    expect(done.querySelector('[data-colour="green"]')).toBeTruthy();
    expect(within(done).getByRole('button', { name: /重新打开/ })).toBeTruthy();
    expect(within(milestoneRow('clubhouseEquipmentInPlace')).getByText('还剩 62 天')).toBeTruthy();

    expect(screen.getByText('会所：会所')).toBeTruthy();
    expect(screen.getByText('落实到位 1/2')).toBeTruthy();
    expect(screen.getByText('落实到位 0/1')).toBeTruthy();
    expect(within(itemRow('跑步机')).getByText('已到货')).toBeTruthy();
    // A butler works the list but does not set the dates.
    expect(screen.queryByRole('button', { name: /设置日期/ })).toBeNull();
    expect(screen.getByRole('button', { name: /添加配置项目/ })).toBeTruthy();
  });

  it('butler: marking a milestone done sends the version the page showed and reloads', async () => {
    let gets = 0;
    const { requests } = mockFetch({
      'GET /api/opening-readiness': () => {
        gets++;
        return { body: readiness() };
      },
      'POST /api/opening-readiness/milestones/m1/done': { body: {} },
    });
    renderStaffPage(<OpeningReadinessPage />, butlerMe, projectPath);
    await screen.findByText('开盘准备 · 滨江花园');
    fireEvent.click(within(milestoneRow('clubhouseEquipmentPurchaseRequests')).getByRole('button', { name: /完成/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 4 }));
    expect(await screen.findByText('已标记完成')).toBeTruthy();
    await waitFor(() => expect(gets).toBe(2));
  });

  it('butler: a milestone someone else changed meanwhile shows the server’s message and reloads', async () => {
    let gets = 0;
    mockFetch({
      'GET /api/opening-readiness': () => {
        gets++;
        return { body: readiness() };
      },
      'POST /api/opening-readiness/milestones/m1/done': { status: 409, body: { error: { code: 'VERSION_CONFLICT', message: '该记录已被他人修改' } } },
    });
    renderStaffPage(<OpeningReadinessPage />, butlerMe, projectPath);
    await screen.findByText('开盘准备 · 滨江花园');
    fireEvent.click(within(milestoneRow('clubhouseEquipmentPurchaseRequests')).getByRole('button', { name: /完成/ }));
    expect(await screen.findByText('该记录已被他人修改 已刷新为最新内容')).toBeTruthy();
    await waitFor(() => expect(gets).toBe(2));
  });

  it('butler: stepping an item back asks for a reason before sending it with the version', async () => {
    const { requests } = mockFetch({
      'GET /api/opening-readiness': { body: readiness() },
      'POST /api/opening-readiness/equipment/e1/stepBack': { body: {} },
    });
    renderStaffPage(<OpeningReadinessPage />, butlerMe, projectPath);
    await screen.findByText('跑步机');
    fireEvent.click(within(itemRow('跑步机')).getByRole('button', { name: '退回上一步' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('当前“已到货”，将退回到“已采购”。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '退回上一步' }));
    expect(await within(dialog).findByText('请填写退回原因')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('退回原因'), { target: { value: '型号不符，退回供应商' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '退回上一步' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ reason: '型号不符，退回供应商', version: 3 }));
  });

  it('butler: the next step of an item is one click and sends its version', async () => {
    const { requests } = mockFetch({
      'GET /api/opening-readiness': { body: readiness() },
      'POST /api/opening-readiness/equipment/e1/install': { body: {} },
    });
    renderStaffPage(<OpeningReadinessPage />, butlerMe, projectPath);
    await screen.findByText('跑步机');
    fireEvent.click(within(itemRow('跑步机')).getByRole('button', { name: '已安装' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 3 }));
  });

  it('butler: the server’s reason for a bad item name shows under that field', async () => {
    mockFetch({
      'GET /api/opening-readiness': { body: readiness() },
      'POST /api/opening-readiness/equipment': {
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { itemName: '该场所已有同名配置项目' } } },
      },
    });
    renderStaffPage(<OpeningReadinessPage />, butlerMe, projectPath);
    await screen.findByText('跑步机');
    fireEvent.click(screen.getByRole('button', { name: /添加配置项目/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('配置项目名称'), { target: { value: '跑步机' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('该场所已有同名配置项目')).toBeTruthy();
  });

  it('manager: saving the dates sends the version and the reason, and a field error lands on its date', async () => {
    const { requests } = mockFetch({
      'GET /api/opening-readiness': { body: readiness() },
      'PUT /api/opening-readiness/dates': {
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { firstLaunchDate: '首次开盘须晚于会所开放' } } },
      },
    });
    renderStaffPage(<OpeningReadinessPage />, managerMe, projectPath);
    fireEvent.click(await screen.findByRole('button', { name: /设置日期/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('调整原因'), { target: { value: '营销部通知' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
        projectId: 'p1',
        firstLaunchDate: '2027-06-01',
        clubhouseOpeningDate: '2027-05-20',
        showFlatOpeningDate: '2027-05-25',
        reason: '营销部通知',
        version: 2,
      }),
    );
    expect(await within(dialog).findByText('首次开盘须晚于会所开放')).toBeTruthy();
  });

  it('manager: clearing a date asks first, naming the milestones it removes', async () => {
    const { requests } = mockFetch({
      'GET /api/opening-readiness': { body: readiness() },
      'PUT /api/opening-readiness/dates': { body: readiness() },
    });
    renderStaffPage(<OpeningReadinessPage />, managerMe, projectPath);
    fireEvent.click(await screen.findByRole('button', { name: /设置日期/ }));
    const dialog = await screen.findByRole('dialog');
    const clubhouse = within(dialog).getByLabelText('会所开放').closest('.ant-picker')!;
    fireEvent.mouseEnter(clubhouse);
    fireEvent.click(clubhouse.querySelector('.ant-picker-clear')!);
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('清空会所开放（原 2027-05-20），由此推算的 1 个节点将被删除')).toBeTruthy();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '确认调整' }));
    await waitFor(() => expect((requests.find((r) => r.method === 'PUT')?.body as { clubhouseOpeningDate: unknown }).clubhouseOpeningDate).toBeNull());
  });

  it('marketing lead: reads the milestones and the list but sees no button that writes', async () => {
    mockFetch({ 'GET /api/opening-readiness': { body: readiness() } });
    renderStaffPage(<OpeningReadinessPage />, marketingMe, projectPath);
    await screen.findByText('跑步机');
    expect(within(milestoneRow('clubhouseStaffing')).getByText('李管家')).toBeTruthy();
    expect(within(milestoneRow('clubhouseEquipmentPurchaseRequests')).getByText('未指派')).toBeTruthy();
    for (const name of [/完成/, /重新打开/, /设置日期/, /添加配置项目/, '退回上一步', '已安装', '编辑', '移除']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('combobox', { name: '指派负责人' })).toBeNull();
  });
});
