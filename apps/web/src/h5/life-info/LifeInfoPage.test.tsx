import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch, type RecordedRequest } from '../../testing/utils';
import type { LifeInfoPublicEntry } from '../../features/life-info/api';
import { myHouseholds, ownerMe, renderH5 } from '../services/test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const entry = (patch: Partial<LifeInfoPublicEntry> = {}): LifeInfoPublicEntry => ({
  id: 'e1',
  projectId: 'p1',
  category: 'dryCleaner',
  name: '洁雅干洗（江湾店）',
  address: '杨浦区江湾路 96 号',
  phone: '021-6548 1123',
  openingHours: '08:30–20:00',
  note: '可上门收送',
  tags: ['上门收送', '皮具护理'],
  ...patch,
});
const clinic = entry({ id: 'e2', category: 'hospital', name: '江湾社区卫生服务中心', address: '杨浦区江湾路 210 号', phone: null, openingHours: null, note: null, tags: [] });

/** The server's answer: filtered like the server filters, 1 per page so "load more" shows. */
function search(all: LifeInfoPublicEntry[]) {
  return (req: RecordedRequest) => {
    const q = req.search.get('q');
    const category = req.search.get('category');
    const found = all.filter((e) => (!q || e.name.includes(q) || e.tags.includes(q)) && (!category || e.category === category));
    const pageNo = Number(req.search.get('page') ?? 1);
    return { body: { items: found.slice(pageNo - 1, pageNo), total: found.length, page: pageNo, pageSize: 1 } };
  };
}

const base = { 'GET /api/me': { body: ownerMe }, 'GET /api/households/mine': { body: myHouseholds } };

describe('owner H5: life information', () => {
  it('owner: sees published places with tap-to-call and address, loads more, searches and picks a category', async () => {
    const { requests } = mockFetch({ ...base, 'GET /api/h5/life-info': search([entry(), clinic]) });
    renderH5('/h5/life-info');
    const first = (await screen.findByText('洁雅干洗（江湾店）')).closest('[data-testid="life-info-entry"]') as HTMLElement;
    const call = within(first).getByRole('link', { name: '拨打 021-6548 1123' });
    expect(call.getAttribute('href')).toBe('tel:02165481123');
    expect(within(first).getByText('杨浦区江湾路 96 号')).toBeTruthy();
    expect(within(first).getByText('营业时间：08:30–20:00')).toBeTruthy();
    expect(within(first).getByText('干洗店')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    const second = (await screen.findByText('江湾社区卫生服务中心')).closest('[data-testid="life-info-entry"]') as HTMLElement;
    expect(within(second).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();

    const box = screen.getByPlaceholderText('搜索名称、地址或标签');
    fireEvent.change(box, { target: { value: '皮具护理' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(requests.some((r) => r.path === '/api/h5/life-info' && r.search.get('q') === '皮具护理')).toBe(true));
    expect(await screen.findByText('洁雅干洗（江湾店）')).toBeTruthy();

    fireEvent.click(screen.getByText('医院'));
    await waitFor(() => expect(requests.some((r) => r.search.get('category') === 'hospital' && r.search.get('q') === '皮具护理')).toBe(true));
    expect(await screen.findByText('没有找到相关的生活信息 · 可以换个关键词，或联系您的物业管家。')).toBeTruthy();
  });

  it('owner: nothing published yet says so', async () => {
    mockFetch({ ...base, 'GET /api/h5/life-info': { body: { items: [], total: 0, page: 1, pageSize: 20 } } });
    renderH5('/h5/life-info');
    expect(await screen.findByText('物业暂未发布生活信息')).toBeTruthy();
  });

  it('owner: the home page leads to the directory', async () => {
    mockFetch(
      { ...base, 'GET /api/h5/life-info': { body: { items: [entry()], total: 1, page: 1, pageSize: 20 } } },
      { body: { items: [], total: 0, page: 1, pageSize: 20, count: 0 } },
    );
    renderH5('/h5/');
    fireEvent.click(await screen.findByTestId('home-life-info'));
    expect(await screen.findByText('洁雅干洗（江湾店）')).toBeTruthy();
  });
});
