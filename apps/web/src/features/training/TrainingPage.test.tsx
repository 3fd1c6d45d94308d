import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adminMe, butlerMe, mockFetch, renderStaffPage } from '../../testing/utils';
import { TrainingPage } from './TrainingPage';
import { courses, myTraining, openAttempt, plans, salesMe, session, submittedAttempt } from './training-fixtures';

afterEach(() => vi.unstubAllGlobals());

const empty = { body: { items: [] } };

describe('training page', () => {
  it('butler: the tabs of the project; courses show the seed’s topic, audience and required mark', async () => {
    mockFetch({ 'GET /api/training/courses': { body: { items: courses } }, 'GET /api/training/trainees': empty });
    renderStaffPage(<TrainingPage />, butlerMe, '/training');
    const row = (await screen.findByText('售楼员物业管理知识培训')).closest('tr')!;
    expect(within(row).getByText('物业公司及物业服务的咨询与解答')).toBeTruthy();
    expect(within(row).getByText('售楼员')).toBeTruthy();
    expect(within(row).getByText('必修')).toBeTruthy();
    for (const tab of ['课程', '培训场次', '测验', '培训档案', '定期培训计划', '我的培训']) expect(screen.getByRole('tab', { name: tab })).toBeTruthy();
    expect(screen.getByRole('button', { name: /新增课程/ })).toBeTruthy();
  });

  it('company admin: empty lists say what to do next, and reading gives no organiser buttons', async () => {
    mockFetch({ 'GET /api/training/courses': empty, 'GET /api/training/sessions': empty });
    renderStaffPage(<TrainingPage />, adminMe, '/training');
    expect(await screen.findByText('按培训内容新增课程，并上传培训资料。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增课程/ })).toBeNull();
    expect(screen.queryByRole('tab', { name: '我的培训' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '培训场次' }));
    expect(await screen.findByText('选择课程、时间地点、讲师和受训人员安排一场培训。')).toBeTruthy();
  });

  it('butler: a plan whose last due session was not held is flagged', async () => {
    mockFetch({ 'GET /api/training/plans': { body: { items: plans } }, 'GET /api/training/courses': { body: { items: courses } }, 'GET /api/training/trainees': empty });
    renderStaffPage(<TrainingPage />, butlerMe, '/training?tab=plans');
    const row = (await screen.findByText('每月 15 日')).closest('tr')!;
    expect(within(row).getByText('上次未举行')).toBeTruthy();
    expect(within(row).getByText('2026-09-15')).toBeTruthy();
  });

  it('butler: the sessions list opens a session with its attendance', async () => {
    mockFetch({
      'GET /api/training/sessions': { body: { items: [session] } },
      'GET /api/training/sessions/s1': {
        body: {
          ...session,
          trainees: [
            { trainee: { id: 'u-b', name: '管家 刘芳' }, attendance: 'present', note: null },
            { trainee: { id: 'u-s', name: '销售顾问 孙丽' }, attendance: 'late', note: '接待客户' },
          ],
          history: [],
          allowedActions: [],
        },
      },
      'GET /api/training/courses': { body: { items: courses } },
      'GET /api/training/trainees': empty,
    });
    renderStaffPage(<TrainingPage />, butlerMe, '/training?tab=sessions');
    fireEvent.click(await screen.findByText('2026-08-25 09:00'));
    const late = (await screen.findByText('销售顾问 孙丽')).closest('tr')!;
    expect(within(late).getByText('迟到')).toBeTruthy();
    expect(within(late).getByText('接待客户')).toBeTruthy();
  });

  it('sales consultant: only my training, with the record and the required course not yet taken', async () => {
    mockFetch({ 'GET /api/training/my': { body: myTraining } });
    renderStaffPage(<TrainingPage />, salesMe, '/training');
    expect(await screen.findByText('销售配合应知应会小测')).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['我的培训']);
    expect(screen.getAllByText('售楼员物业管理知识培训').length).toBeGreaterThan(0);
    expect(screen.getByText('迟到')).toBeTruthy();
  });

  it('sales consultant: takes a quiz one question per card, submits, and sees the score with the right answers', async () => {
    const { requests } = mockFetch({
      'POST /api/training/quizzes/q1/attempts': { body: openAttempt },
      'POST /api/training/attempts/a1/submit': { body: submittedAttempt },
    });
    renderStaffPage(<TrainingPage />, salesMe, '/training?quizId=q1');
    expect(await screen.findByText('第 1 题 / 共 2 题')).toBeTruthy();
    expect(screen.getAllByTestId('question-card')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('乙'));
    fireEvent.click(screen.getByRole('button', { name: '→' }));
    expect(await screen.findByText('物业费何时开始收取')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('A'));
    fireEvent.click(screen.getByRole('button', { name: '提交答卷' }));
    expect(await screen.findByText(/提交后不能修改/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText('得分 50 分（答对 1 / 2 题）')).toBeTruthy();
    expect(screen.getByText('未通过（80 分及格）')).toBeTruthy();
    expect(within(screen.getByTestId('result-2')).getByText('正确答案：C')).toBeTruthy();
    await waitFor(() => expect(requests.find((r) => r.path === '/api/training/attempts/a1/submit')?.body).toEqual({ answers: [1, 0] }));
  });
});
