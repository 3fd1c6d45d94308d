import type { Me } from '../../ui/auth';
import type { Checklists, ChecklistItem, PreAgreementPage, ServicePlan, ServicePlanVersions } from './api';

export const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const regionalMe: Me = {
  user: { id: 'u-regional', username: 'regional', name: '李强', kind: 'staff', roles: ['regionalHead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const project = { id: 'p1', name: '滨江花园' };

export const emptyAgreement: PreAgreementPage = { project, preAgreement: null, history: [], canEdit: false };

export const recordedAgreement: PreAgreementPage = {
  project,
  canEdit: true,
  preAgreement: {
    id: 'pa1',
    projectId: 'p1',
    projectPositioning: '滨江改善型高端住宅',
    salesSupportPositioning: '以酒店式礼宾服务展示物业品牌',
    contractNumber: 'JH-WT-2026-018',
    contractSignedOn: '2026-07-20',
    termStart: '2026-08-01',
    termEnd: '2027-07-31',
    serviceContent: '销售中心及样板区服务',
    serviceRequirements: '五星级酒店标准',
    keyTerms: ['服务费用按月结算', '重大活动须提前 7 天书面通知物业'],
    files: [{ id: 'f1', originalName: '委托合同.pdf', contentType: 'application/pdf', size: 1024, url: '/api/files/f1' }],
    updatedBy: { id: 'u-manager', name: '张经理' },
    updatedAt: '2026-08-02T02:00:00.000Z',
    version: 3,
  },
  history: [{ action: 'create', from: null, to: null, actor: { id: 'u-manager', name: '张经理' }, note: null, at: '2026-08-01T02:00:00.000Z' }],
};

export const noPlans: ServicePlanVersions = { project, versions: [], current: null, canDraft: true };

export const draftPlan: ServicePlan = {
  id: 'sp1',
  projectId: 'p1',
  planVersion: 1,
  status: 'draft',
  serviceModel: '酒店式礼宾服务',
  targetGroup: '',
  staffing: [{ post: '案场管家', headcount: 2 }],
  siteServices: ['vipReception', '夜间看房接待'],
  materials: '',
  rules: '',
  trainingPlan: '',
  approvalRequestId: null,
  submittedBy: null,
  submittedAt: null,
  decidedAt: null,
  supersededAt: null,
  cancelReason: null,
  createdBy: { id: 'u-butler', name: '李管家' },
  createdAt: '2026-08-20T02:00:00.000Z',
  updatedAt: '2026-08-20T02:00:00.000Z',
  version: 2,
  history: [{ action: 'create', from: null, to: 'draft', actor: { id: 'u-butler', name: '李管家' }, note: null, at: '2026-08-20T02:00:00.000Z' }],
  allowedActions: ['submit', 'cancel'],
  missingSections: ['targetGroup', 'materials', 'rules', 'trainingPlan'],
  canEdit: true,
};

export const withDraft: ServicePlanVersions = {
  project,
  versions: [{ id: 'sp1', planVersion: 1, status: 'draft', submittedAt: null, decidedAt: null, createdAt: draftPlan.createdAt }],
  current: draftPlan,
  canDraft: false,
};

export const approvedPlan: ServicePlan = {
  ...draftPlan,
  status: 'approved',
  targetGroup: '改善型家庭',
  materials: '水吧用品',
  rules: '案场服务管理制度',
  trainingPlan: '礼仪培训',
  submittedBy: { id: 'u-butler', name: '李管家' },
  submittedAt: '2026-08-21T02:00:00.000Z',
  decidedAt: '2026-08-22T02:00:00.000Z',
  allowedActions: [],
  missingSections: [],
  canEdit: false,
  history: [
    ...draftPlan.history,
    { action: 'submit', from: 'draft', to: 'submitted', actor: { id: 'u-butler', name: '李管家' }, note: null, at: '2026-08-21T02:00:00.000Z' },
    { action: 'approve', from: 'submitted', to: 'approved', actor: { id: 'u-regional', name: '李强' }, note: '同意，按方案执行', at: '2026-08-22T02:00:00.000Z' },
  ],
};

const item = (over: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'i',
  checklist: 'preWork',
  key: 'k',
  categoryKey: null,
  title: '',
  plannedHeadcount: null,
  staffNames: [],
  quantity: null,
  assignee: null,
  dueDate: null,
  status: 'todo',
  notApplicableReason: null,
  doneAt: null,
  doneBy: null,
  overdue: false,
  allowedActions: ['start', 'complete', 'markNotApplicable'],
  version: 1,
  ...over,
});

export const notGenerated: Checklists = {
  project,
  today: '2026-09-01',
  generated: false,
  checklists: [
    { kind: 'preWork', progress: { total: 0, done: 0, notApplicable: 0, overdue: 0 }, items: [] },
    { kind: 'staffing', progress: { total: 0, done: 0, notApplicable: 0, overdue: 0 }, items: [] },
    { kind: 'materials', progress: { total: 0, done: 0, notApplicable: 0, overdue: 0 }, items: [] },
  ],
  assignees: [
    { id: 'u-butler', name: '李管家' },
    { id: 'u-manager', name: '张经理' },
  ],
  canWork: true,
};

export const generated: Checklists = {
  ...notGenerated,
  generated: true,
  checklists: [
    {
      kind: 'preWork',
      progress: { total: 2, done: 1, notApplicable: 0, overdue: 1 },
      items: [
        item({ id: 'i1', key: 'developerBrief', title: '获知开发商对开发项目的理念、项目进展、产品构成及特征等资讯', status: 'done', allowedActions: ['reopen'], assignee: { id: 'u-manager', name: '张经理' }, dueDate: '2026-08-20' }),
        item({ id: 'i2', key: 'receptionOperation', title: '确定销售配合现场的具体服务接待运行方案', assignee: { id: 'u-butler', name: '李管家' }, dueDate: '2026-08-31', overdue: true, version: 4 }),
      ],
    },
    { kind: 'staffing', progress: { total: 1, done: 0, notApplicable: 0, overdue: 0 }, items: [item({ id: 'i3', checklist: 'staffing', key: 'siteButler', title: '案场管家', plannedHeadcount: 2, staffNames: ['刘芳'] })] },
    { kind: 'materials', progress: { total: 1, done: 0, notApplicable: 0, overdue: 0 }, items: [item({ id: 'i4', checklist: 'materials', key: 'postTools.1', categoryKey: 'postTools', title: '雨伞', quantity: 20 })] },
  ],
};
