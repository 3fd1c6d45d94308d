import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { adminMe, butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { Deal, DealDetail } from './api';
import { DealsPage } from './DealsPage';

afterEach(() => vi.unstubAllGlobals());

const salesMe: Me = {
  user: { id: 'u-sales', username: 'sales', name: '孙丽', kind: 'staff', roles: ['salesConsultant'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const deal = (patch: Partial<Deal> = {}): Deal => ({
  id: 'd1',
  projectId: 'p1',
  householdId: 'h1',
  unit: { id: 'u1', code: '3-501', buildingId: 'b3', buildingCode: '3', buildingName: '3号楼' },
  buyer: { ownerId: 'o1', name: '陈建国', phone: '137****4501', idNumber: null },
  coBuyers: [{ ownerId: 'o2', name: '林晓燕', phone: '137****4502', idNumber: null }],
  personalDataMasked: true,
  personalDataRevealable: true,
  signingDate: '2026-02-24',
  contractNumber: 'JW01-2026-0031',
  salesConsultantName: '孙丽',
  externalRef: null,
  source: 'web',
  status: 'recorded',
  cancelKind: null,
  cancelReason: null,
  cancelledAt: null,
  butler: { id: 'u-butler', name: '李管家' },
  recordedBy: { id: 'u-sales', name: '孙丽' },
  onboarding: { done: 1, notApplicable: 0, todo: 7, total: 8, complete: false },
  allowedActions: ['cancel', 'assignButler', 'tickOnboarding'],
  version: 1,
  createdAt: '2026-02-24T02:00:00.000Z',
  updatedAt: '2026-02-24T02:00:00.000Z',
  ...patch,
});
const item = (i: string, label: string, status: 'todo' | 'done' = 'todo', version = 1) => ({ id: `i-${i}`, item: i, label, status, reason: null, doneBy: status === 'done' ? { id: 'u-butler', name: '李管家' } : null, doneAt: status === 'done' ? '2026-02-25T02:00:00.000Z' : null, version });
const detail = (patch: Partial<DealDetail> = {}): DealDetail =>
  ({
    ...deal(),
    checklist: [item('welcomeCall', '欢迎致电', 'done', 2), item('invitationSent', '发送签约链接'), item('renovationRules', '装修管理规定已签')],
    history: [{ id: 'e1', action: 'record', actor: { id: 'u-sales', name: '孙丽' }, data: null, at: '2026-02-24T02:00:00.000Z' }],
    ...patch,
  }) as DealDetail;
const page = (items: Deal[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const buildings = { body: page([]) };

/** Opens the select (again, until its options have loaded) and picks the option. */
async function choose(label: string, option: string, scope: HTMLElement = document.body) {
  const found = await waitFor(() => {
    fireEvent.mouseDown(within(scope).getByRole('combobox', { name: label }));
    return screen.getByText(option, { selector: '.ant-select-item-option-content' });
  }, { timeout: 5000 });
  fireEvent.click(found);
}

describe('deals page', () => {
  it('butler: opens a deal, ticks an item with its version, marks one not applicable with a reason, and creates a signing link to copy', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/deals': { body: page([deal()]) },
      'GET /api/projects/p1/buildings': buildings,
      'GET /api/projects/p1/deal-butlers': { body: { items: [{ id: 'u-butler', name: '李管家' }] } },
      'GET /api/deals/d1': { body: detail() },
      'PATCH /api/deals/d1/onboarding/invitationSent': { body: detail() },
      'PATCH /api/deals/d1/onboarding/renovationRules': { body: detail() },
      'POST /api/owner-invitations': { status: 201, body: { token: 'tok', path: '/h5/invite/tok', expiresAt: '2026-03-16T02:00:00.000Z' } },
      'POST /api/personal-data/reveal': { body: { field: 'phone', value: '13761234502', loggedAt: '2026-02-24T02:00:00.000Z' } },
    });
    renderStaffPage(<DealsPage />, butlerMe);
    fireEvent.click(await screen.findByText('陈建国'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('欢迎致电')).toBeTruthy();
    // Numbers are masked; the eye reveals one through the logged endpoint.
    const coBuyer = within(drawer).getByText('林晓燕').closest('.ant-space') as HTMLElement;
    expect(within(coBuyer).getByText('137****4502')).toBeTruthy();
    fireEvent.click(within(coBuyer).getByRole('button', { name: '查看完整手机号' }));
    expect(await within(coBuyer).findByText('13761234502')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/personal-data/reveal')?.body).toEqual({ subjectType: 'deal', dealId: 'd1', ownerId: 'o2', field: 'phone', page: '/' });
    expect(within(drawer).getByRole('link', { name: '个性化服务需求档案' }).getAttribute('href')).toBe('/households/h1/profile');
    fireEvent.click(within(within(drawer).getByRole('region', { name: '发送签约链接' })).getByRole('button', { name: '完成' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/deals/d1/onboarding/invitationSent')?.body).toEqual({ status: 'done', version: 1 }));

    fireEvent.click(within(within(drawer).getByRole('region', { name: '装修管理规定已签' })).getByRole('button', { name: '不适用' }));
    const reasonBox = await screen.findByRole('textbox', { name: '原因' });
    fireEvent.change(reasonBox, { target: { value: '精装交付' } });
    const save = within(reasonBox.closest('.ant-modal') as HTMLElement).getByRole('button', { name: '保存' });
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));
    fireEvent.click(save);
    await waitFor(() => expect(requests.find((r) => r.path === '/api/deals/d1/onboarding/renovationRules')?.body).toEqual({ status: 'notApplicable', reason: '精装交付', version: 1 }), { timeout: 5000 });

    fireEvent.click(within(drawer).getByRole('button', { name: /生成签约链接/ }));
    const link = (await screen.findByRole('textbox', { name: '业主签约链接' })) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/h5/invite/tok`);
    expect(requests.find((r) => r.path === '/api/owner-invitations')?.body).toEqual({ ownerId: 'o1' });
  });

  it('sales consultant: sees masked phones, no CRM card; records a deal in the drawer and sees the server’s field error on the field', async () => {
    let posts = 0;
    const { requests } = mockFetch({
      'GET /api/projects/p1/deals': { body: page([deal({ buyer: { ownerId: 'o1', name: '陈建国', phone: '137****4501', idNumber: null }, personalDataMasked: true, personalDataRevealable: false, allowedActions: [] })]) },
      'GET /api/projects/p1/buildings': { body: page([{ id: 'b1', code: '1', name: '1号楼' }] as never) },
      'GET /api/projects/p1/units': { body: page([{ id: 'u102', code: '1-102' }] as never) },
      'GET /api/projects/p1/deal-butlers': { body: { items: [{ id: 'u-butler', name: '李管家' }] } },
      'POST /api/projects/p1/deals': () =>
        ++posts === 1
          ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误', fields: { 'buyer.phone': '手机号已被占用（测试）' } } } }
          : { status: 201, body: detail({ id: 'd9' }) },
      'GET /api/deals/d9': { body: detail({ id: 'd9' }) },
    });
    renderStaffPage(<DealsPage />, salesMe);
    expect(await screen.findByText('137****4501')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '查看完整手机号' })).toBeNull();
    expect(screen.queryByText('CRM 对接')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /录入成交/ }));
    const drawer = await screen.findByRole('dialog');
    await choose('楼栋', '1号楼', drawer);
    await choose('房号', '1-102', drawer);
    fireEvent.change(within(drawer).getByLabelText('买受人姓名'), { target: { value: '王立新' } });
    fireEvent.change(within(drawer).getByLabelText('手机号'), { target: { value: '13511112222' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /添加共同买受人/ }));
    fireEvent.change(within(drawer).getByLabelText('共同买受人 1 买受人姓名'), { target: { value: '赵敏' } });
    fireEvent.click(within(drawer).getByRole('button', { name: '保存' }));
    expect(await within(drawer).findByText('手机号已被占用（测试）')).toBeTruthy();
    const body = requests.find((r) => r.method === 'POST')?.body as Record<string, unknown>;
    expect(body).toMatchObject({ unitId: 'u102', buyer: { name: '王立新', phone: '13511112222' }, coBuyers: [{ name: '赵敏' }] });
    expect(body.signingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.click(within(drawer).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(posts).toBe(2));
  });

  it('butler: an import refused by the server lists row, column and reason', async () => {
    mockFetch({
      'GET /api/projects/p1/deals': { body: page([]) },
      'GET /api/projects/p1/buildings': buildings,
      'POST /api/projects/p1/deals/import': {
        status: 422,
        body: { error: { code: 'IMPORT_INVALID', message: '导入文件有 1 处错误', fields: { '第3行 手机号': '手机号格式不正确' }, details: { rows: [{ row: 3, column: 'buyerPhone', columnLabel: '手机号', reason: '手机号格式不正确' }] } } },
      },
    });
    renderStaffPage(<DealsPage />, butlerMe);
    expect(await screen.findByText('销售成交后点击“录入成交”，或用 Excel 批量导入。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /导入 Excel/ }));
    const input = (await screen.findByText('点击或拖拽 .xlsx 文件到这里')).closest('.ant-upload')!.querySelector('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['x'], '成交.xlsx')] } });
    fireEvent.click(await screen.findByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('文件有错误，未导入任何数据。请按下表修改后重新上传：')).toBeTruthy();
    expect(screen.getByText('手机号格式不正确')).toBeTruthy();
  });

  it('admin: the CRM card rotates the secret after confirming and shows it once with the endpoint', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/deals': { body: page([]) },
      'GET /api/projects/p1/buildings': buildings,
      'GET /api/projects/p1/deal-webhook': { body: { configured: false, rotatedAt: null, rotatedBy: null, endpointPath: '/api/public/deals/webhook/p1' } },
      'POST /api/projects/p1/deal-webhook/secret': { status: 201, body: { configured: true, rotatedAt: '2026-03-02T02:00:00.000Z', rotatedBy: { id: 'u-admin', name: '王管理' }, endpointPath: '/api/public/deals/webhook/p1', secret: 'whsec_test' } },
    });
    renderStaffPage(<DealsPage />, adminMe);
    expect(await screen.findByText('尚未设置密钥，CRM 推送会被拒绝')).toBeTruthy();
    expect(screen.getByText(`${window.location.origin}/api/public/deals/webhook/p1`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '生成新密钥' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('whsec_test')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST' && r.path === '/api/projects/p1/deal-webhook/secret')).toBe(true);
    expect((screen.getByRole('textbox', { name: '签名示例（Node.js）' }) as HTMLTextAreaElement).value).toContain('X-Guanjia-Signature');
  });
});
