import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError } from '../shared/state-machine.js';
import {
  CHECKLIST_ITEM_TRANSITIONS,
  checklistItemNextState,
  checklistItemOverdue,
  checklistProgress,
  MATERIAL_CATEGORIES,
  PRE_WORK_POINTS,
  STAFFING_POSTS,
  type ChecklistItemAction,
  type ChecklistItemStatus,
} from './preparation-checklists.js';
import { SERVICE_PLAN_TRANSITIONS, servicePlanActionsFor, servicePlanNextState, servicePlanRefusal, type ServicePlanAction, type ServicePlanStatus } from './service-plan-flow.js';
import { emptyServicePlan, missingServicePlanSections, REFERENCE_SITE_SERVICES, type ServicePlanContent } from './service-plan-template.js';

const complete: ServicePlanContent = {
  serviceModel: '酒店式礼宾服务',
  targetGroup: '改善型家庭客户',
  staffing: [{ post: '案场管家', headcount: 2 }],
  siteServices: ['vipReception'],
  materials: '水吧用品、礼宾地毯',
  rules: '案场服务管理制度',
  trainingPlan: '开放前两周礼仪与应知应会培训',
};

describe('service plan: the transition table', () => {
  const cases: [ServicePlanStatus, ServicePlanAction, ServicePlanStatus | null][] = [
    ['draft', 'submit', 'submitted'],
    ['draft', 'cancel', 'cancelled'],
    ['draft', 'approve', null],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'reject', 'rejected'],
    ['submitted', 'cancel', 'cancelled'],
    ['submitted', 'submit', null],
    ['rejected', 'revise', 'draft'],
    ['rejected', 'submit', null],
    ['approved', 'supersede', 'superseded'],
    ['approved', 'cancel', null],
    ['superseded', 'revise', null],
    ['cancelled', 'submit', null],
  ];
  it.each(cases)('%s --%s--> %s', (from, action, to) => {
    if (to) expect(servicePlanNextState(from, action)).toBe(to);
    else expect(() => servicePlanNextState(from, action)).toThrow(ForbiddenTransitionError);
  });

  it('every status has a row', () => {
    expect(Object.keys(SERVICE_PLAN_TRANSITIONS).sort()).toEqual(['approved', 'cancelled', 'draft', 'rejected', 'submitted', 'superseded']);
  });

  it('butler: sees submit and cancel on a draft, nothing on an approved plan; a regional head presses no button', () => {
    expect(servicePlanActionsFor('draft', ['butler'])).toEqual(['submit', 'cancel']);
    expect(servicePlanActionsFor('approved', ['butler'])).toEqual([]);
    expect(servicePlanActionsFor('draft', ['regionalHead'])).toEqual([]);
    expect(servicePlanRefusal(['butler'], 'approve')).toBe('byApprovalOnly');
    expect(servicePlanRefusal(['regionalHead'], 'submit')).toBe('notDrafter');
  });
});

describe('service plan: sections needed before submission', () => {
  it('an empty plan lacks every section, in section order', () => {
    expect(missingServicePlanSections(emptyServicePlan())).toEqual(['serviceModel', 'targetGroup', 'staffing', 'siteServices', 'materials', 'rules', 'trainingPlan']);
  });
  it('a complete plan lacks nothing', () => {
    expect(missingServicePlanSections(complete)).toEqual([]);
  });
  it.each([
    ['blank text', { rules: '   ' }, ['rules']],
    ['a post without headcount', { staffing: [{ post: '水吧岗', headcount: 0 }] }, ['staffing']],
    ['a headcount without a post name', { staffing: [{ post: ' ', headcount: 2 }] }, ['staffing']],
    ['no service picked', { siteServices: [] }, ['siteServices']],
  ] as const)('%s is missing', (_name, change, missing) => {
    expect(missingServicePlanSections({ ...complete, ...change })).toEqual(missing);
  });
  it('the reference services are the 20 printed, numbered in order with unique keys', () => {
    expect(REFERENCE_SITE_SERVICES.map((s) => s.no)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(REFERENCE_SITE_SERVICES.map((s) => s.key)).size).toBe(20);
    expect(REFERENCE_SITE_SERVICES[11]!.title).toBe('前期物业服务协议、临时管理规约解释及签订服务');
  });
});

describe('preparation checklists', () => {
  it('the templates hold the 10 pre-work points and the 7 material categories as printed', () => {
    expect(PRE_WORK_POINTS).toHaveLength(10);
    expect(PRE_WORK_POINTS[9]!.title).toBe('组织模拟演练，完善销售配合的流程与服务');
    expect(MATERIAL_CATEGORIES.map((c) => c.title)).toEqual(['办公物资准备', '岗位员工服装准备', '场景布置物品准备', '服务用具准备', '各岗位服务使用工具准备', '宣传推广、示范物资准备', '其他']);
    expect(STAFFING_POSTS.every((p) => p.headcount >= 1)).toBe(true);
  });

  const moves: [ChecklistItemStatus, ChecklistItemAction, ChecklistItemStatus | null][] = [
    ['todo', 'start', 'inProgress'],
    ['todo', 'complete', 'done'],
    ['todo', 'markNotApplicable', 'notApplicable'],
    ['todo', 'reopen', null],
    ['inProgress', 'complete', 'done'],
    ['inProgress', 'start', null],
    ['done', 'reopen', 'todo'],
    ['done', 'complete', null],
    ['notApplicable', 'reopen', 'todo'],
  ];
  it.each(moves)('item %s --%s--> %s', (from, action, to) => {
    if (to) expect(checklistItemNextState(from, action)).toBe(to);
    else expect(() => checklistItemNextState(from, action)).toThrow(ForbiddenTransitionError);
  });
  it('every item status has a row', () => {
    expect(Object.keys(CHECKLIST_ITEM_TRANSITIONS)).toHaveLength(4);
  });

  it.each([
    ['todo', '2026-09-01', '2026-09-02', true],
    ['inProgress', '2026-09-01', '2026-09-02', true],
    ['todo', '2026-09-02', '2026-09-02', false],
    ['done', '2026-09-01', '2026-09-02', false],
    ['notApplicable', '2026-09-01', '2026-09-02', false],
    ['todo', null, '2026-09-02', false],
  ] as const)('%s due %s is overdue on %s: %s', (status, dueDate, today, overdue) => {
    expect(checklistItemOverdue({ status, dueDate }, today)).toBe(overdue);
  });

  it('progress counts done, not applicable and overdue items', () => {
    const items = [
      { status: 'done' as const, dueDate: '2026-08-01' },
      { status: 'todo' as const, dueDate: '2026-08-01' },
      { status: 'notApplicable' as const, dueDate: null },
      { status: 'inProgress' as const, dueDate: '2026-12-01' },
    ];
    expect(checklistProgress(items, '2026-09-01')).toEqual({ total: 4, done: 1, notApplicable: 1, overdue: 1 });
  });
});
