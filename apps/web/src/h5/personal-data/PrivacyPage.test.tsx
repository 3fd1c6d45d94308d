import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../testing/utils';
import type { PersonalDataRequest } from '../../features/personal-data/api';
import { myHouseholds, ownerMe, renderH5 } from '../services/test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const base = { 'GET /api/me': { body: ownerMe }, 'GET /api/households/mine': { body: myHouseholds } };
const erasure = (patch: Partial<PersonalDataRequest> = {}): PersonalDataRequest => ({
  id: 'r1',
  projectId: 'p1',
  owner: { id: 'o1', name: '吴先生' },
  kind: 'erasure',
  state: 'requested',
  format: null,
  reason: null,
  requestedBy: { id: 'u-owner', name: '吴先生' },
  decidedBy: null,
  decidedAt: null,
  refuseReason: null,
  completedAt: null,
  allowedActions: [],
  version: 1,
  createdAt: '2026-03-02T02:00:00.000Z',
  ...patch,
});

describe('owner H5: personal data', () => {
  it('owner: reaches the page from home and downloads the JSON copy', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const { requests } = mockFetch({ ...base, 'GET /api/personal-data/mine/requests': { body: { items: [] } }, 'GET /api/personal-data/mine/export': { body: { owner: {} } } });
    renderH5('/h5/');
    fireEvent.click(await screen.findByTestId('home-privacy'));
    expect(await screen.findByText('暂无申请')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下载 JSON' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/personal-data/mine/export')?.search.get('format')).toBe('json'));
  });

  it('owner: asks for erasure only after reading the consequences and ticking the box; a refusal by the server is shown', async () => {
    let posts = 0;
    const { requests } = mockFetch({
      ...base,
      'GET /api/personal-data/mine/requests': () => ({ body: { items: posts > 1 ? [erasure()] : [erasure({ id: 'r0', state: 'refused', refuseReason: '请先结清物业费' })] } }),
      'POST /api/personal-data/mine/erasure': () =>
        ++posts === 1
          ? { status: 409, body: { error: { code: 'ERASURE_BLOCKED', message: '暂不能注销个人信息：尚有未办结的工单' } } }
          : { status: 201, body: erasure() },
    });
    renderH5('/h5/privacy');
    const earlier = await screen.findByTestId('privacy-request');
    expect(within(earlier).getByText('拒绝原因：请先结清物业费')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '申请注销' }));
    const confirm = await screen.findByTestId('erasure-confirm');
    expect(within(confirm).getByText(/删除您的手写签名图片/)).toBeTruthy();
    const submit = within(confirm).getByRole('button', { name: '确认提交注销申请' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(confirm).getByPlaceholderText('注销原因（选填）'), { target: { value: '搬离小区' } });
    fireEvent.click(within(confirm).getByText('我已了解以上后果，且注销后不可恢复'));
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    fireEvent.click(submit);
    expect(await within(confirm).findByRole('alert')).toHaveProperty('textContent', '暂不能注销个人信息：尚有未办结的工单');
    fireEvent.click(submit);
    await waitFor(() => expect(screen.queryByTestId('erasure-confirm')).toBeNull());
    expect(requests.filter((r) => r.path === '/api/personal-data/mine/erasure').map((r) => r.body)).toEqual([
      { confirm: true, reason: '搬离小区' },
      { confirm: true, reason: '搬离小区' },
    ]);
    expect(await screen.findByText('待处理')).toBeTruthy();
    // While the request waits, a second one cannot be started.
    expect(screen.getByRole('button', { name: '申请注销' }).hasAttribute('disabled')).toBe(true);
  });
});
