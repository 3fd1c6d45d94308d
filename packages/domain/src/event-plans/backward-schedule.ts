import { epochDayToDate, parseDateToEpochDay } from '../calendar/epoch-day.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { EventPlanKind } from './event-plan-flow.js';

/**
 * 准备工作倒排计划 (物业配合销售管理程序 4.3.2): preparation tasks counted back from the event date.
 * Offsets are calendar days; a task done in the office (approvals, purchase requests) is marked
 * office-only and, when its date is a day off, falls due on the previous working day of the national
 * calendar. The joint rehearsal with 营销部现场负责人 is two calendar days before the event (4.3.3) and
 * is never moved: the sales center works weekends and holidays.
 */
export const REHEARSAL_DAYS_BEFORE = 2;

export type ScheduleCalendar = Pick<WorkingCalendar, 'previousWorkingDayOnOrBefore'>;

export interface TemplateTask {
  /** Stable within a template, e.g. 'leadGroup'; kept on the scheduled task. */
  key: string;
  title: string;
  /** T-minus: calendar days before the event (0 = the event day). Ignored for the rehearsal. */
  daysBefore: number;
  /** Done in the office: a due date on a day off moves to the previous working day. */
  officeOnly: boolean;
  /** The joint rehearsal: always two calendar days before the event. */
  rehearsal?: boolean;
  /** Where the seed asks for it, shown next to the task. */
  source?: string;
}

export interface ScheduledTask extends TemplateTask {
  rehearsal: boolean;
  dueDate: string;
  /** The calendar date before an office-only task was moved off a day off; null when not moved. */
  movedFrom: string | null;
  ownerId: string | null;
  done: boolean;
}

export const REHEARSAL_TASK: TemplateTask = {
  key: 'rehearsal',
  title: '联系营销部现场负责人共同完成现场演练',
  daysBefore: REHEARSAL_DAYS_BEFORE,
  officeOnly: false,
  rehearsal: true,
  source: '4.3.3 物业服务中心在活动前2天联系营销部现场负责人共同完成现场演练',
};

function requireDay(date: string): number {
  const day = parseDateToEpochDay(date);
  if (Number.isNaN(day)) throw new RangeError(`Invalid date: ${date}`);
  return day;
}

export function rehearsalDate(eventDate: string): string {
  return epochDayToDate(requireDay(eventDate) - REHEARSAL_DAYS_BEFORE);
}

/** The due date of one task for an event date, and the calendar date it was moved from, if it was. */
export function dueDateFor(
  eventDate: string,
  task: Pick<TemplateTask, 'daysBefore' | 'officeOnly' | 'rehearsal'>,
  calendar: ScheduleCalendar,
): { dueDate: string; movedFrom: string | null } {
  if (task.rehearsal) return { dueDate: rehearsalDate(eventDate), movedFrom: null };
  if (!Number.isInteger(task.daysBefore) || task.daysBefore < 0) throw new RangeError(`Invalid days before the event: ${task.daysBefore}`);
  const onCalendar = epochDayToDate(requireDay(eventDate) - task.daysBefore);
  if (!task.officeOnly) return { dueDate: onCalendar, movedFrom: null };
  const dueDate = calendar.previousWorkingDayOnOrBefore(onCalendar);
  return { dueDate, movedFrom: dueDate === onCalendar ? null : onCalendar };
}

const byDueDate = (a: ScheduledTask, b: ScheduledTask) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);

/**
 * Every task of the template with its due date, earliest first (template order on the same day),
 * unowned and not done. A plan always has its rehearsal: the template's, or REHEARSAL_TASK when the
 * template has none.
 */
export function scheduleFromTemplate(eventDate: string, tasks: readonly TemplateTask[], calendar: ScheduleCalendar): ScheduledTask[] {
  requireDay(eventDate);
  const keys = new Set<string>();
  for (const t of tasks) {
    if (keys.has(t.key)) throw new RangeError(`Duplicate task key: ${t.key}`);
    keys.add(t.key);
  }
  const withRehearsal = tasks.some((t) => t.rehearsal) ? tasks : [...tasks, REHEARSAL_TASK];
  return withRehearsal
    .map((t): ScheduledTask => {
      const rehearsal = t.rehearsal === true;
      const task = { ...t, rehearsal, ...(rehearsal ? { daysBefore: REHEARSAL_DAYS_BEFORE, officeOnly: false } : {}) };
      return { ...task, ...dueDateFor(eventDate, task, calendar), ownerId: null, done: false };
    })
    .sort(byDueDate);
}

/**
 * The event moves: every due date is computed again from the new date (offsets, office-only and the
 * rehearsal rule as before), while owners and done flags stay with their tasks.
 */
export function reschedule<P extends { eventDate: string; backwardSchedule: readonly ScheduledTask[] }>(
  plan: P,
  newEventDate: string,
  calendar: ScheduleCalendar,
): P {
  requireDay(newEventDate);
  const backwardSchedule = plan.backwardSchedule
    .map((t): ScheduledTask => ({ ...t, ...dueDateFor(newEventDate, t, calendar) }))
    .sort(byDueDate);
  return { ...plan, eventDate: newEventDate, backwardSchedule };
}

