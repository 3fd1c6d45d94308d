import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SEED_CATEGORY_HEADINGS, seedCatalog } from '../../testing/catalog';
import { adminMe, mockFetch, renderStaffPage, type RecordedRequest } from '../../testing/utils';
import type { Me } from '../../ui/auth';
import { setLanguage } from '../../ui/i18n';
import { ServiceCatalogPage } from './ServiceCatalogPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = { ...adminMe, user: { ...adminMe.user, roles: ['serviceCenterManager'] }, projects: [{ id: 'p1', name: '滨江花园' }] };

const routes = (extra: Record<string, unknown> = {}) => ({
  'GET /api/service-catalog': { body: seedCatalog() },
  'GET /api/departments': { body: { items: [{ id: 'd-eng', name: '工程部', projectId: 'p1', developerId: null }], total: 1, page: 1, pageSize: 200 } },
  'GET /api/vendors': { body: { items: [], total: 0, page: 1, pageSize: 200 } },
  ...extra,
});

const panelHeaders = () => Array.from(document.querySelectorAll('.ant-collapse-title')).map((el) => el.textContent);

describe('service catalog page', () => {
  it('manager: shows the 11 categories in the seed order, the first open with numbers, notes and lead times', async () => {
    const { requests } = mockFetch(routes());
    renderStaffPage(<ServiceCatalogPage />, managerMe);
    expect(await screen.findByText('会所场地预定')).toBeTruthy();
    expect(panelHeaders()).toEqual(SEED_CATEGORY_HEADINGS);
    const row = screen.getByText('会所场地预定').closest('tr')!;
    expect(within(row).getByText('提前1个工作日预约')).toBeTruthy();
    expect(within(row).getByText('提前1个工作日')).toBeTruthy();
    expect(within(row).getByText('免费')).toBeTruthy();
    expect(within(screen.getByText('定时叫醒').closest('tr')!).getByText('当天可约')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/service-catalog')?.search.get('projectId')).toBe('p1');
  });

  it('manager: switching an item off sends enabled=false with its version', async () => {
    const patches: RecordedRequest[] = [];
    mockFetch(
      routes({
        'PATCH /api/service-items/i-1-2': (req: RecordedRequest) => {
          patches.push(req);
          return { body: { ...seedCatalog().categories[0].items[1], enabled: false, version: 2 } };
        },
      }),
    );
    renderStaffPage(<ServiceCatalogPage />, managerMe);
    fireEvent.click(await screen.findByLabelText('留言转达 已启用'));
    await waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0].body).toEqual({ enabled: false, version: 1 });
    expect(await screen.findByText('已更新“留言转达”')).toBeTruthy();
  });

  it('admin: a fixed price without an amount shows the server error under the price; the price is sent in fen', async () => {
    const patches: RecordedRequest[] = [];
    mockFetch(
      routes({
        'PATCH /api/service-items/i-1-1': (req: RecordedRequest) => {
          patches.push(req);
          const body = req.body as { priceFen: number | null };
          if (body.priceFen === null) {
            return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { priceFen: '固定价格须填写大于 0 的金额（分）' } } } };
          }
          return { body: { ...seedCatalog().categories[0].items[0], priceMode: 'fixed', priceFen: body.priceFen, version: 2 } };
        },
      }),
    );
    renderStaffPage(<ServiceCatalogPage />);
    const row = (await screen.findByText('定时叫醒')).closest('tr')!;
    fireEvent.click(within(row).getByText('编辑'));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('项目名称') as HTMLInputElement).disabled).toBe(true);
    fireEvent.mouseDown(within(dialog).getByLabelText('收费方式'));
    fireEvent.click(await screen.findByTitle('固定价格'));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('固定价格须填写大于 0 的金额（分）')).toBeTruthy();
    expect(patches[0].body).toMatchObject({ priceMode: 'fixed', priceFen: null, version: 1 });
    expect(patches[0].body).not.toHaveProperty('name');

    fireEvent.change(within(dialog).getByLabelText('价格（元）'), { target: { value: '12.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(patches).toHaveLength(2));
    expect(patches[1].body).toMatchObject({ priceMode: 'fixed', priceFen: 1250 });
  });

  it('admin: a new item starts from its category defaults and is posted to the current project', async () => {
    const posts: RecordedRequest[] = [];
    mockFetch(
      routes({
        'POST /api/service-items': (req: RecordedRequest) => {
          posts.push(req);
          return { status: 201, body: { ...seedCatalog().categories[7].items[0], id: 'i-new', number: 34, name: '智能门锁安装', origin: 'custom' } };
        },
      }),
    );
    renderStaffPage(<ServiceCatalogPage />);
    await screen.findByText('定时叫醒');
    fireEvent.click(screen.getByRole('button', { name: /新增服务项目/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('服务类别'));
    fireEvent.click(await screen.findByTitle('八、维修服务'));
    fireEvent.change(within(dialog).getByLabelText('项目名称'), { target: { value: '智能门锁安装' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].body).toMatchObject({
      projectId: 'p1',
      categoryNumber: 8,
      name: '智能门锁安装',
      leadWorkingDays: 1,
      repairable: true,
      bookable: true,
      slaBasis: 'working',
      slaCompleteMinutes: 480,
      priceMode: 'quoted',
      priceFen: null,
      serviceHours: { start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5, 6, 7] },
    });
  });

  it('admin: in English the categories and lead times are translated', async () => {
    await setLanguage('en');
    mockFetch(routes());
    renderStaffPage(<ServiceCatalogPage />);
    expect(await screen.findByText('1. Life secretary')).toBeTruthy();
    expect(screen.getByText('11. House custody')).toBeTruthy();
    expect(within(screen.getByText('会所场地预定').closest('tr')!).getByText('1 working day ahead')).toBeTruthy();
  });
});
