import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 留言转达: a message left for a household. Left with the front desk or the butler, delivered to the
 * household's owners (in-app and SMS as each prefers), then confirmed by an owner on the phone or by
 * the butler after a call. A relay no owner could be messaged stays 'left' for the butler to call.
 */
export const RELAY_STATUSES = ['left', 'delivered', 'confirmed', 'cancelled'] as const;
export type RelayStatus = (typeof RELAY_STATUSES)[number];
export type RelayAction = 'deliver' | 'confirm' | 'confirmByCall' | 'cancel';

export const RELAY_TRANSITIONS: TransitionTable<RelayStatus, RelayAction> = {
  left: { deliver: 'delivered', confirmByCall: 'confirmed', cancel: 'cancelled' },
  delivered: { confirm: 'confirmed', confirmByCall: 'confirmed', cancel: 'cancelled' },
  confirmed: {},
  cancelled: {},
};

export function relayNextState(from: RelayStatus, action: RelayAction): RelayStatus {
  return nextState('messageRelay', RELAY_TRANSITIONS, from, action);
}

/** What staff may do next (the owner's own 'confirm' is offered on the phone). */
export function relayStaffActions(from: RelayStatus): ('confirmByCall' | 'cancel')[] {
  return allowedActions(RELAY_TRANSITIONS, from).filter((a): a is 'confirmByCall' | 'cancel' => a === 'confirmByCall' || a === 'cancel');
}

/** The owner may confirm receipt once the relay reached them. */
export function relayOwnerActions(from: RelayStatus): 'confirm'[] {
  return allowedActions(RELAY_TRANSITIONS, from).filter((a): a is 'confirm' => a === 'confirm');
}

export const RELAY_STATUS_LABELS: Record<RelayStatus, { 'zh-CN': string; en: string }> = {
  left: { 'zh-CN': '待转达', en: 'Left' },
  delivered: { 'zh-CN': '已转达', en: 'Delivered' },
  confirmed: { 'zh-CN': '已确认收到', en: 'Confirmed' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};

/** Hours a delivered relay may wait for its confirmation before the butler is reminded (a project may set its own). */
export const DEFAULT_RELAY_REMINDER_HOURS = 4;

/** Due for the butler's reminder: delivered, unconfirmed, not reminded yet, and older than the limit. */
export function relayReminderDue(r: { status: RelayStatus; deliveredAt: string | null; remindedAt: string | null }, now: Date, hours: number): boolean {
  if (r.status !== 'delivered' || !r.deliveredAt || r.remindedAt) return false;
  return now.getTime() - Date.parse(r.deliveredAt) >= hours * 3_600_000;
}
