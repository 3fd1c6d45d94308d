import type { Me } from '../../ui/auth';
import type { EventPlan, EventPlanDetail, EventPlanTask } from './api';

export const marketingMe: Me = {
  user: { id: 'u-marketing', username: 'marketing', name: '周营销', kind: 'staff', roles: ['marketingLead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const planRow: EventPlan = {
  id: 'ep1',
  projectId: 'p1',
  salesCenter: { id: 'sc1', name: '滨江花园销售中心' },
  kind: 'promotion',
  title: '国庆暖场活动',
  eventDate: '2026-10-05',
  rehearsalDate: '2026-10-03',
  major: true,
  eventLeadGroup: [{ name: '张伟', role: '组长' }],
  assignments: [{ owner: '刘芳', duty: '签到与接待' }],
  orderPlan: '入口分流，停车场专人引导',
  emergencyPlan: '',
  status: 'draft',
  approvalRequestId: null,
  submittedAt: null,
  decidedAt: null,
  heldAt: null,
  review: null,
  rehearsalConfirmedBy: null,
  rehearsalConfirmedAt: null,
  cancelReason: null,
  createdBy: { id: 'u-butler', name: '李管家' },
  taskCount: 3,
  doneCount: 1,
  overdueCount: 1,
  createdAt: '2026-09-01T02:00:00.000Z',
  updatedAt: '2026-09-01T02:00:00.000Z',
  version: 2,
};

const task = (over: Partial<EventPlanTask>): EventPlanTask => ({
  id: 't',
  key: 'k',
  title: '',
  daysBefore: 0,
  officeOnly: false,
  rehearsal: false,
  dueDate: '2026-10-05',
  movedFrom: null,
  source: null,
  owner: null,
  done: false,
  doneAt: null,
  doneBy: null,
  overdue: false,
  version: 1,
  ...over,
});

/** Listed out of order: the page sorts by due date. */
export const tasks: EventPlanTask[] = [
  task({ id: 't-setup', key: 'siteSetup', title: '活动现场布置', daysBefore: 1, dueDate: '2026-10-04' }),
  task({ id: 't-rehearsal', key: 'rehearsal', title: '联系营销部现场负责人共同完成现场演练', daysBefore: 2, rehearsal: true, dueDate: '2026-10-03' }),
  task({
    id: 't-purchase',
    key: 'materialsPurchase',
    title: '活动物资配置与采购申请',
    daysBefore: 10,
    officeOnly: true,
    dueDate: '2026-09-25',
    movedFrom: '2026-09-27',
    owner: { id: 'u-butler', name: '李管家' },
    overdue: true,
    source: '二、(二)5 组织销售服务物资的配置与采购',
  }),
];

export const draftDetail: EventPlanDetail = {
  ...planRow,
  tasks,
  history: [{ action: 'create', fromStatus: null, toStatus: 'draft', actor: { id: 'u-butler', name: '李管家' }, note: null, at: '2026-09-01T02:00:00.000Z' }],
  allowedActions: ['submit', 'cancel'],
  missingParts: ['emergencyPlan'],
  canEdit: true,
  canReschedule: true,
  canWorkTasks: true,
  canConfirmRehearsal: false,
};

export const approvedForMarketing: EventPlanDetail = {
  ...draftDetail,
  status: 'approved',
  emergencyPlan: '突发疾病与火情的处置与联络人',
  allowedActions: [],
  missingParts: [],
  canEdit: false,
  canReschedule: false,
  canWorkTasks: false,
  canConfirmRehearsal: true,
};

export const assignees = {
  departments: [],
  workers: [],
  vendors: [],
  deskStaff: [
    { id: 'u-butler', name: '李管家', roles: ['butler'] },
    { id: 'u-manager', name: '张经理', roles: ['serviceCenterManager'] },
    { id: 'u-frontline', name: '赵前台', roles: ['frontline'] },
  ],
};
