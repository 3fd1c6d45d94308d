import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { Questionnaire, ResponseItem } from './api';
import { QuestionnairesPage } from './QuestionnairesPage';

afterEach(() => vi.unstubAllGlobals());

const managerMe: Me = { ...butlerMe, user: { ...butlerMe.user, id: 'u-manager', username: 'manager', name: '张经理', roles: ['serviceCenterManager'] } };

const q = (patch: Partial<Questionnaire> = {}): Questionnaire => ({
  id: 'q2',
  projectId: 'p1',
  versionNo: 2,
  status: 'draft',
  title: '业主个性化服务需求调查问卷',
  intro: null,
  questionCount: 1,
  responseCount: 0,
  createdBy: { id: 'u-manager', name: '张经理' },
  publishedAt: null,
  retiredAt: null,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
  version: 1,
  allowedActions: ['edit', 'publish'],
  sections: [{ key: 'household', title: '家庭成员', questions: [{ key: 'members', type: 'members', title: '常住家庭成员', required: true, profileField: 'members', options: null, help: null }] }],
  ...patch,
});
const published = q({ id: 'q1', versionNo: 1, status: 'published', allowedActions: ['retire'], responseCount: 5, publishedAt: '2026-02-01T00:00:00Z' });
const response: ResponseItem = { id: 'r1', questionnaireId: 'q1', versionNo: 1, household: { id: 'h1', label: '1号楼 1-101' }, owner: { id: 'o1', name: '吴先生' }, method: 'h5', recordedBy: null, submittedAt: '2026-03-01T02:00:00Z' };

describe('questionnaire builder', () => {
  it('manager: opens the draft, adds a choice question with two options, saves and publishes after confirming', async () => {
    const { requests } = mockFetch({
      'GET /api/questionnaires': { body: { items: [q(), published] } },
      'GET /api/questionnaires/q2': { body: q() },
      'PUT /api/questionnaires/q2': (req) => ({ body: q({ ...(req.body as object), version: 2 }) }),
      'POST /api/questionnaires/q2/publish': { body: q({ status: 'published', version: 3, allowedActions: ['retire'] }) },
      'GET /api/questionnaires/responses': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
    });
    renderStaffPage(<QuestionnairesPage />, managerMe);
    fireEvent.click(await screen.findByText('第 2 版'));
    expect(await screen.findByDisplayValue('常住家庭成员')).toBeTruthy();
    fireEvent.click(screen.getByText('添加题目'));
    const titles = screen.getAllByLabelText('题目');
    fireEvent.change(titles[1]!, { target: { value: '喜欢的运动' } });
    const optionInputs = screen.getAllByLabelText('选项文字');
    fireEvent.change(optionInputs[0]!, { target: { value: '游泳' } });
    fireEvent.change(optionInputs[1]!, { target: { value: '不运动' } });
    fireEvent.click(screen.getByText('发布'));
    fireEvent.click(await screen.findByText('确定'));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/questionnaires/q2/publish')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!.body as { version: number; sections: { questions: { title: string; type: string; options: { label: string; tag: null }[] | null; profileField: string | null }[] }[] };
    expect(put.version).toBe(1);
    expect(put.sections[0]!.questions[0]).toMatchObject({ type: 'members', profileField: 'members', options: null });
    expect(put.sections[0]!.questions[1]).toMatchObject({ title: '喜欢的运动', type: 'single', profileField: null, options: [{ label: '游泳', tag: null }, { label: '不运动', tag: null }] });
    expect(requests.find((r) => r.path === '/api/questionnaires/q2/publish')!.body).toEqual({ version: 2 });
  });

  it('manager: starts a new version from the published one', async () => {
    const { requests } = mockFetch({
      'GET /api/questionnaires': { body: { items: [published] } },
      'POST /api/questionnaires': { status: 201, body: q({ id: 'q3', versionNo: 2 }) },
      'GET /api/questionnaires/q3': { body: q({ id: 'q3' }) },
      'GET /api/questionnaires/responses': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
    });
    renderStaffPage(<QuestionnairesPage />, managerMe);
    fireEvent.mouseEnter(await screen.findByRole('button', { name: /新建版本/ }));
    fireEvent.click(await screen.findByText('复制当前发布版本'));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ projectId: 'p1', copyFromId: 'q1' }));
    expect(await screen.findByText('已新建草稿')).toBeTruthy();
  });

  it('butler: reads the published version without building buttons and lists the responses with a link to the profile', async () => {
    mockFetch({
      'GET /api/questionnaires': { body: { items: [published] } },
      'GET /api/questionnaires/q1': { body: { ...published, allowedActions: [] } },
      'GET /api/questionnaires/responses': { body: { items: [response], total: 1, page: 1, pageSize: 20 } },
    });
    renderStaffPage(<QuestionnairesPage />, butlerMe);
    expect(screen.queryByRole('button', { name: /新建版本/ })).toBeNull();
    fireEvent.click(await screen.findByText('第 1 版'));
    expect(await screen.findByText(/已发布或停用的版本不能修改/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /保存草稿/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '答卷' }));
    const row = (await screen.findByText('吴先生')).closest('tr')!;
    expect(within(row).getByText('业主手机填写')).toBeTruthy();
    expect(within(row).getByRole('link', { name: '服务档案' }).getAttribute('href')).toBe('/households/h1/profile');
  });
});
