/**
 * 配合会所、样板房展示开放: the opening-readiness milestones counted back from a project's first
 * launch (首次开盘) and forward to its clubhouse and show-flat openings.
 *
 * - 4.4.1 clubhouse equipment purchase requests complete 3 calendar months before the first launch;
 *   the equipment is in place per the configuration requirements 15 calendar days before the
 *   clubhouse opens.
 * - 4.4.2 staffing, daily display hours (both agreed with the developer's marketing department),
 *   approval, recruitment and training complete 2 calendar months before the first launch; each is
 *   its own milestone so each can be tracked.
 * - 4.1 the show flat is opened for display (样板房展示开放) on its opening date.
 *
 * Months are calendar months clamped to the month's last day (31 May − 3 months = 28 or 29 Feb);
 * days are calendar days (sales sites work weekends, so nothing moves to a working day).
 */
import { epochDayToDate, parseDateToEpochDay } from '../calendar/epoch-day.js';

/** Which of the project's dates a milestone counts from. */
export type OpeningAnchor = 'firstLaunchDate' | 'clubhouseOpeningDate' | 'showFlatOpeningDate';

export interface OpeningDates {
  /** 首次开盘, YYYY-MM-DD; null while not yet set. */
  firstLaunchDate: string | null;
  /** 会所开放. */
  clubhouseOpeningDate: string | null;
  /** 样板房展示开放. */
  showFlatOpeningDate: string | null;
}

export const OPENING_MILESTONE_KEYS = [
  'clubhouseEquipmentPurchaseRequests',
  'clubhouseStaffing',
  'clubhouseDisplayHours',
  'clubhouseStaffingApproval',
  'clubhouseRecruitment',
  'clubhouseTraining',
  'clubhouseEquipmentInPlace',
  'showFlatOpening',
] as const;
export type OpeningMilestoneKey = (typeof OPENING_MILESTONE_KEYS)[number];

export interface OpeningMilestoneTemplate {
  key: OpeningMilestoneKey;
  /** The seed's clause. */
  clause: string;
  title: string;
  titleEn: string;
  anchor: OpeningAnchor;
  /** Negative: before the anchor date. */
  offset: { months: number } | { days: number };
}

/** The seed's milestones, in the order they are listed; the readiness view sorts by due date. */
export const OPENING_MILESTONE_TEMPLATES: readonly OpeningMilestoneTemplate[] = [
  {
    key: 'clubhouseEquipmentPurchaseRequests',
    clause: '4.4.1',
    title: '完成会所功能相关设备设施的采购申请',
    titleEn: 'Clubhouse equipment purchase requests complete',
    anchor: 'firstLaunchDate',
    offset: { months: -3 },
  },
  {
    key: 'clubhouseStaffing',
    clause: '4.4.2',
    title: '与营销部协商确定会所展示及配合营销的服务人员编制',
    titleEn: 'Clubhouse and sales-support staffing agreed with marketing',
    anchor: 'firstLaunchDate',
    offset: { months: -2 },
  },
  {
    key: 'clubhouseDisplayHours',
    clause: '4.4.2',
    title: '与营销部协商确定每日展示时长',
    titleEn: 'Daily display hours agreed with marketing',
    anchor: 'firstLaunchDate',
    offset: { months: -2 },
  },
  {
    key: 'clubhouseStaffingApproval',
    clause: '4.4.2',
    title: '完成报批',
    titleEn: 'Staffing approved',
    anchor: 'firstLaunchDate',
    offset: { months: -2 },
  },
  {
    key: 'clubhouseRecruitment',
    clause: '4.4.2',
    title: '完成招聘',
    titleEn: 'Recruitment complete',
    anchor: 'firstLaunchDate',
    offset: { months: -2 },
  },
  {
    key: 'clubhouseTraining',
    clause: '4.4.2',
    title: '完成培训',
    titleEn: 'Training complete',
    anchor: 'firstLaunchDate',
    offset: { months: -2 },
  },
  {
    key: 'clubhouseEquipmentInPlace',
    clause: '4.4.1',
    title: '会所设备设施按配置要求落实到位',
    titleEn: 'Clubhouse equipment in place per the configuration requirements',
    anchor: 'clubhouseOpeningDate',
    offset: { days: -15 },
  },
  {
    key: 'showFlatOpening',
    clause: '4.1',
    title: '样板房展示开放',
    titleEn: 'Show flat opened for display',
    anchor: 'showFlatOpeningDate',
    offset: { days: 0 },
  },
];

export interface OpeningMilestone {
  key: OpeningMilestoneKey;
  clause: string;
  title: string;
  titleEn: string;
  anchor: OpeningAnchor;
  /** YYYY-MM-DD (Asia/Shanghai business date). */
  dueDate: string;
}