/** Not done and due before today (dates compared as YYYY-MM-DD text): these alert their owner and the event lead. */
export function overdueTasks<T extends Pick<ScheduledTask, 'dueDate' | 'done'>>(tasks: readonly T[], today: string): T[] {
  requireDay(today);
  return tasks.filter((t) => !t.done && t.dueDate < today);
}

/**
 * 重大活动 preparation, from 4.3.2 (领导小组, 分工, 倒排计划, 秩序保障及应急预案), 4.3.3 (活动方案, 演练)
 * and 物业管家销售配合阶段服务作用规范 二、(二) work points and 二、(四) material categories.
 */
export const DEFAULT_PROMOTION_TEMPLATE: readonly TemplateTask[] = [
  { key: 'leadGroup', title: '成立活动领导小组', daysBefore: 14, officeOnly: true, source: '4.3.2 成立活动领导小组' },
  { key: 'assignments', title: '明确小组分工', daysBefore: 13, officeOnly: true, source: '4.3.2 明确小组分工' },
  { key: 'eventPlan', title: '制定活动方案并报地区公司负责人审批', daysBefore: 12, officeOnly: true, source: '4.3.3 在各类大型活动之前制定活动方案' },
  { key: 'orderEmergencyPlan', title: '编制秩序保障及应急预案', daysBefore: 12, officeOnly: true, source: '4.3.2 秩序保障及应急预案' },
  { key: 'materialsPurchase', title: '活动物资配置与采购申请', daysBefore: 10, officeOnly: true, source: '二、(二)5 组织销售服务物资的配置与采购' },
  { key: 'uniforms', title: '岗位员工服装准备', daysBefore: 7, officeOnly: false, source: '二、(四)2 岗位员工服装准备' },
  { key: 'staffTraining', title: '参与活动人员培训(礼仪、接待流程、应急处置)', daysBefore: 5, officeOnly: false, source: '二、(二)7 全程的服务培训' },
  { key: 'sceneProps', title: '场景布置物品准备(植物、礼宾地毯、装饰物、各场点标识)', daysBefore: 4, officeOnly: false, source: '二、(四)3 场景布置物品准备' },
  { key: 'serviceSupplies', title: '服务用具准备(饮品、西点、酒会用具,雨伞、托盘)', daysBefore: 3, officeOnly: false, source: '二、(四)4、5 服务用具准备' },
  { key: 'publicityMaterials', title: '宣传推广、示范物资准备', daysBefore: 3, officeOnly: false, source: '二、(四)6 宣传推广、示范物资准备' },
  { ...REHEARSAL_TASK },
  { key: 'siteSetup', title: '活动现场布置', daysBefore: 1, officeOnly: false, source: '二、(二)6 对销售现场进行布置或提供布置建议' },
  { key: 'finalCheck', title: '活动前现场检查(物资、岗位、标识、应急物资到位)', daysBefore: 1, officeOnly: false, source: '三、15 服务现场布置与品质检查服务' },
];

/** 重大节假日期间服务现场的装饰及布置 (reference service 16), planned the same way. */
export const DEFAULT_HOLIDAY_DECORATION_TEMPLATE: readonly TemplateTask[] = [
  { key: 'leadGroup', title: '成立节日布置领导小组', daysBefore: 14, officeOnly: true, source: '4.3.2 成立活动领导小组' },
  { key: 'assignments', title: '明确布置分工', daysBefore: 13, officeOnly: true, source: '4.3.2 明确小组分工' },
  { key: 'decorationPlan', title: '制定节日装饰及布置方案并报批', daysBefore: 12, officeOnly: true, source: '三、16 重大节假日期间服务现场的装饰及布置' },
  { key: 'orderEmergencyPlan', title: '编制节日期间秩序保障及应急预案', daysBefore: 12, officeOnly: true, source: '4.3.2 秩序保障及应急预案' },
  { key: 'materialsPurchase', title: '装饰物资配置与采购申请', daysBefore: 10, officeOnly: true, source: '二、(二)5 组织销售服务物资的配置与采购' },
  { key: 'sceneProps', title: '场景布置物品准备(植物、礼宾地毯、装饰物、各场点标识)', daysBefore: 5, officeOnly: false, source: '二、(四)3 场景布置物品准备' },
  { key: 'staffBriefing', title: '节日服务人员培训(礼貌礼节、节日接待)', daysBefore: 4, officeOnly: false, source: '二、(五)7 礼貌礼节' },
  { ...REHEARSAL_TASK },
  { key: 'siteDecoration', title: '服务现场装饰及布置', daysBefore: 1, officeOnly: false, source: '三、13 销售现场布置与设施使用维护' },
  { key: 'qualityCheck', title: '布置完成品质检查', daysBefore: 1, officeOnly: false, source: '三、15 服务现场布置与品质检查服务' },
];

export function defaultTemplateFor(kind: EventPlanKind): readonly TemplateTask[] {
  return kind === 'promotion' ? DEFAULT_PROMOTION_TEMPLATE : DEFAULT_HOLIDAY_DECORATION_TEMPLATE;
}
