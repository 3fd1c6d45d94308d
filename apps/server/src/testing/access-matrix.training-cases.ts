import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1 } from './access-matrix.fixtures.js';

/** Organisers and the company read; project-1 trainees have their own routes; project-2 staff get 404. */
const readers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
const organisers = (status: number) => all(403, { manager: status, butler: status, butler2: 404 });
/** Records of project 1 a trainee (sales, butler) is invited to: readers and the trainee; other project-1 staff do not find it. */
const invitedOnly = (status: number) => all(404, { admin: status, regional: status, manager: status, butler: status, sales: status, owner: 403 });

const demoQuiz = async (c: MatrixContext) => (await c.db.selectFrom('training_quizzes').select('id').where('project_id', '=', p1(c)).where('seed', '=', 'demo-sales-quiz').executeTakeFirstOrThrow()).id;
const demoSession = async (c: MatrixContext) => (await c.db.selectFrom('training_quizzes').select('session_id').where('project_id', '=', p1(c)).where('seed', '=', 'demo-sales-quiz').executeTakeFirstOrThrow()).session_id!;
const courseOf = async (c: MatrixContext, key: string) => (await c.db.selectFrom('training_courses').select('id').where('project_id', '=', p1(c)).where('course_key', '=', key).executeTakeFirstOrThrow()).id;

export const trainingCases: AccessCase[] = [
  ...(['courses', 'sessions', 'quizzes', 'records', 'records/export', 'plans'] as const).map(
    (list): AccessCase => ({ name: `GET /api/training/${list}?projectId= (project 1)`, method: 'GET', path: (c) => `/api/training/${list}?projectId=${p1(c)}`, expect: readers(200) }),
  ),
  {
    name: 'GET /api/training/my',
    method: 'GET',
    path: () => '/api/training/my',
    expect: all(200, { owner: 403 }),
  },
  {
    name: 'POST /api/training/courses (project 1)',
    method: 'POST',
    path: () => '/api/training/courses',
    body: (c) => ({ projectId: p1(c), topic: 'other', title: `团队建设 ${c.unique}`, durationMinutes: 30, audience: 'propertyStaff' }),
    expect: organisers(201),
  },
  {
    name: 'POST /api/training/sessions (project 1)',
    method: 'POST',
    path: () => '/api/training/sessions',
    body: async (c) => ({
      courseId: await courseOf(c, 'postProcedures'),
      sessionDate: '2099-01-05',
      startTime: '09:00',
      place: `培训室 ${c.unique}`,
      trainerId: c.demo.users.manager,
      traineeIds: [c.demo.users.butler],
    }),
    expect: organisers(201),
  },
  {
    name: 'POST /api/training/quizzes (project 1, sales bank)',
    method: 'POST',
    path: () => '/api/training/quizzes',
    body: (c) => ({ projectId: p1(c), title: `测验 ${c.unique}`, bank: 'sales', questionCount: 3, traineeIds: [c.demo.users.sales] }),
    expect: organisers(201),
  },
  { name: 'GET /api/training/sessions/:id (demo session)', method: 'GET', path: async (c) => `/api/training/sessions/${await demoSession(c)}`, expect: invitedOnly(200) },
  { name: 'GET /api/training/quizzes/:id (demo quiz)', method: 'GET', path: async (c) => `/api/training/quizzes/${await demoQuiz(c)}`, expect: invitedOnly(200) },
  {
    name: 'POST /api/training/quizzes/:id/attempts (demo quiz: butler and sales are its trainees)',
    method: 'POST',
    path: async (c) => `/api/training/quizzes/${await demoQuiz(c)}/attempts`,
    expect: all(403, { butler: 200, sales: 200, butler2: 404 }),
  },
];
