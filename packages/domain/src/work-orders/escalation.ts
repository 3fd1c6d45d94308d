import { OPEN_WORK_ORDER_STATUSES, type WorkOrderStatus } from './work-order-flow.js';

/**
 * The SLA escalation ladder (升级): when a work order's clock runs out, the next level fires, once
 * per level. Level k falls due (k − 1) SLA periods after the clock ran out, so a level that is not
 * answered is followed by the next one a period later.
 */
export type EscalationRecipient = 'assignee' | 'accountable' | 'serviceCenterManager' | 'regionalHead';

export interface EscalationStep {
  level: number;
  /** Level 1 goes to the assignee, or to the accountable staff member while nobody is assigned. */
  recipient: EscalationRecipient;
  /** SLA periods after the clock ran out. */
  periodsLate: number;
}

export const ESCALATION_LADDER: readonly EscalationStep[] = [
  { level: 1, recipient: 'assignee', periodsLate: 0 },
  { level: 2, recipient: 'accountable', periodsLate: 1 },
  { level: 3, recipient: 'serviceCenterManager', periodsLate: 2 },
  { level: 4, recipient: 'regionalHead', periodsLate: 3 },
];

export const MAX_ESCALATION_LEVEL = ESCALATION_LADDER.length;
/** A very short SLA would otherwise climb the whole ladder within minutes. */
export const MIN_ESCALATION_PERIOD_MINUTES = 30;

export type SlaClockName = 'accept' | 'complete';
export type SlaBasis = 'clock' | 'working';

/** What the clocks need to know about an order. */
export interface SlaSubject {
  status: WorkOrderStatus;
  acceptedAt: string | null;
  assignmentAcceptedAt: string | null;
  acceptDueAt: string | null;
  completeDueAt: string | null;
}

const isOpen = (o: SlaSubject) => OPEN_WORK_ORDER_STATUSES.includes(o.status);

/** The accept clock runs while the order is open and neither the desk nor an assignee has accepted it. */
export function isAcceptClockRunning(o: SlaSubject): boolean {
  return isOpen(o) && o.acceptDueAt !== null && o.acceptedAt === null && o.assignmentAcceptedAt === null;
}

/** The complete clock runs while the order is open (an open order is not completed). */
export function isCompleteClockRunning(o: SlaSubject): boolean {
  return isOpen(o) && o.completeDueAt !== null;
}

/** Overdue: a running clock's deadline has passed. */
export function isWorkOrderOverdue(o: SlaSubject, now: Date | string): boolean {
  const at = new Date(now).toISOString();
  return (isAcceptClockRunning(o) && o.acceptDueAt! < at) || (isCompleteClockRunning(o) && o.completeDueAt! < at);
}

export interface SlaClock {
  name: SlaClockName;
  dueAt: string;
  /** The item's SLA for this clock, in minutes of `basis`; null when the order has no item. */
  slaMinutes: number | null;
  basis: SlaBasis;
}

/** Minutes of one escalation period: the clock's SLA, at least MIN_ESCALATION_PERIOD_MINUTES. */
export function escalationPeriodMinutes(slaMinutes: number | null): number {
  return Math.max(MIN_ESCALATION_PERIOD_MINUTES, slaMinutes ?? 0);
}

/** Adds minutes of office hours on working days (the national calendar's addWorkingMinutes). */
export type AddWorkingMinutes = (from: string, minutes: number) => string;

/** When `level` falls due on `clock`. Working-hour SLAs count their periods in working hours too. */
export function escalationDueAt(clock: SlaClock, level: number, addWorkingMinutes: AddWorkingMinutes): string {
  const step = ESCALATION_LADDER[level - 1];
  if (!step) throw new RangeError(`No escalation level ${level}`);
  const minutes = step.periodsLate * escalationPeriodMinutes(clock.slaMinutes);
  if (minutes === 0) return new Date(clock.dueAt).toISOString();
  if (clock.basis === 'working') return addWorkingMinutes(clock.dueAt, minutes);
  return new Date(new Date(clock.dueAt).getTime() + minutes * 60_000).toISOString();
}

/** The running clocks of an order, with the SLA each was computed from. */
export function runningClocks(
  o: SlaSubject,
  sla: { acceptMinutes: number | null; completeMinutes: number | null; basis: SlaBasis },
): SlaClock[] {
  const clocks: SlaClock[] = [];
  if (isAcceptClockRunning(o)) clocks.push({ name: 'accept', dueAt: o.acceptDueAt!, slaMinutes: sla.acceptMinutes, basis: sla.basis });
  if (isCompleteClockRunning(o)) clocks.push({ name: 'complete', dueAt: o.completeDueAt!, slaMinutes: sla.completeMinutes, basis: sla.basis });
  return clocks;
}

export interface DueEscalation {
  level: number;
  recipient: EscalationRecipient;
  clock: SlaClockName;
  dueAt: string;
}

/**
 * The level to fire now after `firedLevel`, or null. One ladder per order: whichever running clock
 * reaches the next level first fires it, so a late accept followed by a late completion keeps climbing.
 */
export function nextEscalation(clocks: readonly SlaClock[], firedLevel: number, now: Date | string, addWorkingMinutes: AddWorkingMinutes): DueEscalation | null {
  const level = firedLevel + 1;
  if (level > MAX_ESCALATION_LEVEL) return null;
  const at = new Date(now).toISOString();
  let best: DueEscalation | null = null;
  for (const clock of clocks) {
    const dueAt = escalationDueAt(clock, level, addWorkingMinutes);
    if (dueAt <= at && (!best || dueAt < best.dueAt)) best = { level, recipient: ESCALATION_LADDER[level - 1]!.recipient, clock: clock.name, dueAt };
  }
  return best;
}
