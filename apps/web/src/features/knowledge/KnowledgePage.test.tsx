import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { KnowledgePage } from './KnowledgePage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};
const marketingMe: Me = { ...managerMe, user: { id: 'u-mkt', username: 'marketing', name: '周杰', kind: 'staff', roles: ['marketingLead'] } };

const person = { id: 'u-butler', name: '李管家' };
const version = (over: Record<string, unknown>) => ({
  id: 'v1',
  entryId: 'e1',
  number: 1,
  question: '物业费收取标准',
  keywords: ['管理费'],
  answer: '以《前期物业服务协议》约定为准。',
  status: 'draft',
  author: person,
  submittedBy: null,
  submittedAt: null,
  approvalRequestId: null,
  approvedBy: null,
  publishedAt: null,
  rejectedBy: null,
  rejectedAt: null,
  rejectionReason: null,
  createdAt: '2027-03-01T01:00:00Z',
  version: 1,
  allowedActions: [],
  canEdit: false,
  events: [{ action: 'create', fromStatus: null, toStatus: 'draft', actor: person, comment: null, at: '2027-03-01T01:00:00Z' }],
  ...over,
});
const entry = (over: Record<string, unknown> = {}) => ({
  id: 'e1',
  projectId: 'p1',
  bank: 'service',
  category: 'fees',
  title: '物业费收取标准',
  state: 'draft',
  publishedVersionId: null,
  publishedAt: null,
  retiredAt: null,
  pendingCount: 0,
  draftCount: 1,
  versionCount: 1,
  sourceDeskLogId: null,
  createdAt: '2027-03-01T01:00:00Z',
  updatedAt: '2027-03-01T01:00:00Z',
  version: 3,
  ...over,
});
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('knowledge bank page', () => {
  it('manager: the banks are tabs; opens a service draft and publishes it with the entry version it read', async () => {
    const draft = entry();
    const detail = { ...draft, publishedVersion: null, canAddVersion: true, versions: [version({ allowedActions: ['submit', 'publish'], canEdit: true })] };
    const { requests } = mockFetch({
      'GET /api/knowledge/entries': (req) => ({ body: page(req.search.get('bank') === 'service' ? [draft] : [entry({ id: 'e2', bank: 'sales', category: 'delivery', title: '什么时候交房', state: 'published', pendingCount: 1 })]) }),
      'GET /api/knowledge/entries/e1': { body: detail },
      'POST /api/knowledge/versions/v1/publish': { body: { ...detail, state: 'published' } },
    });
    renderStaffPage(<KnowledgePage />, managerMe);
    expect(await screen.findByText('什么时候交房')).toBeTruthy();
    expect(screen.getByText('1 个版本待审核')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '物业服务' }));
    fireEvent.click(await screen.findByText('物业费收取标准'));
    const card = await screen.findByRole('region', { name: '第 1 版' });
    fireEvent.click(within(card).getByRole('button', { name: '发布' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.find((r) => r.path === '/api/knowledge/versions/v1/publish')?.body).toEqual({ entryVersion: 3 }));
  });

  it('butler: creates a sales entry; the server’s reason shows under the question field', async () => {
    let attempts = 0;
    const { requests } = mockFetch({
      'GET /api/knowledge/entries': { body: page([]) },
      'POST /api/knowledge/entries': () => {
        attempts += 1;
        return attempts === 1
          ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { question: '最多 200 个字符' } } } }
          : { status: 201, body: { ...entry({ id: 'e9', bank: 'sales' }), publishedVersion: null, versions: [], canAddVersion: true } };
      },
      'GET /api/knowledge/entries/e9': { body: { ...entry({ id: 'e9', bank: 'sales', title: '认购金可以退吗' }), publishedVersion: null, versions: [], canAddVersion: true } },
    });
    renderStaffPage(<KnowledgePage />, butlerMe);
    expect(await screen.findByText('点击“新建条目”添加第一个问题和答案。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新建条目/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '分类' }));
    fireEvent.click(await screen.findByText('价格与付款', { selector: '.ant-select-item-option-content' }));
    fireEvent.change(within(dialog).getByLabelText('问题'), { target: { value: '认购金可以退吗' } });
    fireEvent.change(within(dialog).getByLabelText('答案'), { target: { value: '以认购协议约定为准。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('最多 200 个字符')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(requests.filter((r) => r.method === 'POST')[1].body).toEqual({ projectId: 'p1', bank: 'sales', category: 'pricing', question: '认购金可以退吗', keywords: [], answer: '以认购协议约定为准。' });
  });

  it('marketing lead: sees sales wording awaiting approval but may not create, edit or publish here', async () => {
    const pending = entry({ bank: 'sales', category: 'pricing', title: '车位是否赠送', pendingCount: 1 });
    mockFetch({
      'GET /api/knowledge/entries': { body: page([pending]) },
      'GET /api/knowledge/entries/e1': { body: { ...pending, publishedVersion: null, canAddVersion: false, versions: [version({ status: 'submitted', question: '车位是否赠送', allowedActions: [] })] } },
    });
    renderStaffPage(<KnowledgePage />, marketingMe);
    fireEvent.click(await screen.findByText('车位是否赠送'));
    const card = await screen.findByRole('region', { name: '第 1 版' });
    expect(within(card).getByText('待审核')).toBeTruthy();
    expect(screen.getByText('统一销售口径提交后进入审批，营销部现场负责人同意后自动发布。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建条目/ })).toBeNull();
    expect(within(card).queryByRole('button', { name: '发布' })).toBeNull();
    expect(screen.queryByRole('button', { name: '新版本' })).toBeNull();
  });

  it('manager: retiring an entry asks for confirmation first', async () => {
    const published = entry({ state: 'published', publishedVersionId: 'v1', version: 5 });
    const pv = version({ status: 'published', allowedActions: ['retire'] });
    const { requests } = mockFetch({
      'GET /api/knowledge/entries': { body: page([published]) },
      'GET /api/knowledge/entries/e1': { body: { ...published, publishedVersion: pv, canAddVersion: true, versions: [pv] } },
      'POST /api/knowledge/entries/e1/retire': { body: { ...published, state: 'retired', publishedVersion: null, canAddVersion: true, versions: [] } },
    });
    renderStaffPage(<KnowledgePage />, managerMe, '/?tab=service&entry=e1');
    fireEvent.click(await screen.findByRole('button', { name: '下架' }));
    expect(await screen.findByText('下架后咨询台将查不到该条目，已有版本保留。确定下架吗？')).toBeTruthy();
    expect(requests.some((r) => r.path.endsWith('/retire'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(requests.find((r) => r.path.endsWith('/retire'))?.body).toEqual({ entryVersion: 5 }));
  });

  it('butler: turns an unanswered desk question into a draft of the service bank', async () => {
    const question = { id: 'l1', question: '阳台可以封窗吗', entryId: null, entryTitle: null, bank: null, answerGiven: null, answered: false, answeredBy: { id: 'u2', name: '孙丽' }, askedAt: '2027-03-01T01:00:00Z', draftEntryId: null, version: 2 };
    const { requests } = mockFetch({
      'GET /api/knowledge/entries': { body: page([]) },
      'GET /api/knowledge/desk-log': { body: page([question]) },
      'POST /api/knowledge/desk-log/l1/draft': { status: 201, body: { ...entry({ id: 'e7', title: '阳台可以封窗吗' }), publishedVersion: null, versions: [], canAddVersion: true } },
      'GET /api/knowledge/entries/e7': { body: { ...entry({ id: 'e7', title: '阳台可以封窗吗' }), publishedVersion: null, versions: [], canAddVersion: true } },
    });
    renderStaffPage(<KnowledgePage />, butlerMe, '/?tab=unanswered');
    fireEvent.click(await screen.findByRole('button', { name: '转为草稿' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('问题') as HTMLInputElement).value).toBe('阳台可以封窗吗');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请选择分类')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '分类' }));
    fireEvent.click(await screen.findByText('临时管理规约', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ bank: 'service', category: 'rules', question: '阳台可以封窗吗', keywords: [], answer: '', version: 2 }),
    );
  });
});
