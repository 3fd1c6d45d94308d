/**
 * The hand-off alert (seed: 销售人员在办公区出来时间如超过一分钟……与客户简单沟通): once the
 * consultant has been notified, if they have not come out to the visitor within the sales center's
 * threshold (1 minute unless configured), the board alerts the butler to engage the visitor.
 */

export const DEFAULT_ALERT_THRESHOLD_SECONDS = 60;
export const MIN_ALERT_THRESHOLD_SECONDS = 15;
export const MAX_ALERT_THRESHOLD_SECONDS = 1800;

/** Whole seconds from `from` to `to` (ISO instants or Dates), never negative. */
export function secondsBetween(from: string | Date, to: string | Date): number {
  const ms = new Date(to).getTime() - new Date(from).getTime();
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0;
}

/** The instant the alert falls due: notified + threshold. */
export function handoffAlertDueAt(notifiedAt: string, thresholdSeconds: number): Date {
  return new Date(new Date(notifiedAt).getTime() + thresholdSeconds * 1000);
}

export interface WaitingVisit {
  status: string;
  /** When the visitor was checked in (arrived at the reception). */
  checkedInAt: string | null;
  /** When the current consultant was notified (again after a reassignment). */
  notifiedAt: string | null;
  receivedAt: string | null;
}

/**
 * How long the visitor has waited for a consultant: from check-in to being received, or to now
 * while still waiting; null before check-in.
 */
export function secondsWaited(visit: WaitingVisit, now: Date | string): number | null {
  if (!visit.checkedInAt) return null;
  return secondsBetween(visit.checkedInAt, visit.receivedAt ?? now);
}

/** How long the current consultant has taken (or is taking) to come out since they were notified. */
export function consultantResponseSeconds(visit: WaitingVisit, now: Date | string): number | null {
  if (!visit.notifiedAt) return null;
  return secondsBetween(visit.notifiedAt, visit.receivedAt ?? now);
}

/** True when the alert is due: still waiting, and the consultant was notified at least `threshold` seconds ago. */
export function isHandoffOverdue(visit: WaitingVisit, thresholdSeconds: number, now: Date | string): boolean {
  if (visit.status !== 'waiting' || !visit.notifiedAt) return false;
  return new Date(now).getTime() >= handoffAlertDueAt(visit.notifiedAt, thresholdSeconds).getTime();
}

export const ALERT_HANDLINGS = ['engaged', 'calledConsultant', 'consultantArrived', 'visitorLeft'] as const;
/**
 * How an alert was settled: the butler engaged the visitor (已与客户沟通) or called the consultant
 * again; or it closed itself when the consultant came out or the visitor left.
 */
export type AlertHandling = (typeof ALERT_HANDLINGS)[number];
/** What a person records; the other two are written by the system. */
export const MANUAL_ALERT_HANDLINGS = ['engaged', 'calledConsultant'] as const satisfies readonly AlertHandling[];
