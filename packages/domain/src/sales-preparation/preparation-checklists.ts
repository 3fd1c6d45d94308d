import { nextState, allowedActions, type TransitionTable } from '../shared/state-machine.js';

/**
 * 销售配合的筹备 (二、(二)–(四)): three checklists generated per project from the templates below,
 * kept as printed. Every item is given to a member of the project's staff with a due date.
 */
export const CHECKLIST_KINDS = ['preWork', 'staffing', 'materials'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export interface ChecklistTemplateItem {
  key: string;
  title: string;
  titleEn: string;
}

/** 二、(二) 销售配合前期的工作要点 1–10. */
export const PRE_WORK_POINTS: readonly ChecklistTemplateItem[] = [
  { key: 'developerBrief', title: '获知开发商对开发项目的理念、项目进展、产品构成及特征等资讯', titleEn: "Learn the developer's concept, progress, product mix and features of the project" },
  { key: 'servicePlanning', title: '着手具体销售服务实施的规划工作', titleEn: 'Start planning how the sales service will be delivered' },
  { key: 'targetGroup', title: '确定项目类型和接受服务的群体，针对不同类型物业的特征，有针对性地对接受服务群体特征进行分析，确定服务的模式与方针', titleEn: 'Set the project type and the group served, analyse that group and set the service model and policy' },
  { key: 'receptionOperation', title: '确定销售配合现场的具体服务接待运行方案', titleEn: 'Set the reception operating plan of the sales site' },
  { key: 'materialsProcurement', title: '组织销售服务物资的配置与采购', titleEn: 'Organise the allocation and purchase of service materials' },
  { key: 'siteLayout', title: '对销售现场进行布置或提供布置建议，建立服务良性运行空间', titleEn: 'Lay out the sales site or advise on it, so the service runs smoothly' },
  { key: 'rulesAndTraining', title: '确定销售配合期间管理制度确定并全程的服务培训', titleEn: 'Set the rules for the sales-support period and train throughout' },
  { key: 'recruitment', title: '参与招聘、培训销售配合具体岗位的服务人员', titleEn: 'Take part in recruiting and training the staff of each post' },
  { key: 'salesKnowledge', title: '对销售配合人员进行必要的项目销售知识引导', titleEn: 'Brief the sales-support staff on the project sales knowledge' },
  { key: 'mockDrill', title: '组织模拟演练，完善销售配合的流程与服务', titleEn: 'Run mock drills to refine the sales-support process and service' },
];

/**
 * 二、(三) 销配现场服务人事架构的设置：因地制宜去设置岗位和人员. The seed names no fixed posts, so
 * these are the posts its service list calls for, as a starting point; the project adds, renames and
 * re-counts them.
 */
export const STAFFING_POSTS: readonly (ChecklistTemplateItem & { headcount: number })[] = [
  { key: 'siteButler', title: '案场管家', titleEn: 'Sales-site butler', headcount: 2 },
  { key: 'showcasePost', title: '形象岗', titleEn: 'Showcase greeter', headcount: 1 },
  { key: 'concierge', title: '礼宾岗', titleEn: 'Concierge', headcount: 2 },
  { key: 'waterBar', title: '水吧岗', titleEn: 'Water bar', headcount: 2 },
  { key: 'security', title: '秩序维护岗', titleEn: 'Security and order', headcount: 3 },
  { key: 'cleaning', title: '保洁岗', titleEn: 'Cleaning', headcount: 2 },
];

/**
 * 二、(四) 销售配合物资基本分类与准备 1–7, each with the examples the seed gives as its first items; a
 * category the seed gives no examples for starts with one item in its own words, so all seven are on the list.
 */
export const MATERIAL_CATEGORIES: readonly (ChecklistTemplateItem & { note: string; items: readonly string[] })[] = [
  { key: 'office', title: '办公物资准备', titleEn: 'Office supplies', note: '根据项目条件和开发商投入确定具体物资标准', items: ['确定办公物资标准（根据项目条件和开发商投入）'] },
  { key: 'uniforms', title: '岗位员工服装准备', titleEn: 'Staff uniforms', note: '根据开发商要求，确定岗位与服务配置', items: ['岗位员工服装（根据开发商要求确定岗位与服务配置）'] },
  { key: 'sceneDecoration', title: '场景布置物品准备', titleEn: 'Scene decoration', note: '如植物、礼宾地毯、装饰物、各场点标识等', items: ['植物', '礼宾地毯', '装饰物', '各场点标识'] },
  { key: 'serviceWare', title: '服务用具准备', titleEn: 'Service ware', note: '销售现场饮品、西点、酒会等用具及物资筹备', items: ['饮品', '西点', '酒会用具'] },
  { key: 'postTools', title: '各岗位服务使用工具准备', titleEn: 'Tools for each post', note: '如雨伞、托盘等用具', items: ['雨伞', '托盘'] },
  { key: 'publicity', title: '宣传推广、示范物资准备', titleEn: 'Publicity and demonstration materials', note: '产品推荐物、物业宣传、合作单位宣传等', items: ['产品推荐物', '物业宣传', '合作单位宣传'] },
  { key: 'other', title: '其他', titleEn: 'Other', note: '', items: ['其他销售配合物资'] },
];

export const MATERIAL_CATEGORY_KEYS: readonly string[] = MATERIAL_CATEGORIES.map((c) => c.key);

export const CHECKLIST_ITEM_STATUSES = ['todo', 'inProgress', 'done', 'notApplicable'] as const;
export type ChecklistItemStatus = (typeof CHECKLIST_ITEM_STATUSES)[number];

export const CHECKLIST_ITEM_ACTIONS = ['start', 'complete', 'markNotApplicable', 'reopen'] as const;
export type ChecklistItemAction = (typeof CHECKLIST_ITEM_ACTIONS)[number];

export const CHECKLIST_ITEM_TRANSITIONS: TransitionTable<ChecklistItemStatus, ChecklistItemAction> = {
  todo: { start: 'inProgress', complete: 'done', markNotApplicable: 'notApplicable' },
  inProgress: { complete: 'done', markNotApplicable: 'notApplicable', reopen: 'todo' },
  done: { reopen: 'todo' },
  notApplicable: { reopen: 'todo' },
};

export function checklistItemNextState(from: ChecklistItemStatus, action: ChecklistItemAction): ChecklistItemStatus {
  return nextState('checklistItem', CHECKLIST_ITEM_TRANSITIONS, from, action);
}

export function checklistItemActions(from: ChecklistItemStatus): ChecklistItemAction[] {
  return allowedActions(CHECKLIST_ITEM_TRANSITIONS, from);
}

/** Still to be done: these count as overdue once their due date has passed. */
export const OPEN_CHECKLIST_STATUSES: readonly ChecklistItemStatus[] = ['todo', 'inProgress'];

/** Overdue: open and due before today (both Shanghai dates, YYYY-MM-DD). */
export function checklistItemOverdue(item: { status: ChecklistItemStatus; dueDate: string | null }, today: string): boolean {
  return OPEN_CHECKLIST_STATUSES.includes(item.status) && item.dueDate !== null && item.dueDate < today;
}

export interface ChecklistProgress {
  total: number;
  done: number;
  notApplicable: number;
  overdue: number;
}

/** Counts for a checklist; items not applicable are left out of what remains to do. */
export function checklistProgress(items: readonly { status: ChecklistItemStatus; dueDate: string | null }[], today: string): ChecklistProgress {
  return {
    total: items.length,
    done: items.filter((i) => i.status === 'done').length,
    notApplicable: items.filter((i) => i.status === 'notApplicable').length,
    overdue: items.filter((i) => checklistItemOverdue(i, today)).length,
  };
}
