import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { QuestionSection } from '@guanjia/domain/questionnaires/questionnaire-content';
import { mockFetch, renderWithApp } from '../../testing/utils';
import type { PublicQuestionnaire } from './api';
import { InviteQuestionnairePage } from './InviteQuestionnairePage';

afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const BASE = `/api/public/invitations/${TOKEN}/questionnaire`;

const sections: QuestionSection[] = [
  {
    key: 'household',
    title: '家庭成员',
    questions: [
      { key: 'members', type: 'members', title: '常住家庭成员', required: true, profileField: 'members' },
      { key: 'holidayHome', type: 'single', title: '是否度假式居住？', required: true, options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }] },
    ],
  },
  {
    key: 'routine',
    title: '运动与作息',
    questions: [
      { key: 'sports', type: 'multi', title: '喜欢的运动', required: true, options: [{ value: 'o1', label: '跑步' }, { value: 'o2', label: '游泳' }] },
      { key: 'sportsTimes', type: 'text', title: '通常什么时间运动？', required: false },
      { key: 'cars', type: 'number', title: '家中车辆数', required: false },
      { key: 'moveIn', type: 'date', title: '预计入住日期', required: false },
    ],
  },
];

const state = (patch: Partial<PublicQuestionnaire> = {}): PublicQuestionnaire => ({
  status: 'notStarted',
  consent: null,
  consentPurpose: 'serviceProfile',
  consentTitle: '保存问卷答案，建立个性化服务需求档案',
  consentText: '为了在您入住后提供有针对性的管家服务……',
  consentTextVersion: 'serviceProfile-2026-01',
  questionnaire: { id: 'q1', versionNo: 3, title: '业主个性化服务需求调查问卷', intro: '感谢您选择管家式服务。', sections },
  submittedAt: null,
  canSubmit: true,
  ...patch,
});

const render = () =>
  renderWithApp(
    <Routes>
      <Route path="/h5/invite/:token/questionnaire" element={<InviteQuestionnairePage />} />
      <Route path="/h5/invite/:token" element={<div>欢迎页</div>} />
    </Routes>,
    `/h5/invite/${TOKEN}/questionnaire`,
  );

describe('the questionnaire on the owner’s phone', () => {
  it('owner: declines the consent; the refusal is sent and a polite message shows, with a way back', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}`]: { body: state() },
      [`POST ${BASE}/consent`]: (req) => ({ body: state({ status: 'consentRefused', consent: { granted: (req.body as { granted: boolean }).granted, at: '2026-03-02T02:00:00Z' }, questionnaire: null }) }),
    });
    render();
    expect(await screen.findByText('保存问卷答案，建立个性化服务需求档案')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '不同意' }));
    expect(await screen.findByText('感谢您的坦诚')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ granted: false });
    expect(screen.getByRole('button', { name: '我改变主意了，同意保存' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(await screen.findByText('欢迎页')).toBeTruthy();
  });

  it('owner: agrees, adds a member with a lunar leap-month birthday, answers every kind of question and submits', async () => {
    let consented = false;
    const { requests } = mockFetch({
      [`GET ${BASE}`]: () => ({ body: consented ? state({ consent: { granted: true, at: 'x' } }) : state() }),
      [`POST ${BASE}/consent`]: () => {
        consented = true;
        return { body: state({ consent: { granted: true, at: '2026-03-02T02:00:00Z' } }) };
      },
      [`POST ${BASE}/responses`]: { status: 201, body: { id: 'r1', submittedAt: '2026-03-02T02:05:00Z' } },
    });
    render();
    fireEvent.click(await screen.findByRole('button', { name: '同意并开始填写' }));
    expect(await screen.findByText('业主个性化服务需求调查问卷')).toBeTruthy();

    // Submitting empty names the required questions on the form.
    fireEvent.click(screen.getByRole('button', { name: '提交问卷' }));
    expect(await screen.findByText('请至少添加一位家庭成员')).toBeTruthy();
    expect(screen.getAllByText('此题必填').length).toBeGreaterThan(0);

    fireEvent.change(screen.getByLabelText('姓名或称呼'), { target: { value: '吴老太太' } });
    fireEvent.change(screen.getByLabelText('与您的关系'), { target: { value: 'parent' } });
    fireEvent.click(screen.getByText('农历'));
    fireEvent.change(await screen.findByLabelText('月'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('日'), { target: { value: '15' } });
    expect(within(screen.getByLabelText('日')).getByText('十五')).toBeTruthy();
    fireEvent.click(screen.getByText('闰月'));
    fireEvent.click(screen.getByText('添加家庭成员'));
    fireEvent.change(screen.getAllByLabelText('姓名或称呼')[1]!, { target: { value: '吴先生' } });
    fireEvent.change(screen.getAllByLabelText('与您的关系')[1]!, { target: { value: 'self' } });
    fireEvent.change(screen.getAllByLabelText('年龄段')[1]!, { target: { value: '40to59' } });

    fireEvent.click(screen.getByText('否'));
    fireEvent.click(screen.getByText('游泳'));
    fireEvent.change(document.querySelector('textarea')!, { target: { value: ' 周末早上 ' } });
    fireEvent.change(document.querySelector('input[type=number]')!, { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('service-date'), { target: { value: '2026-10-01' } });
    fireEvent.click(screen.getByRole('button', { name: '提交问卷' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path.endsWith('/responses'))).toBe(true));
    expect(requests.find((r) => r.path.endsWith('/responses'))?.body).toEqual({
      version: 3,
      answers: {
        members: [
          { name: '吴老太太', relation: 'parent', birthday: { calendar: 'lunar', month: 8, day: 15, leapMonth: true } },
          { name: '吴先生', relation: 'self', ageBand: '40to59' },
        ],
        holidayHome: 'no',
        sports: ['o2'],
        sportsTimes: '周末早上',
        cars: 2,
        moveIn: '2026-10-01',
      },
    });
    expect(await screen.findByText('提交成功，谢谢您！')).toBeTruthy();
  });

  it('owner: the server’s answer errors land on the questions they name', async () => {
    mockFetch({
      [`GET ${BASE}`]: { body: state({ consent: { granted: true, at: 'x' } }) },
      [`POST ${BASE}/responses`]: { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: '请检查“是否度假式居住？”等 1 处回答', fields: { 'answers.holidayHome': '请从选项中选择' } } } },
    });
    render();
    await screen.findByText('成员 1');
    fireEvent.change(await screen.findByLabelText('姓名或称呼'), { target: { value: '吴先生' } });
    fireEvent.change(screen.getByLabelText('与您的关系'), { target: { value: 'self' } });
    fireEvent.click(screen.getByText('是'));
    fireEvent.click(screen.getByText('跑步'));
    fireEvent.click(screen.getByRole('button', { name: '提交问卷' }));
    expect(await screen.findByText('请从选项中选择')).toBeTruthy();
    expect(screen.getByText('请检查“是否度假式居住？”等 1 处回答')).toBeTruthy();
  });

  it('owner: a filled questionnaire shows the thanks with a way to fill again', async () => {
    mockFetch({ [`GET ${BASE}`]: { body: state({ status: 'submitted', consent: { granted: true, at: 'x' }, submittedAt: '2026-03-02T02:05:00Z' }) } });
    render();
    expect(await screen.findByText('提交成功，谢谢您！')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重新填写' }));
    expect(await screen.findByRole('button', { name: '提交问卷' })).toBeTruthy();
  });

  it('anyone: an unknown or expired link says the link is invalid', async () => {
    mockFetch({});
    render();
    expect(await screen.findByText('链接无效或已过期')).toBeTruthy();
  });
});
