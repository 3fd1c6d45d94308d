import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { ExternalWorker } from './api';
import { ExternalWorkersPage } from './ExternalWorkersPage';

afterEach(() => vi.unstubAllGlobals());

const regionalMe: Me = {
  user: { id: 'u-regional', username: 'regional', name: '李强', kind: 'staff', roles: ['regionalHead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const worker = (patch: Partial<ExternalWorker> = {}): ExternalWorker => ({
  id: 'w1',
  projectId: 'p1',
  salesCenter: null,
  name: '黄师傅',
  phone: '136****2222',
  idNumber: null,
  contactRevealable: true,
  company: '洁亮外墙清洗',
  purpose: '玻璃幕墙清洗',
  visiting: '保洁岗',
  note: null,
  timeIn: '2026-03-02T01:00:00.000Z',
  timeOut: null,
  onSite: true,
  visitDate: '2026-03-02',
  registeredBy: { id: 'u-butler', name: '李管家' },
  signedOutBy: null,
  version: 1,
  ...patch,
});
const page = (items: ExternalWorker[], onSiteCount = 1) => ({ items, total: items.length, page: 1, pageSize: 20, onSiteCount });

describe('outside workers page', () => {
  it('butler: registers a worker in the modal; an optional ID number left empty is not sent', async () => {
    let items: ExternalWorker[] = [];
    const { requests } = mockFetch({
      'GET /api/projects/p1/external-workers': () => ({ body: page(items, items.length) }),
      'POST /api/projects/p1/external-workers': (req) => {
        items = [worker({ ...(req.body as object), id: 'w2' })];
        return { status: 201, body: items[0] };
      },
    });
    renderStaffPage(<ExternalWorkersPage />, butlerMe);
    expect(await screen.findByText('外来工作人员到达时，点击“登记外来人员”。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /登记外来人员/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '赵师傅' } });
    fireEvent.change(within(dialog).getByLabelText('电话'), { target: { value: '电话' } });
    fireEvent.change(within(dialog).getByLabelText('单位'), { target: { value: '绿城园林' } });
    fireEvent.change(within(dialog).getByLabelText('事由'), { target: { value: '绿植养护' } });
    fireEvent.change(within(dialog).getByLabelText('拜访对象'), { target: { value: '管家 刘芳' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请输入正确的电话号码')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('电话'), { target: { value: '13912345678' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: '赵师傅', phone: '13912345678', company: '绿城园林', purpose: '绿植养护', visiting: '管家 刘芳' }),
    );
    expect(await screen.findByText('赵师傅')).toBeTruthy();
    expect(screen.getByText('当前在场 1 人')).toBeTruthy();
  });

  it('butler: signs a worker out after confirming; the on-site switch asks the server for those on site', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/external-workers': { body: page([worker(), worker({ id: 'w3', name: '林工', onSite: false, timeOut: '2026-03-02T02:00:00.000Z' })]) },
      'POST /api/external-workers/w1/sign-out': { body: worker({ onSite: false, timeOut: '2026-03-02T03:00:00.000Z', version: 2 }) },
    });
    renderStaffPage(<ExternalWorkersPage />, butlerMe);
    const row = (await screen.findByText('黄师傅')).closest('tr')!;
    expect(within(row).getByText('在场')).toBeTruthy();
    expect(within(screen.getByText('林工').closest('tr')!).queryByRole('button', { name: '签离' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: '签离' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/external-workers/w1/sign-out')?.body).toEqual({ version: 1 }));
    fireEvent.click(screen.getByRole('switch', { name: '只看在场' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'GET' && r.search.get('onSite') === 'true')).toBe(true));
  });

  it('butler: phone and ID number are masked; the eye reveals one through the logged endpoint', async () => {
    const { requests } = mockFetch({
      'GET /api/projects/p1/external-workers': { body: page([worker({ idNumber: '3101**********1234' })]) },
      'POST /api/personal-data/reveal': { body: { field: 'idNumber', value: '310101199001011234', loggedAt: '2026-03-02T02:00:00.000Z' } },
    });
    renderStaffPage(<ExternalWorkersPage />, butlerMe);
    const row = (await screen.findByText('黄师傅')).closest('tr')!;
    expect(within(row).getByText('136****2222')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '查看完整身份证号' }));
    expect(await within(row).findByText('310101199001011234')).toBeTruthy();
    expect(within(row).getByText('136****2222')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/personal-data/reveal')?.body).toEqual({ subjectType: 'externalWorker', externalWorkerId: 'w1', field: 'idNumber', page: '/' });
  });

  it('regional head: reads the register with masked numbers, no way to reveal them, and no register or sign-out buttons', async () => {
    mockFetch({ 'GET /api/projects/p1/external-workers': { body: page([worker({ idNumber: '3101**********1234', contactRevealable: false })]) } });
    renderStaffPage(<ExternalWorkersPage />, regionalMe);
    expect(await screen.findByText('136****2222')).toBeTruthy();
    expect(screen.getByText('3101**********1234')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /查看完整/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /登记外来人员/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '签离' })).toBeNull();
  });

  it('a failed load shows the error with a retry', async () => {
    mockFetch({ 'GET /api/projects/p1/external-workers': { status: 500, body: { error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' } } } });
    renderStaffPage(<ExternalWorkersPage />, butlerMe);
    expect(await screen.findByText(/服务器内部错误/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
