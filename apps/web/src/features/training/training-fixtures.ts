import type { Me } from '../../ui/auth';
import type { Attempt, Course, MyTraining, Plan, Quiz, Session } from './api';

export const salesMe: Me = {
  user: { id: 'u-sales', username: 'sales', name: '销售顾问 孙丽', kind: 'staff', roles: ['salesConsultant'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const courses: Course[] = [
  { id: 'c1', projectId: 'p1', topic: 'developerCulture', title: '开发商的企业文化与经营理念', description: '', durationMinutes: 60, audience: 'propertyStaff', required: true, active: true, materialFileIds: ['f1'], version: 1 },
  { id: 'c2', projectId: 'p1', topic: 'propertyServiceKnowledge', title: '售楼员物业管理知识培训', description: '', durationMinutes: 60, audience: 'salesStaff', required: true, active: true, materialFileIds: [], version: 1 },
];

export const session: Session = {
  id: 's1',
  projectId: 'p1',
  course: { id: 'c2', title: '售楼员物业管理知识培训', topic: 'propertyServiceKnowledge', audience: 'salesStaff', durationMinutes: 60 },
  sessionDate: '2026-08-25',
  startTime: '09:00',
  place: '培训室',
  trainer: { id: 'u-m', name: '服务中心经理 张伟' },
  status: 'recorded',
  planId: null,
  traineeCount: 2,
  cancelReason: null,
  version: 3,
};

export const plans: Plan[] = [
  {
    id: 'pl1',
    course: { id: 'c2', title: '售楼员物业管理知识培训', audience: 'salesStaff' },
    trainer: { id: 'u-b', name: '管家 刘芳' },
    recurrence: 'monthly',
    everyWeeks: null,
    dayOfMonth: 15,
    startDate: '2026-06-01',
    startTime: '17:30',
    place: '洽谈区',
    active: true,
    nextDate: '2026-09-15',
    lastDueDate: '2026-08-15',
    overdue: true,
    version: 1,
  },
];

export const quiz: Quiz = {
  id: 'q1',
  projectId: 'p1',
  title: '销售配合应知应会小测',
  bank: 'sales',
  passMark: 80,
  questionCount: 2,
  session: null,
  trainees: [],
  results: [],
  mine: { openAttemptId: null, bestScore: null, passed: false, attempts: 0 },
  createdAt: '2026-09-01T00:00:00Z',
};

const questions = [
  { number: 1, prompt: '项目的开发商是哪家', options: ['甲', '乙', '丙', '丁'] },
  { number: 2, prompt: '物业费何时开始收取', options: ['A', 'B', 'C', 'D'] },
];

export const openAttempt: Attempt = { id: 'a1', quizId: 'q1', quizTitle: quiz.title, status: 'open', passMark: 80, questions, result: null };

export const submittedAttempt: Attempt = {
  ...openAttempt,
  status: 'submitted',
  result: {
    correct: 1,
    total: 2,
    percent: 50,
    passed: false,
    questions: [
      { ...questions[0]!, chosen: 1, correctIndex: 1, correct: true },
      { ...questions[1]!, chosen: 0, correctIndex: 2, correct: false },
    ],
  },
};

export const myTraining: MyTraining = {
  projects: [
    {
      project: { id: 'p1', name: '滨江花园' },
      sessions: [session],
      quizzes: [quiz],
      record: {
        person: { id: 'u-sales', name: '销售顾问 孙丽', roles: ['salesConsultant'] },
        projectId: 'p1',
        sessions: [{ sessionId: 's1', courseTitle: '物业管理应知应会', sessionDate: '2026-08-25', startTime: '09:00', status: 'recorded', attendance: 'late', note: '接待客户' }],
        attempts: [],
        notYetTaken: [{ id: 'c2', title: '售楼员物业管理知识培训' }],
      },
    },
  ],
};