function requireEpochDay(date: string): number {
  const day = parseDateToEpochDay(date);
  if (Number.isNaN(day)) throw new RangeError(`not a calendar date: ${String(date)}`);
  return day;
}

/** The date n calendar days later (n < 0: earlier). */
export function addCalendarDays(date: string, n: number): string {
  return epochDayToDate(requireEpochDay(date) + n);
}

/**
 * The date n calendar months earlier (n < 0: later), clamped to the last day of the target month:
 * 2026-05-31 − 3 = 2026-02-28, 2028-05-31 − 3 = 2028-02-29, 2026-07-31 − 1 = 2026-06-30.
 */
export function subtractCalendarMonths(date: string, n: number): string {
  requireEpochDay(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - n;
  const year = Math.floor(index / 12);
  const month = index - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return epochDayToDate(Date.UTC(year, month, Math.min(d, lastDay)) / 86_400_000);
}

function dueDateOf(template: OpeningMilestoneTemplate, anchorDate: string): string {
  return 'months' in template.offset
    ? subtractCalendarMonths(anchorDate, -template.offset.months)
    : addCalendarDays(anchorDate, template.offset.days);
}

/** The project's milestones with their due dates, earliest first; a date not set yields none of its milestones. */
export function openingMilestones(dates: OpeningDates): OpeningMilestone[] {
  const out: OpeningMilestone[] = [];
  for (const t of OPENING_MILESTONE_TEMPLATES) {
    const anchorDate = dates[t.anchor];
    if (anchorDate === null || anchorDate === undefined || anchorDate === '') continue;
    out.push({ key: t.key, clause: t.clause, title: t.title, titleEn: t.titleEn, anchor: t.anchor, dueDate: dueDateOf(t, anchorDate) });
  }
  const order = (k: OpeningMilestoneKey) => OPENING_MILESTONE_KEYS.indexOf(k);
  return out.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : order(a.key) - order(b.key)));
}

export type ReadinessColour = 'green' | 'amber' | 'red' | 'grey';

export interface ReadinessSubject {
  dueDate: string;
  done: boolean;
}

export const DEFAULT_AMBER_DAYS = 14;

/** Calendar days from `today` to the due date: 0 on the day, negative once past. */
export function daysUntilDue(milestone: Pick<ReadinessSubject, 'dueDate'>, today: string): number {
  return requireEpochDay(milestone.dueDate) - requireEpochDay(today);
}

/**
 * The rule: done → green; otherwise past its due date (today after the due date) → red; due today
 * or within `amberDays` calendar days → amber (the owner is alerted from then on); else grey.
 * `today` is the Asia/Shanghai business date.
 */
export function readinessColour(milestone: ReadinessSubject, today: string, options: { amberDays?: number } = {}): ReadinessColour {
  const amberDays = options.amberDays ?? DEFAULT_AMBER_DAYS;
  if (milestone.done) return 'green';
  const left = daysUntilDue(milestone, today);
  if (left < 0) return 'red';
  return left <= amberDays ? 'amber' : 'grey';
}

/** What a tracked milestone row needs: its key, due date and done flag (other fields are kept). */
export interface TrackedMilestone {
  key: OpeningMilestoneKey;
  dueDate: string;
  done: boolean;
}

export interface MilestoneChanges<T extends TrackedMilestone> {
  /** Kept milestones whose due date changes; their done flag is kept. */
  moved: Array<{ milestone: T; fromDueDate: string; toDueDate: string }>;
  /** Milestones of a date that was not set before: to create, not done. */
  added: OpeningMilestone[];
  /** Milestones of a date that was cleared: to remove. */
  removed: T[];
  /** Kept milestones whose due date does not change. */
  unchanged: T[];
}

/**
 * When a project date changes: compare its tracked milestones with those of the new dates, by key.
 * A moved milestone keeps its done flag (a purchase request already filed stays filed).
 */
export function milestonesToMove<T extends TrackedMilestone>(current: readonly T[], dates: OpeningDates): MilestoneChanges<T> {
  const next = new Map(openingMilestones(dates).map((m) => [m.key, m]));
  const changes: MilestoneChanges<T> = { moved: [], added: [], removed: [], unchanged: [] };
  const seen = new Set<OpeningMilestoneKey>();
  for (const milestone of current) {
    seen.add(milestone.key);
    const target = next.get(milestone.key);
    if (!target) changes.removed.push(milestone);
    else if (target.dueDate === milestone.dueDate) changes.unchanged.push(milestone);
    else changes.moved.push({ milestone, fromDueDate: milestone.dueDate, toDueDate: target.dueDate });
  }
  for (const [key, m] of next) if (!seen.has(key)) changes.added.push(m);
  return changes;
}
