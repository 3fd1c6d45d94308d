import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { RegionsPage } from './RegionsPage';

afterEach(() => vi.unstubAllGlobals());

const emptyPage = { items: [], total: 0, page: 1, pageSize: 20 };

describe('regions page', () => {
  it('admin: sees an empty state that says how to start', async () => {
    mockFetch({ 'GET /api/regions': { body: emptyPage } });
    renderStaffPage(<RegionsPage />);
    expect(await screen.findByText('先建立地区公司，再在其下创建楼盘项目。')).toBeTruthy();
    expect(screen.getAllByText('暂无数据').length).toBeGreaterThan(0);
  });

  it('admin: a duplicate code is reported under the code field', async () => {
    const { requests } = mockFetch({
      'GET /api/regions': { body: emptyPage },
      'POST /api/regions': {
        status: 409,
        body: { error: { code: 'DUPLICATE', message: '编码已存在', fields: { code: '编码 HD 已被“华东区”使用' } } },
      },
    });
    renderStaffPage(<RegionsPage />);
    fireEvent.click(await screen.findByRole('button', { name: /新建地区公司/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '华东二区' } });
    fireEvent.change(within(dialog).getByLabelText('编码'), { target: { value: 'HD' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('编码 HD 已被“华东区”使用')).toBeTruthy();
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: '华东二区', code: 'HD' }));
  });

  it('butler: sees the list without a create button', async () => {
    mockFetch({ 'GET /api/regions': { body: { items: [{ id: 'r1', name: '华东区', code: 'HD' }], total: 1, page: 1, pageSize: 20 } } });
    renderStaffPage(<RegionsPage />, butlerMe);
    expect(await screen.findByText('华东区')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建地区公司/ })).toBeNull();
  });
});
