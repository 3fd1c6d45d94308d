import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { ProfileContent } from '@guanjia/domain/service-profiles/service-profile';
import type { Me } from '../../ui/auth';
import { butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import type { OwnerConsents, ServiceProfile } from './api';
import { ServiceProfileCard } from './ServiceProfileCard';
import { ServiceProfilePage } from './ServiceProfilePage';

afterEach(() => vi.unstubAllGlobals());

const empty: ProfileContent = { members: [], tags: [], personality: [], preferences: [], habits: [], needs: [], usualTimes: [], notes: null };
const recorded: ProfileContent = { ...empty, needs: ['每周五下午家政保洁'], notes: '敲门请稍用力' };
const answered: ProfileContent = {
  ...empty,
  members: [{ name: '吴老先生', relation: 'parent', birthday: { calendar: 'lunar', month: 8, day: 15, leapMonth: true } }],
  tags: ['sporty'],
  needs: ['生日祝贺'],
};
const combined: ProfileContent = { ...answered, tags: ['elderly', 'sporty'], needs: ['每周五下午家政保洁', '生日祝贺'], notes: '敲门请稍用力' };

const profile = (patch: Partial<ServiceProfile> = {}): ServiceProfile => ({
  householdId: 'h1',
  projectId: 'p1',
  householdLabel: '1号楼 1-101（吴宅）',
  access: 'full',
  summary: { tags: combined.tags, members: [{ name: '吴老先生', relation: 'parent' }], needs: combined.needs, preferences: [] },
  version: 3,
  updatedAt: '2026-03-02T02:00:00Z',
  detail: { combined, recorded, fromAnswers: answered, answersHidden: false, answeredAt: '2026-03-01T02:00:00Z' },
  allowedActions: ['edit'],
  ...patch,
});
const consents: OwnerConsents = {
  ownerId: 'o1',
  current: [
    { purpose: 'serviceProfile', consent: { id: 'c1', ownerId: 'o1', purpose: 'serviceProfile', granted: true, method: 'h5', recordedBy: null, textVersion: 'v', note: null, at: '2026-03-01T01:00:00Z' } },
    { purpose: 'marketingMessages', consent: null },
    { purpose: 'photoSharing', consent: null },
  ],
  history: [{ id: 'c1', ownerId: 'o1', purpose: 'serviceProfile', granted: true, method: 'h5', recordedBy: null, textVersion: 'v', note: null, at: '2026-03-01T01:00:00Z' }],
};

const routes = (p: ServiceProfile) => ({
  'GET /api/households/h1/service-profile': { body: p },
  'GET /api/households/h1': { body: { id: 'h1', members: [{ ownerId: 'o1', name: '吴先生', relation: 'owner' }] } },
  'GET /api/households/h1/questionnaire-responses': {
    body: { hiddenCount: 0, items: [{ id: 'r1', versionNo: 1, title: '问卷', owner: { id: 'o1', name: '吴先生' }, method: 'h5', recordedBy: null, submittedAt: '2026-03-01T02:00:00Z', answers: [{ key: 'holidayHome', title: '这套房子是日常居住还是度假式居住？', section: '居住方式', display: '日常居住' }] }] },
  },
  'GET /api/households/h1/service-profile/history': { body: { items: [{ id: 'e1', action: 'answers', actor: null, fields: ['members', 'needs'], at: '2026-03-01T02:00:00Z' }] } },
  'GET /api/owners/o1/consents': { body: consents },
});

const render = (ui = <ServiceProfilePage />, me: Me = butlerMe) =>
  renderStaffPage(
    <Routes>
      <Route path="/households/:householdId/profile" element={ui} />
    </Routes>,
    me,
    '/households/h1/profile',
  );

describe('service profile page', () => {
  it('butler: sees members with a lunar leap-month birthday, traits, needs marked from the questionnaire, consents and answers', async () => {
    mockFetch(routes(profile()));
    render();
    expect(await screen.findByText('个性化服务需求档案 · 1号楼 1-101（吴宅）')).toBeTruthy();
    expect(screen.getByText('农历闰八月十五')).toBeTruthy();
    expect(screen.getByText('老人家庭')).toBeTruthy();
    expect(screen.getByText('喜欢运动')).toBeTruthy();
    expect(screen.getByText('生日祝贺').getAttribute('title')).toBe('来自问卷');
    expect(await screen.findByText('吴先生 的授权')).toBeTruthy();
    expect((await screen.findAllByText('业主手机填写')).length).toBeGreaterThan(0);
    expect(await screen.findByText('问卷更新了 家庭成员、服务需求')).toBeTruthy();
    fireEvent.click(await screen.findByText(/吴先生 · 第 1 版/));
    expect(await screen.findByText('日常居住')).toBeTruthy();
  });

  it('butler: edits their own layer (a trait, the notes) and saves it with the version read', async () => {
    const { requests } = mockFetch({ ...routes(profile()), 'PUT /api/households/h1/service-profile': { body: profile({ version: 4 }) } });
    render();
    fireEvent.click(await screen.findByRole('button', { name: /编辑档案/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('工作繁忙'));
    fireEvent.change(within(dialog).getByLabelText('备注', { selector: 'textarea' }), { target: { value: '敲门请稍用力；老人午睡 13–15 点' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ version: 3, profile: { ...recorded, tags: ['busy'], notes: '敲门请稍用力；老人午睡 13–15 点' } }));
  });

  it('butler: when the owner withdrew consent, a warning says the answers are hidden', async () => {
    mockFetch(routes(profile({ detail: { combined: recorded, recorded, fromAnswers: null, answersHidden: true, answeredAt: null } })));
    render();
    expect(await screen.findByText(/问卷答案已对员工隐藏/)).toBeTruthy();
  });

  it('the compact card for a work order shows traits, members with birthdays and needs; nothing when refused', async () => {
    mockFetch(routes(profile()));
    render(<ServiceProfileCard householdId="h1" />);
    expect(await screen.findByText('业主服务档案')).toBeTruthy();
    expect(screen.getByText('吴老先生（父母，农历闰八月十五）')).toBeTruthy();
    expect(screen.getByText('每周五下午家政保洁、生日祝贺')).toBeTruthy();
    vi.unstubAllGlobals();
    mockFetch({ 'GET /api/households/h2/service-profile': { status: 403, body: { error: { code: 'FORBIDDEN', message: '无权限' } } } });
    const { container } = renderStaffPage(<ServiceProfileCard householdId="h2" />);
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});
