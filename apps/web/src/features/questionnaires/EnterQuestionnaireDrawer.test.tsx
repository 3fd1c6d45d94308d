import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { useServiceProfile } from '../service-profiles/api';
import type { Questionnaire } from './api';
import { EnterQuestionnaireDrawer } from './EnterQuestionnaireDrawer';

afterEach(() => vi.unstubAllGlobals());

const published: Questionnaire = {
  id: 'q1',
  projectId: 'p1',
  versionNo: 3,
  status: 'published',
  title: '业主个性化服务需求调查问卷',
  intro: null,
  questionCount: 2,
  responseCount: 0,
  createdBy: { id: 'u-manager', name: '张经理' },
  publishedAt: '2026-02-01T00:00:00Z',
  retiredAt: null,
  createdAt: '2026-02-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
  version: 2,
  allowedActions: ['retire'],
  sections: [
    {
      key: 'home',
      title: '居住情况',
      questions: [
        { key: 'holiday', type: 'single', title: '是否度假居住', required: true, options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }] },
        { key: 'notes', type: 'text', title: '其他需求', required: false },
      ],
    },
  ],
};

function setup(consented: boolean) {
  let granted = consented;
  const consent = () => ({ id: 'c1', ownerId: 'o1', purpose: 'serviceProfile', granted: true, method: 'paper', recordedBy: null, textVersion: '1', note: null, at: '2026-03-01T02:00:00Z' });
  const mock = mockFetch({
    'GET /api/questionnaires': { body: { items: [published] } },
    'GET /api/questionnaires/q1': { body: published },
    'GET /api/owners/o1/consents': () => ({ body: { ownerId: 'o1', current: [{ purpose: 'serviceProfile', consent: granted ? consent() : null }], history: [] } }),
    'POST /api/owners/o1/consents': () => {
      granted = true;
      return { status: 201, body: consent() };
    },
    'POST /api/questionnaires/responses': { status: 201, body: { id: 'r1' } },
    'GET /api/households/h1/service-profile': { body: { householdId: 'h1', projectId: 'p1', householdLabel: '1-101', access: 'full', summary: { tags: [], members: [], needs: [], preferences: [] }, version: 1, updatedAt: null, detail: null, allowedActions: [] } },
  });
  const onClose = vi.fn();
  function ProfileProbe() {
    useServiceProfile('h1');
    return null;
  }
  renderStaffPage(
    <>
      <ProfileProbe />
      <EnterQuestionnaireDrawer open onClose={onClose} projectId="p1" householdId="h1" owners={[{ ownerId: 'o1', name: '吴先生' }]} />
    </>,
    butlerMe,
  );
  return { ...mock, onClose };
}

describe('录入问卷 (the butler enters the questionnaire)', () => {
  it('consent is required first: no answers until a way is chosen and recorded; then the answers show', async () => {
    const { requests } = setup(false);
    const section = await screen.findByRole('region', { name: '业主同意保存答卷' });
    expect(screen.queryByText('是否度假居住')).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: /记录同意/ }));
    expect(await within(section).findByText('请选择业主同意的方式')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    fireEvent.click(within(section).getByRole('radio', { name: '电话确认' }));
    fireEvent.click(within(section).getByRole('button', { name: /记录同意/ }));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ purpose: 'serviceProfile', granted: true, method: 'verbal' }));
    expect(await screen.findByText('是否度假居住')).toBeTruthy();
  });

  it('a required question left empty shows its error and nothing is sent; a filled one is sent and the profile refreshes', async () => {
    const { requests, onClose } = setup(true);
    const form = await screen.findByRole('form', { name: published.title });
    fireEvent.change(within(form).getByRole('textbox', { name: '其他需求' }), { target: { value: '  周末入住  ' } });
    fireEvent.click(within(form).getByRole('button', { name: /提交答卷/ }));
    expect(await within(form).findByText('此题必填')).toBeTruthy();
    expect(requests.some((r) => r.path === '/api/questionnaires/responses')).toBe(false);

    const profileReads = () => requests.filter((r) => r.path === '/api/households/h1/service-profile').length;
    const before = profileReads();
    fireEvent.click(within(form).getByRole('radio', { name: '是' }));
    fireEvent.click(within(form).getByRole('button', { name: /提交答卷/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.find((r) => r.path === '/api/questionnaires/responses')?.body).toEqual({ ownerId: 'o1', householdId: 'h1', questionnaireId: 'q1', method: 'paper', answers: { holiday: 'yes', notes: '周末入住' } });
    await waitFor(() => expect(profileReads()).toBeGreaterThan(before));
  });
});
