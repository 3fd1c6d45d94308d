import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { LifeInfoEntry } from './api';
import { LifeInfoPage } from './LifeInfoPage';

afterEach(() => vi.unstubAllGlobals());

const regionalMe: Me = {
  user: { id: 'u-regional', username: 'regional', name: '李强', kind: 'staff', roles: ['regionalHead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const entry = (patch: Partial<LifeInfoEntry> = {}): LifeInfoEntry => ({
  id: 'e1',
  projectId: 'p1',
  category: 'restaurant',
  name: '江湾本帮菜馆',
  address: '江湾路 120 号',
  phone: '021-6511 2088',
  openingHours: '11:00–21:30',
  note: '业主九折',
  tags: ['本帮菜', '包间'],
  published: false,
  publishedAt: null,
  sortOrder: 10,
  updatedAt: '2026-03-02T02:00:00.000Z',
  updatedBy: { id: 'u-butler', name: '李管家' },
  version: 3,
  allowedActions: ['edit', 'publish'],
  ...patch,
});
const page = (items: LifeInfoEntry[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

async function pickOption(scope: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(scope).getByRole('combobox', { name: label }));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]!);
}

describe('life information page (staff)', () => {
  it('butler: an empty directory says what to do; adds an entry in the drawer, the server’s field error shows on the field', async () => {
    let items: LifeInfoEntry[] = [];
    let attempts = 0;
    const { requests } = mockFetch({
      'GET /api/projects/p1/life-info': () => ({ body: page(items) }),
      'POST /api/projects/p1/life-info': (req) => {
        attempts += 1;
        if (attempts === 1) return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { name: '该名称已被占用' } } } };
        items = [entry({ ...(req.body as object), id: 'e2', version: 1 })];
        return { status: 201, body: items[0] };
      },
    });
    renderStaffPage(<LifeInfoPage />, butlerMe);
    expect(await screen.findByText('点击“新增生活信息”，把周边的餐厅、干洗店、家政公司等联络资料提供给业主。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新增生活信息/ }));
    const drawer = await screen.findByRole('dialog');
    await pickOption(drawer, '分类', '干洗店');
    fireEvent.change(within(drawer).getByLabelText('名称'), { target: { value: '净衣坊' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    expect((await within(drawer).findAllByText('电话和地址至少填写一项')).length).toBeGreaterThan(0);
    fireEvent.change(within(drawer).getByLabelText('电话'), { target: { value: '021-6500 1234' } });
    fireEvent.change(within(drawer).getByLabelText('备注'), { target: { value: '可上门收送' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    expect(await within(drawer).findByText('该名称已被占用')).toBeTruthy();
    fireEvent.change(within(drawer).getByLabelText('名称'), { target: { value: '净衣坊洗衣店' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({
      category: 'dryCleaner',
      name: '净衣坊洗衣店',
      address: null,
      phone: '021-6500 1234',
      openingHours: null,
      note: '可上门收送',
      tags: [],
      sortOrder: 0,
      published: false,
    });
    expect(await screen.findByText('净衣坊洗衣店')).toBeTruthy();
  });

  it('butler: filters by category and keyword; publishes after confirming; edits with the version read', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/life-info': { body: page([entry()]) },
      'POST /api/life-info/e1/publish': { body: entry({ published: true, version: 4, allowedActions: ['edit', 'unpublish'] }) },
      'PATCH /api/life-info/e1': (req) => ({ body: entry({ ...(req.body as object), version: 4 }) }),
    });
    renderStaffPage(<LifeInfoPage />, butlerMe);
    const row = (await screen.findByText('江湾本帮菜馆')).closest('tr')!;
    expect(within(row).getByText('餐厅')).toBeTruthy();
    expect(within(row).getByText('包间')).toBeTruthy();

    await pickOption(document.body, '分类', '药店');
    await waitFor(() => expect(requests.some((r) => r.method === 'GET' && r.search.get('category') === 'pharmacy')).toBe(true));
    fireEvent.change(screen.getByPlaceholderText('名称、地址、标签或备注'), { target: { value: '100%' } });
    fireEvent.keyDown(screen.getByPlaceholderText('名称、地址、标签或备注'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(requests.some((r) => r.method === 'GET' && r.search.get('q') === '100%')).toBe(true));

    fireEvent.click(within(row).getByRole('switch', { name: '发布 江湾本帮菜馆' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/life-info/e1/publish')?.body).toEqual({ version: 3 }));

    fireEvent.click(within(row).getByRole('button', { name: '编辑' }));
    const drawer = await screen.findByRole('dialog');
    expect((within(drawer).getByLabelText('名称') as HTMLInputElement).value).toBe('江湾本帮菜馆');
    fireEvent.change(within(drawer).getByLabelText('营业时间'), { target: { value: '11:00–22:00' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PATCH')?.body).toMatchObject({ openingHours: '11:00–22:00', name: '江湾本帮菜馆', tags: ['本帮菜', '包间'], version: 3 }));
    expect(requests.find((r) => r.method === 'PATCH')?.body).not.toHaveProperty('published');
  });

  it('regional head: reads the directory without add, edit or publish controls', async () => {
    mockFetch({ 'GET /api/projects/p1/life-info': { body: page([entry({ published: true, allowedActions: [] })]) } });
    renderStaffPage(<LifeInfoPage />, regionalMe);
    const row = (await screen.findByText('江湾本帮菜馆')).closest('tr')!;
    expect(within(row).getByText('已发布')).toBeTruthy();
    expect(within(row).queryByRole('switch')).toBeNull();
    expect(within(row).queryByRole('button', { name: '编辑' })).toBeNull();
    expect(screen.queryByRole('button', { name: /新增生活信息/ })).toBeNull();
  });

  it('a failed load shows the error with a retry', async () => {
    mockFetch({ 'GET /api/projects/p1/life-info': { status: 500, body: { error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' } } } });
    renderStaffPage(<LifeInfoPage />, butlerMe);
    expect(await screen.findByText(/服务器内部错误/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
