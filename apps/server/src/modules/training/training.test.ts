import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// Tuesday 2026-09-01, 10:00 in Shanghai.
const NOW = new Date('2026-09-01T02:00:00Z');
const TODAY = '2026-09-01';
const URL = '/api/training';

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const courseId = async (key: string) => (await t.ctx.db.selectFrom('training_courses').select('id').where('project_id', '=', p1).where('course_key', '=', key).executeTakeFirstOrThrow()).id;
const rightAnswers = async (quizId: string) =>
  (JSON.parse((await t.ctx.db.selectFrom('training_quizzes').select('questions').where('id', '=', quizId).executeTakeFirstOrThrow()).questions) as { correctIndex: number }[]).map((q) => q.correctIndex);

async function newQuiz(body: Record<string, unknown> = {}) {
  const res = await t.as('manager').post(`${URL}/quizzes`, { projectId: p1, title: '销售口径测验', bank: 'sales', questionCount: 5, traineeIds: [t.demo.users.sales, t.demo.users.sales2], ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; questionCount: number; passMark: number };
}

async function newSession(date = TODAY, trainer = 'manager') {
  const res = await t.as('butler').post(`${URL}/sessions`, {
    courseId: await courseId('salesStaffPropertyKnowledge'),
    sessionDate: date,
    startTime: '17:30',
    place: '销售中心洽谈区',
    trainerId: t.demo.users[trainer],
    traineeIds: [t.demo.users.sales, t.demo.users.sales2, t.demo.users.sales3],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; version: number; allowedActions: string[] };
}

describe('training: the demo', () => {
  it('manager: project 1 starts with the default courses on the seed’s topics and last week’s session recorded', async () => {
    const courses = (await t.as('manager').get(`${URL}/courses?projectId=${p1}`)).json().items as { topic: string; topicLabel: string; audience: string }[];
    expect(courses).toHaveLength(12);
    expect(new Set(courses.map((c) => c.topic)).size).toBe(7);
    expect(courses.find((c) => c.topic === 'developerCulture')?.topicLabel).toBe('开发商的企业文化与经营理念');
    expect(new Set(courses.map((c) => c.audience))).toEqual(new Set(['propertyStaff', 'salesStaff', 'explainers']));
    const sessions = (await t.as('manager').get(`${URL}/sessions?projectId=${p1}`)).json().items as { id: string; status: string }[];
    const held = await t.as('manager').get(`${URL}/sessions/${sessions.find((s) => s.status === 'recorded')!.id}`);
    const attendance = (held.json().trainees as { trainee: { id: string }; attendance: string }[]).map((x) => [x.trainee.id, x.attendance]);
    expect(attendance).toEqual(expect.arrayContaining([[t.demo.users.butler, 'present'], [t.demo.users.sales, 'late']]));
    expect((held.json().history as { action: string }[]).map((h) => h.action)).toEqual(['create', 'hold', 'record']);
    const plans = (await t.as('regional').get(`${URL}/plans?projectId=${p1}`)).json().items;
    expect(plans).toMatchObject([{ recurrence: 'monthly', dayOfMonth: 15, course: { audience: 'salesStaff' }, overdue: false }]);
  });
});

describe('training: quizzes from the knowledge bank', () => {
  it('manager: a quiz of the sales bank has four options per question and no answer leaves the server', async () => {
    const quiz = await newQuiz();
    expect(quiz).toMatchObject({ questionCount: 5, passMark: 80 });
    const started = await t.as('sales2').post(`${URL}/quizzes/${quiz.id}/attempts`);
    expect(started.statusCode, started.body).toBe(200);
    const attempt = started.json();
    expect(attempt).toMatchObject({ status: 'open', result: null });
    expect(attempt.questions).toHaveLength(5);
    for (const q of attempt.questions) expect(q.options).toHaveLength(4);
    for (const res of [started, await t.as('sales2').get(`${URL}/attempts/${attempt.id}`), await t.as('sales2').get(`${URL}/quizzes/${quiz.id}`), await t.as('manager').get(`${URL}/quizzes?projectId=${p1}`)]) {
      expect(res.body).not.toMatch(/correct/i);
    }
    // The published answers of the bank are the options: the quiz came from the demo bank.
    const answers = (await t.ctx.db.selectFrom('knowledge_entries as e').innerJoin('knowledge_versions as v', 'v.id', 'e.published_version_id').select('v.answer').where('e.project_id', '=', p1).where('e.bank', '=', 'sales').execute()).map((r) => r.answer);
    expect(attempt.questions.flatMap((q: { options: string[] }) => q.options).every((o: string) => answers.includes(o))).toBe(true);
  });

  it('sales consultant: starting twice gives one open attempt; the server scores it; a double submit gives one score', async () => {
    const quiz = await newQuiz();
    const [a, b] = await Promise.all([t.as('sales').post(`${URL}/quizzes/${quiz.id}/attempts`), t.as('sales').post(`${URL}/quizzes/${quiz.id}/attempts`)]);
    expect(a.json().id).toBe(b.json().id);
    const right = await rightAnswers(quiz.id);
    const answers = right.map((c, i) => (i === 0 ? (c + 1) % 4 : c));
    const submits = await Promise.all([0, 1, 2].map(() => t.as('sales').post(`${URL}/attempts/${a.json().id}/submit`, { answers })));
    for (const s of submits) expect(s.statusCode, s.body).toBe(200);
    expect(submits.map((s) => s.json().result.percent)).toEqual([80, 80, 80]);
    const later = await t.as('sales').post(`${URL}/attempts/${a.json().id}/submit`, { answers: right });
    expect(later.json().result).toMatchObject({ correct: 4, total: 5, percent: 80, passed: true });
    expect(later.json().result.questions[0]).toMatchObject({ correct: false, correctIndex: right[0], chosen: (right[0]! + 1) % 4 });
    const rows = await t.ctx.db.selectFrom('training_quiz_attempts').selectAll().where('quiz_id', '=', quiz.id).execute();
    expect(rows.map((r) => [r.status, r.score])).toEqual([['submitted', 80]]);
    // A new attempt may follow the submitted one.
    const again = await t.as('sales').post(`${URL}/quizzes/${quiz.id}/attempts`);
    expect(again.json().id).not.toBe(a.json().id);
    expect((await t.as('sales').get(`${URL}/quizzes/${quiz.id}`)).json().mine).toMatchObject({ attempts: 2, bestScore: 80, passed: true, openAttemptId: again.json().id });
  });

  it('manager: the pass mark is configurable; 80% under a pass mark of 90 fails', async () => {
    const quiz = await newQuiz({ passMark: 90, questionCount: 10 });
    const attempt = (await t.as('sales').post(`${URL}/quizzes/${quiz.id}/attempts`)).json();
    const right = await rightAnswers(quiz.id);
    const res = await t.as('sales').post(`${URL}/attempts/${attempt.id}/submit`, { answers: right.map((c, i) => (i < 2 ? null : c)) });
    expect(res.json().result).toMatchObject({ correct: 8, total: 10, percent: 80, passed: false });
  });

  it('butler2: a bank with fewer than four published answers gives a clear 422 and no quiz', async () => {
    const before = (await t.ctx.db.selectFrom('training_quizzes').select('id').execute()).length;
    const res = await t.as('butler2').post(`${URL}/quizzes`, { projectId: p2, title: '销售测验', bank: 'sales', questionCount: 5, traineeIds: [t.demo.users.butler2] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'QUIZ_BANK_TOO_SMALL', details: { available: 0, needed: 4 } });
    expect(res.json().error.message).toBe('“销售配合应知应会”已发布的答案只有 0 条，生成选择题至少需要 4 条不同的答案');
    expect((await t.ctx.db.selectFrom('training_quizzes').select('id').execute()).length).toBe(before);
  });

  it('staff not invited, another project’s staff and owners cannot see or take a quiz', async () => {
    const quiz = await newQuiz();
    expect((await t.as('sales3').get(`${URL}/quizzes/${quiz.id}`)).statusCode).toBe(404);
    expect((await t.as('sales3').post(`${URL}/quizzes/${quiz.id}/attempts`)).statusCode).toBe(403);
    expect((await t.as('butler2').get(`${URL}/quizzes/${quiz.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`${URL}/quizzes/${quiz.id}/attempts`)).statusCode).toBe(404);
    expect((await t.as('owner').get(`${URL}/quizzes/${quiz.id}`)).statusCode).toBe(403);
    const attempt = (await t.as('sales2').post(`${URL}/quizzes/${quiz.id}/attempts`)).json();
    expect((await t.as('sales').post(`${URL}/attempts/${attempt.id}/submit`, { answers: [] })).statusCode).toBe(404);
    expect((await t.as('butler2').post(`${URL}/quizzes`, { projectId: p1, title: 'x', bank: 'sales', questionCount: 3, traineeIds: [t.demo.users.sales] })).statusCode).toBe(404);
  });
});

describe('training: sessions and attendance', () => {
  it('butler: a session is scheduled for project staff only, and not in the past', async () => {
    const cid = await courseId('salesStaffPropertyKnowledge');
    const body = { courseId: cid, sessionDate: TODAY, startTime: '17:30', place: '洽谈区', trainerId: t.demo.users.manager };
    const stranger = await t.as('butler').post(`${URL}/sessions`, { ...body, traineeIds: [t.demo.users.butler2] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields.traineeIds).toBe('须是本项目的员工');
    const past = await t.as('butler').post(`${URL}/sessions`, { ...body, sessionDate: '2026-08-31', traineeIds: [t.demo.users.sales] });
    expect(past.json().error.fields.sessionDate).toBe('培训日期不能早于今天');
  });

  it('manager: held on its day, attendance of every trainee recorded once (absent with a note); history rows follow', async () => {
    const future = await newSession('2026-09-08');
    const early = await t.as('manager').post(`${URL}/sessions/${future.id}/hold`, {});
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('SESSION_NOT_YET');

    const s = await newSession();
    expect(s.allowedActions).toEqual(['hold', 'cancel']);
    expect((await t.as('manager').post(`${URL}/sessions/${s.id}/record`, { attendance: [] })).statusCode).toBe(409);
    const held = await t.as('manager').post(`${URL}/sessions/${s.id}/hold`, {});
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', allowedActions: ['record'] });
    expect((await t.as('butler').post(`${URL}/sessions/${s.id}/record`, { attendance: [] })).statusCode).toBe(403);

    const { sales, sales2, sales3 } = t.demo.users;
    const partial = await t.as('manager').post(`${URL}/sessions/${s.id}/record`, { attendance: [{ userId: sales, status: 'present' }, { userId: sales2, status: 'absent' }] });
    expect(partial.statusCode).toBe(422);
    expect(partial.json().error.fields).toEqual({ [`attendance.${sales2}`]: '缺席须填写说明', [`attendance.${sales3}`]: '请登记该人员的出勤情况' });
    const ok = await t.as('manager').post(`${URL}/sessions/${s.id}/record`, {
      attendance: [
        { userId: sales, status: 'present' },
        { userId: sales2, status: 'late', note: '接待客户' },
        { userId: sales3, status: 'absent', note: '休假' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('recorded');
    expect((ok.json().trainees as { trainee: { id: string }; attendance: string; note: string | null }[]).find((x) => x.trainee.id === sales3)).toMatchObject({ attendance: 'absent', note: '休假' });
    expect((ok.json().history as { action: string; toStatus: string }[]).map((h) => [h.action, h.toStatus])).toEqual([['create', 'scheduled'], ['hold', 'held'], ['record', 'recorded']]);
    expect((await t.as('manager').post(`${URL}/sessions/${s.id}/cancel`, { reason: '晚了' })).statusCode).toBe(409);
  });

  it('trainer: a front-line trainer may hold and record their own session; the cancel needs a reason', async () => {
    const s = await newSession(TODAY, 'butler');
    expect((await t.as('butler').post(`${URL}/sessions/${s.id}/cancel`, {})).statusCode).toBe(400);
    const cancelled = await t.as('butler').post(`${URL}/sessions/${s.id}/cancel`, { reason: '台风停课', version: s.version });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '台风停课', allowedActions: [] });
  });

  it('another project’s staff are refused a session; an invited trainee reads it', async () => {
    const s = await newSession();
    expect((await t.as('butler2').get(`${URL}/sessions/${s.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`${URL}/sessions/${s.id}/hold`, {})).statusCode).toBe(404);
    expect((await t.as('butler2').get(`${URL}/sessions?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('sales').get(`${URL}/sessions/${s.id}`)).statusCode).toBe(200);
    expect((await t.as('sales').post(`${URL}/sessions/${s.id}/hold`, {})).statusCode).toBe(403);
  });
});

describe('training: records', () => {
  it('sales consultant: my training lists my sessions, quizzes and the required courses not yet taken', async () => {
    const res = await t.as('sales').get(`${URL}/my`);
    expect(res.statusCode).toBe(200);
    const [mine] = res.json().projects;
    expect(mine.project.id).toBe(p1);
    expect(mine.record.sessions.some((s: { attendance: string }) => s.attendance === 'late')).toBe(true);
    expect(mine.record.attempts.length).toBeGreaterThan(0);
    // The consultant attended the sales-staff course in the session recorded above.
    expect(mine.record.notYetTaken).toEqual([]);
    expect(mine.quizzes.every((q: { results: unknown[] }) => q.results.length === 0)).toBe(true);
    // The absent consultant still owes it.
    expect((await t.as('sales3').get(`${URL}/my`)).json().projects[0].record.notYetTaken.map((c: { title: string }) => c.title)).toEqual(['售楼员物业管理知识培训']);
    expect((await t.as('sales').get(`${URL}/records/${t.demo.users.sales2}?projectId=${p1}`)).statusCode).toBe(404);
  });

  it('regional head: reads a person’s record and exports the project’s records as CSV', async () => {
    const butler = (await t.as('regional').get(`${URL}/records/${t.demo.users.butler}?projectId=${p1}`)).json();
    expect(butler.notYetTaken.map((c: { title: string }) => c.title)).toContain('物业形象展示区讲解员业务培训');
    expect(butler.notYetTaken.map((c: { title: string }) => c.title)).not.toContain('物业管理应知应会');
    const csv = await t.as('regional').get(`${URL}/records/export?projectId=${p1}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF姓名,岗位,受邀场次')).toBe(true);
    expect(csv.body).toContain('销售顾问 孙丽');
    expect((await t.as('butler2').get(`${URL}/records/export?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('sales').get(`${URL}/records?projectId=${p1}`)).statusCode).toBe(403);
  });
});

// Last: the butler takes the explainers' course here, which the records above still count as owed.
describe('training: the greeter post', () => {
  it('manager: recording an explainers’ course marks the attending explainers of the greeter post trained that day', async () => {
    const { butler, manager } = t.demo.users;
    const created = await t.as('manager').post(`${URL}/sessions`, {
      courseId: await courseId('explainerTraining'),
      sessionDate: TODAY,
      startTime: '09:00',
      place: '物业形象展示区',
      trainerId: manager,
      traineeIds: [butler],
    });
    expect(created.statusCode, created.body).toBe(201);
    const s = created.json() as { id: string };
    expect((await t.as('manager').post(`${URL}/sessions/${s.id}/hold`, {})).statusCode).toBe(200);
    const explainer = (userId: string) => t.ctx.db.selectFrom('showcase_explainers').select(['trained_on', 'trainer']).where('user_id', '=', userId).where('project_id', '=', p1).executeTakeFirstOrThrow();
    const managerBefore = await explainer(manager);
    expect((await explainer(butler)).trained_on).not.toBe(TODAY);

    const recorded = await t.as('manager').post(`${URL}/sessions/${s.id}/record`, { attendance: [{ userId: butler, status: 'present' }] });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(await explainer(butler)).toEqual({ trained_on: TODAY, trainer: '服务中心经理 张伟' });
    // Not in the session: the manager's own explainer training stays as it was.
    expect(await explainer(manager)).toEqual(managerBefore);
  });
});
