import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { DealDetail } from './api';
import { DealDrawer } from './DealDrawer';
import './i18n';

afterEach(() => vi.unstubAllGlobals());

const detail = (patch: Partial<DealDetail> = {}): DealDetail => ({
  id: 'd1',
  projectId: 'p1',
  householdId: 'h1',
  unit: { id: 'u1', code: '3-501', buildingId: 'b3', buildingCode: '3', buildingName: '3号楼' },
  buyer: { ownerId: 'o1', name: '陈建国', phone: '137****4501', idNumber: null },
  coBuyers: [{ ownerId: 'o2', name: '林晓燕', phone: '137****4502', idNumber: null }],
  personalDataMasked: true,
  personalDataRevealable: true,
  signingDate: '2026-02-24',
  contractNumber: null,
  salesConsultantName: null,
  externalRef: null,
  source: 'web',
  status: 'recorded',
  cancelKind: null,
  cancelReason: null,
  cancelledAt: null,
  butler: null,
  recordedBy: null,
  onboarding: { done: 0, notApplicable: 0, todo: 1, total: 1, complete: false },
  allowedActions: ['edit', 'cancel'],
  version: 4,
  createdAt: '2026-02-24T02:00:00.000Z',
  updatedAt: '2026-02-24T02:00:00.000Z',
  checklist: [],
  history: [],
  ...patch,
});

async function openDrawer(routes: Parameters<typeof mockFetch>[0]) {
  const mock = mockFetch({ 'GET /api/deals/d1': { body: detail() }, ...routes });
  renderStaffPage(<DealDrawer id="d1" onClose={() => {}} />, butlerMe);
  await screen.findByText('3号楼 3-501 · 陈建国');
  return mock;
}
const actions = () => screen.getByText('个性化服务需求档案').closest('.ant-space') as HTMLElement;

describe('deals: editing and voiding from the drawer', () => {
  it('edit: corrects the buyer’s name with the version read; masked numbers left empty are not sent', async () => {
    const { requests } = await openDrawer({ 'PATCH /api/deals/d1': { body: detail({ buyer: { ownerId: 'o1', name: '陈建囯', phone: '137****4501', idNumber: null }, version: 5 }) } });
    fireEvent.click(within(actions()).getByRole('button', { name: '编辑' }));
    const form = await screen.findByRole('form', { name: '编辑成交信息' });
    fireEvent.change(within(form).getByRole('textbox', { name: '买受人姓名' }), { target: { value: '陈建囯' } });
    fireEvent.click(within(form.closest('.ant-drawer') as HTMLElement).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ version: 4, buyer: { name: '陈建囯' }, coBuyers: [{ ownerId: 'o2', name: '林晓燕' }], signingDate: '2026-02-24' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '编辑成交信息' })).toBeNull());
  });

  it('edit: 清除证件号 withdraws a stored ID number (sent as null) and locks the field; none stored, no checkbox', async () => {
    const withIds = detail({
      buyer: { ownerId: 'o1', name: '陈建国', phone: '137****4501', idNumber: '3101**********0017' },
      coBuyers: [{ ownerId: 'o2', name: '林晓燕', phone: '137****4502', idNumber: null }],
    });
    const { requests } = await openDrawer({ 'GET /api/deals/d1': { body: withIds }, 'PATCH /api/deals/d1': { body: { ...withIds, version: 5 } } });
    fireEvent.click(within(actions()).getByRole('button', { name: '编辑' }));
    const form = await screen.findByRole('form', { name: '编辑成交信息' });
    expect(within(form).queryByRole('checkbox', { name: /共同买受人 1 清除证件号/ })).toBeNull();
    const idField = within(form).getByRole('textbox', { name: '证件号' });
    fireEvent.click(within(form).getByRole('checkbox', { name: /清除证件号/ }));
    await waitFor(() => expect(idField.hasAttribute('disabled')).toBe(true));
    expect(within(form).getByText('3101**********0017 将在保存后清除')).toBeTruthy();
    fireEvent.click(within(form.closest('.ant-drawer') as HTMLElement).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ version: 4, buyer: { name: '陈建国', idNumber: null }, coBuyers: [{ ownerId: 'o2', name: '林晓燕' }], signingDate: '2026-02-24' }),
    );
  });

  it('edit: a stale version (409) says so and keeps the form open', async () => {
    await openDrawer({ 'PATCH /api/deals/d1': { status: 409, body: { error: { code: 'STALE_UPDATE', message: '数据已被他人修改，请刷新后重试' } } } });
    fireEvent.click(within(actions()).getByRole('button', { name: '编辑' }));
    const form = await screen.findByRole('form', { name: '编辑成交信息' });
    fireEvent.click(within(form.closest('.ant-drawer') as HTMLElement).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(/数据已被他人修改/)).toBeTruthy();
    expect(screen.getByRole('form', { name: '编辑成交信息' })).toBeTruthy();
  });

  it('void: the reason is required before confirming; the reason, note and version are sent', async () => {
    const { requests } = await openDrawer({ 'POST /api/deals/d1/cancel': { body: detail({ status: 'cancelled', cancelKind: 'unitChanged', cancelReason: '换到 3-502', allowedActions: [] }) } });
    fireEvent.click(within(actions()).getByRole('button', { name: '作废' }));
    const modal = (await screen.findByRole('radiogroup', { name: '作废原因' })).closest('.ant-modal') as HTMLElement;
    const ok = within(modal).getByRole('button', { name: /作\s*废/ });
    expect(ok.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(modal).getByRole('radio', { name: '换房' }));
    fireEvent.change(within(modal).getByRole('textbox', { name: '补充说明（选填）' }), { target: { value: '换到 3-502' } });
    await waitFor(() => expect(ok.hasAttribute('disabled')).toBe(false));
    fireEvent.click(ok);
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ reason: 'unitChanged', note: '换到 3-502', version: 4 }));
    expect(await screen.findByText('已作废')).toBeTruthy();
  });
});
