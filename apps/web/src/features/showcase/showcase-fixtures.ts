import type { Me } from '../../ui/auth';
import type { PublicityItem, PublicShowcase, ShowcaseDetail } from './api';

export const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const center = { id: 'sc1', name: '滨江花园 销售中心' };

export function showcaseDetail(over: Partial<ShowcaseDetail> = {}): ShowcaseDetail {
  return {
    id: 's1',
    projectId: 'p1',
    salesCenter: center,
    location: '一层大厅东侧',
    areaM2: 36,
    layoutPlan: '背景墙、资料架、视频屏',
    layoutFiles: [],
    decorationStartDate: '2026-09-20',
    status: 'approved',
    approvalRequestId: 'a1',
    submittedAt: '2026-08-20T02:00:00Z',
    decidedAt: '2026-08-22T02:00:00Z',
    approvalLate: false,
    submittedAfterDecoration: false,
    version: 3,
    publicCode: 'AbCdEfGhIjKlMnOpQrStUvWx',
    history: [{ action: 'approve', fromStatus: 'submitted', toStatus: 'approved', actor: { id: 'u-r', name: '地区负责人 李强' }, note: '同意', at: '2026-08-22T02:00:00Z' }],
    explainers: [
      { id: 'e1', user: { id: 'u-butler', name: '管家 刘芳' }, trainedOn: '2026-08-25', trainer: '王老师', trained: true, active: true, version: 1 },
      { id: 'e2', user: { id: 'u-tech', name: '技术员 赵磊' }, trainedOn: null, trainer: null, trained: false, active: true, version: 1 },
    ],
    duties: [{ id: 'd1', dutyDate: '2026-09-01', shift: 'morning', explainer: { id: 'e1', name: '管家 刘芳' } }],
    todayOnDuty: [{ id: 'd1', dutyDate: '2026-09-01', shift: 'morning', explainer: { id: 'e1', name: '管家 刘芳' } }],
    instructions: [
      { id: 'i2', versionNo: 2, file: { id: 'f2', name: '作业指导书 V2.pdf', contentType: 'application/pdf', url: '/api/files/f2' }, note: '更新视频播放要求', uploadedBy: { id: 'u-manager', name: '张经理' }, createdAt: '2026-08-30T02:00:00Z', current: true },
      { id: 'i1', versionNo: 1, file: { id: 'f1', name: '作业指导书 V1.pdf', contentType: 'application/pdf', url: '/api/files/f1' }, note: '首版', uploadedBy: { id: 'u-manager', name: '张经理' }, createdAt: '2026-08-10T02:00:00Z', current: false },
    ],
    allowedActions: [],
    missingParts: [],
    canEdit: false,
    canManage: true,
    ...over,
  };
}

export const listOf = (detail: ShowcaseDetail | null) => ({ items: [{ salesCenter: center, showcase: detail }] });

export const item = (over: Partial<PublicityItem> = {}): PublicityItem => ({
  id: 'n1',
  projectId: 'p1',
  kind: 'notice',
  topic: 'law',
  title: '《物业管理条例》要点',
  summary: '业主的权利与义务',
  body: '业主依法享有物业服务合同约定的服务。',
  file: null,
  mediaUrl: null,
  status: 'published',
  displayOrder: 1,
  publishedAt: '2026-08-25T02:00:00Z',
  version: 2,
  allowedActions: ['retire'],
  canEdit: true,
  ...over,
});

export const publicShowcase: PublicShowcase = {
  projectName: '滨江花园',
  salesCenterName: '滨江花园 销售中心',
  items: [
    { id: 'n1', kind: 'notice', topic: 'law', title: '《物业管理条例》要点', summary: '业主的权利与义务', body: '业主依法享有物业服务合同约定的服务。', file: null, mediaUrl: null },
    { id: 'b1', kind: 'brochure', topic: 'company', title: '公司简介', summary: null, body: null, file: { name: '公司简介.pdf', contentType: 'application/pdf', url: '/api/public/showcase/code/files/f9' }, mediaUrl: null },
  ],
};
