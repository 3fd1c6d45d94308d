import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adminMe, butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { PersonalDataRead, PersonalDataRequest } from './api';
import { PersonalDataPage } from './PersonalDataPage';

afterEach(() => vi.unstubAllGlobals());

const request = (patch: Partial<PersonalDataRequest> = {}): PersonalDataRequest => ({
  id: 'r1',
  projectId: 'p1',
  owner: { id: 'o1', name: '冯女士' },
  kind: 'erasure',
  state: 'requested',
  format: null,
  reason: '搬离小区',
  requestedBy: { id: 'u-feng', name: '业主 冯女士' },
  decidedBy: null,
  decidedAt: null,
  refuseReason: null,
  completedAt: null,
  allowedActions: ['approve', 'refuse'],
  version: 3,
  createdAt: '2026-03-02T02:00:00.000Z',
  ...patch,
});
const read: PersonalDataRead = {
  id: 'x1',
  projectId: 'p1',
  projectName: '滨江花园',
  staff: { id: 'u-butler', name: '李管家' },
  owner: { id: 'o1', name: '冯女士' },
  personName: '冯女士',
  subjectType: 'owner',
  subjectId: 'o1',
  field: 'idNumber',
  purpose: '回访致电',
  page: '/org/projects/p1/households/h1',
  ip: '198.51.100.4',
  readAt: '2026-03-02T02:00:00.000Z',
};
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('personal data page', () => {
  it('admin: approves a waiting erasure after a confirmation spelling out the consequences, and refuses another with a reason', async () => {
    const { requests } = mockFetch({
      'GET /api/personal-data/requests': { body: page([request(), request({ id: 'r2', owner: { id: 'o2', name: '褚先生' }, version: 1 })]) },
      'POST /api/personal-data/requests/r1/approve': { body: request({ state: 'done', allowedActions: [] }) },
      'POST /api/personal-data/requests/r2/refuse': { body: request({ id: 'r2', state: 'refused', allowedActions: [] }) },
    });
    renderStaffPage(<PersonalDataPage />, adminMe);
    const row = (await screen.findByText('冯女士')).closest('tr') as HTMLElement;
    expect(within(row).getByText('待处理')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '批准注销' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('批准注销 冯女士 的个人信息？').length).toBeGreaterThan(0);
    expect(within(dialog).getByText(/删除手写签名图片/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '批准注销' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/personal-data/requests/r1/approve')?.body).toEqual({ version: 3 }));
    expect(await screen.findByText('已批准，个人信息已匿名化')).toBeTruthy();

    const other = (await screen.findByText('褚先生')).closest('tr') as HTMLElement;
    fireEvent.click(within(other).getByRole('button', { name: '拒绝' }));
    const reason = await screen.findByRole('textbox', { name: '拒绝原因（业主可见）' });
    const modal = reason.closest('.ant-modal') as HTMLElement;
    expect(within(modal).getByRole('button', { name: '拒绝' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(reason, { target: { value: '请先结清物业费' } });
    fireEvent.click(within(modal).getByRole('button', { name: '拒绝' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/personal-data/requests/r2/refuse')?.body).toEqual({ reason: '请先结清物业费', version: 1 }));
  });

  it('admin: the views log lists who viewed whose number, from which page and why, and exports CSV', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const { requests } = mockFetch({
      'GET /api/personal-data/requests': { body: page([]) },
      'GET /api/personal-data/reads': {
        body: page([read, { ...read, id: 'x2', owner: null, personName: '周师傅', subjectType: 'externalWorker', subjectId: 'w1', purpose: '核对证件' }]),
      },
      'GET /api/users': { body: page([{ id: 'u-butler', name: '李管家' }]) },
      'GET /api/personal-data/owners': { body: page([]) },
      'GET /api/personal-data/reads/export': { body: {} },
    });
    renderStaffPage(<PersonalDataPage />, adminMe);
    expect(await screen.findByText('业主在手机端“个人信息”页提交的注销申请会出现在这里。')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '查看记录' }));
    const row = (await screen.findByText('回访致电')).closest('tr') as HTMLElement;
    expect(within(row).getByText('李管家')).toBeTruthy();
    expect(within(row).getByText('身份证号')).toBeTruthy();
    expect([within(row).getByText('冯女士'), within(row).getByText('业主档案')]).toHaveLength(2);
    // A read of an outside worker's number names the worker and where it was read.
    const worker = screen.getByText('核对证件').closest('tr') as HTMLElement;
    expect([within(worker).getByText('周师傅'), within(worker).getByText('外来工作人员登记')]).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: /导出 CSV/ }));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/personal-data/reads/export')).toBe(true));
  });

  it('butler: sees only the export tab, finds an owner and downloads the PDF copy', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const { requests } = mockFetch({
      'GET /api/personal-data/owners': (req) => ({ body: page(req.search.get('q') === '冯' ? [{ id: 'o1', name: '冯女士', phone: '137****0001', units: ['1号楼 1-102'], erased: false }] : []) }),
      'GET /api/personal-data/owners/o1/export': { body: {} },
    });
    renderStaffPage(<PersonalDataPage />, butlerMe);
    expect(screen.queryByRole('tab', { name: '申请处理' })).toBeNull();
    expect(screen.queryByRole('tab', { name: '查看记录' })).toBeNull();
    const box = await screen.findByRole('searchbox', { name: '搜索业主姓名或房号' });
    fireEvent.change(box, { target: { value: '冯' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    const row = (await screen.findByText('冯女士')).closest('tr') as HTMLElement;
    expect(within(row).getByText('137****0001')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '导出 PDF' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/personal-data/owners/o1/export')?.search.get('format')).toBe('pdf'));
    expect(await screen.findByText('已开始下载')).toBeTruthy();
  });
});
