import type { TFunction } from 'i18next';
import {
  REPLY_KINDS,
  WORK_ORDER_KINDS,
  WORK_ORDER_STATUSES,
  type WorkOrderAction,
  type WorkOrderKind,
  type WorkOrderStatus,
} from '@guanjia/domain/work-orders/work-order-flow';

export { REPLY_KINDS, WORK_ORDER_KINDS, WORK_ORDER_STATUSES, type WorkOrderAction, type WorkOrderKind, type WorkOrderStatus };

const ns = { ns: 'workOrders' } as const;

/** Kinds a desk may record from a call or a visit, in the order the form offers them. */
export const DESK_KINDS: readonly WorkOrderKind[] = WORK_ORDER_KINDS;
export const DESK_CHANNELS = ['phone', 'visit', 'web'] as const;
export type DeskChannel = (typeof DESK_CHANNELS)[number];

export const STATUS_COLORS: Record<WorkOrderStatus, string> = {
  submitted: 'gold',
  accepted: 'cyan',
  dispatched: 'blue',
  inProgress: 'processing',
  paused: 'warning',
  completed: 'success',
  closed: 'default',
  cancelled: 'error',
};

export function statusLabel(t: TFunction, status: string): string {
  return t(`statuses.${status}`, { ...ns, defaultValue: status });
}

export function kindLabel(t: TFunction, kind: string): string {
  return t(`kinds.${kind}`, { ...ns, defaultValue: kind });
}

export function channelLabel(t: TFunction, channel: string): string {
  return t(`channels.${channel}`, { ...ns, defaultValue: channel });
}

export function categoryLabel(t: TFunction, number: number | null | undefined): string {
  if (number === null || number === undefined) return '';
  return t(`categories.${number}`, { ...ns, defaultValue: String(number) });
}

/** The button that starts an action. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`actions.${action}`, { ...ns, defaultValue: action });
}

/** How the timeline names a recorded event (a transition or urge, escalation, return visit …). */
export function eventLabel(t: TFunction, action: string): string {
  return t(`events.${action}`, { ...ns, defaultValue: action });
}

/** The order in which the detail page lays out the buttons: the usual next step first. */
export const ACTION_ORDER: readonly WorkOrderAction[] = [
  'accept',
  'dispatch',
  'grab',
  'acceptAssignment',
  'start',
  'resume',
  'complete',
  'resolve',
  'close',
  'returnAssignment',
  'pause',
  'reopen',
  'cancel',
];

/** Kinds whose requester is owed an answer (complaint, inquiry, suggestion). */
export function isReplyKind(kind: string): boolean {
  return (REPLY_KINDS as readonly string[]).includes(kind);
}

/**
 * The allowed actions in button order. For a complaint or question the desk first tries to settle
 * it on the spot (现场解决), so that comes first; other kinds are usually dispatched.
 */
export function orderedActions(allowed: readonly WorkOrderAction[], kind: string): WorkOrderAction[] {
  const actions = ACTION_ORDER.filter((a) => allowed.includes(a));
  if (!isReplyKind(kind) || !actions.includes('resolve')) return actions;
  return ['resolve', ...actions.filter((a) => a !== 'resolve')];
}

/** Actions that need a written reason. */
export const REASON_ACTIONS: readonly WorkOrderAction[] = ['returnAssignment', 'pause', 'reopen', 'cancel'];

/** Actions that only ask "are you sure?" (no form). */
export const CONFIRM_ACTIONS: readonly WorkOrderAction[] = ['accept', 'grab', 'acceptAssignment', 'start', 'resume', 'close'];

/** Actions drawn as a warning (red) button. */
export const DANGER_ACTIONS: readonly WorkOrderAction[] = ['cancel', 'returnAssignment', 'reopen'];

/** The URL segment for an action: the server's paths are kebab-case (accept-assignment). */
export function actionPath(action: string): string {
  return action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
