import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { ConsultationDeskPage } from './ConsultationDeskPage';
import { knowledge } from './i18n';

afterEach(() => vi.unstubAllGlobals());

const salesMe: Me = {
  user: { id: 'u-sales', username: 'sales', name: '孙丽', kind: 'staff', roles: ['salesConsultant'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const feeHit = {
  entryId: 'e-fee',
  versionId: 'v-fee',
  bank: 'service',
  category: 'fees',
  question: '物业费收取标准',
  answer: '物业服务费按建筑面积按月计收，以《前期物业服务协议》约定为准。',
  keywords: ['物业管理费'],
  score: 9.87,
  matchedTerms: ['物业', '费', '收'],
};
const deliveryHit = { ...feeHit, entryId: 'e-delivery', versionId: 'v-delivery', bank: 'sales', category: 'delivery', question: '什么时候交房', answer: '以《商品房买卖合同》约定为准。', score: 3.2, matchedTerms: ['收'] };

const emptyLog = { items: [], total: 0, page: 1, pageSize: 20 };

async function ask(question: string) {
  const box = await screen.findByRole('searchbox', { name: '咨询台搜索' });
  fireEvent.change(box, { target: { value: question } });
  fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('consultation desk page', () => {
  it('butler: finds 物业费收取标准 for 物业费怎么收, with the bank marked, and logs the answer used', async () => {
    const { requests } = mockFetch({
      'GET /api/knowledge/search': { body: { q: '物业费怎么收', words: ['物业', '费', '收'], items: [feeHit, deliveryHit] } },
      'GET /api/knowledge/desk-log': { body: emptyLog },
      'POST /api/knowledge/desk-log': ({ body }) => ({ status: 201, body: { id: 'l1', ...(body as object), answered: true, answeredBy: { id: 'u-butler', name: '李管家' }, askedAt: '2027-03-01T02:00:00Z', version: 1 } }),
    });
    renderStaffPage(<ConsultationDeskPage />, butlerMe);
    expect(await screen.findByText('物业管理咨询台')).toBeTruthy();
    await ask('物业费怎么收');
    const card = await screen.findByRole('article', { name: '物业费收取标准' });
    expect(within(card).getByText('物业服务', { selector: '.ant-tag' })).toBeTruthy();
    expect(within(card).getByText(/以《前期物业服务协议》约定为准/)).toBeTruthy();
    expect(within(card).getByText(/匹配：物业、费、收/)).toBeTruthy();
    const sales = screen.getByRole('article', { name: '什么时候交房' });
    expect(within(sales).getByText('统一销售口径')).toBeTruthy();
    const search = requests.find((r) => r.path === '/api/knowledge/search')!;
    expect(search.search.get('q')).toBe('物业费怎么收');
    expect(search.search.get('projectId')).toBe('p1');

    fireEvent.click(within(card).getByRole('button', { name: '用这个回答' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ projectId: 'p1', question: '物业费怎么收', entryId: 'e-fee' }));
    expect(await screen.findByText('回答完毕后请主动询问：“请问是否还有其他事需要帮助？”')).toBeTruthy();
  });

  it('sales consultant: nothing found → the empty state, and "没有合适的答案" logs an unanswered question', async () => {
    const { requests } = mockFetch({
      'GET /api/knowledge/search': { body: { q: '有没有儿童游乐场', words: ['儿童', '游乐场'], items: [] } },
      'GET /api/knowledge/desk-log': { body: emptyLog },
      'POST /api/knowledge/desk-log': { status: 201, body: { id: 'l2', question: '有没有儿童游乐场', entryId: null, answered: false, answeredBy: { id: 'u-sales', name: '孙丽' }, askedAt: '2027-03-01T02:00:00Z', version: 1 } },
    });
    renderStaffPage(<ConsultationDeskPage />, salesMe);
    await ask('有没有儿童游乐场');
    expect(await screen.findByText('知识库中没有找到相关答案')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '没有合适的答案' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ projectId: 'p1', question: '有没有儿童游乐场', entryId: null }));
    expect(await screen.findByText('已记录为待整理的问题')).toBeTruthy();
  });

  it('butler: a failed search shows the server’s message with a retry', async () => {
    mockFetch({
      'GET /api/knowledge/search': { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '输入有误，请检查标出的字段', fields: { q: '最多 100 个字符' } } } },
      'GET /api/knowledge/desk-log': { body: emptyLog },
    });
    renderStaffPage(<ConsultationDeskPage />, butlerMe);
    await ask('物业费');
    expect(await screen.findByText(/加载失败：输入有误/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('butler: the recent log shows answered and unanswered questions', async () => {
    mockFetch({
      'GET /api/knowledge/desk-log': {
        body: {
          items: [
            { id: 'l1', question: '会所现在开放了吗', entryId: 'e1', entryTitle: '会所开放时间和收费', bank: 'service', answerGiven: '以公示为准', answered: true, answeredBy: { id: 'u1', name: '刘芳' }, askedAt: '2027-03-01T02:00:00Z', draftEntryId: null, version: 1 },
            { id: 'l2', question: '阳台可以封窗吗', entryId: null, entryTitle: null, bank: null, answerGiven: null, answered: false, answeredBy: { id: 'u2', name: '孙丽' }, askedAt: '2027-03-01T01:00:00Z', draftEntryId: null, version: 1 },
          ],
          total: 2,
          page: 1,
          pageSize: 20,
        },
      },
    });
    renderStaffPage(<ConsultationDeskPage />, butlerMe);
    expect(await screen.findByText('知识库：会所开放时间和收费')).toBeTruthy();
    expect(screen.getByText('阳台可以封窗吗')).toBeTruthy();
    expect(screen.getByText('未找到答案')).toBeTruthy();
  });
});

describe('knowledge strings', () => {
  const keysOf = (value: unknown, prefix = ''): string[] =>
    typeof value !== 'object' || value === null ? [prefix] : Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  it('every string exists in both languages', () => {
    expect(keysOf(knowledge.en).sort()).toEqual(keysOf(knowledge['zh-CN']).sort());
  });
});
