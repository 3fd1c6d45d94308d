/**
 * 配置要求: each item of the equipment configuration list of a clubhouse or show flat moves
 * requested → purchased → delivered → installed → checked; a checked item is 落实到位.
 *
 * An item may step back exactly one step, with a reason (a wrong model delivered goes back to
 * purchased; an installed item that fails its check goes back to delivered; a checked item found
 * faulty before the opening goes back to installed). Nothing steps back from requested, and no
 * step is skipped. The reason is required by `equipmentReasonProblem`; the use case enforces both
 * inside its transaction after re-reading the item.
 */
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

export const EQUIPMENT_STATUSES = ['requested', 'purchased', 'delivered', 'installed', 'checked'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

export const EQUIPMENT_ACTIONS = ['purchase', 'deliver', 'install', 'check', 'stepBack'] as const;
export type EquipmentAction = (typeof EQUIPMENT_ACTIONS)[number];

export const EQUIPMENT_STATUS_TITLES: Record<EquipmentStatus, { zh: string; en: string }> = {
  requested: { zh: '已申请采购', en: 'Requested' },
  purchased: { zh: '已采购', en: 'Purchased' },
  delivered: { zh: '已到货', en: 'Delivered' },
  installed: { zh: '已安装', en: 'Installed' },
  checked: { zh: '已验收(落实到位)', en: 'Checked (in place)' },
};

export const EQUIPMENT_TRANSITIONS: TransitionTable<EquipmentStatus, EquipmentAction> = {
  requested: { purchase: 'purchased' },
  purchased: { deliver: 'delivered', stepBack: 'requested' },
  delivered: { install: 'installed', stepBack: 'purchased' },
  installed: { check: 'checked', stepBack: 'delivered' },
  checked: { stepBack: 'installed' },
};

/** Actions that must carry a reason. */
export const EQUIPMENT_ACTIONS_NEEDING_REASON: readonly EquipmentAction[] = ['stepBack'];

export function equipmentNextState(from: EquipmentStatus, action: EquipmentAction): EquipmentStatus {
  return nextState('equipmentItem', EQUIPMENT_TRANSITIONS, from, action);
}

export function equipmentAllowedActions(from: EquipmentStatus): EquipmentAction[] {
  return allowedActions(EQUIPMENT_TRANSITIONS, from);
}

/** 'reasonRequired' when the action needs a reason and none (or only blanks) was given. */
export function equipmentReasonProblem(action: EquipmentAction, reason: string | null | undefined): 'reasonRequired' | null {
  if (!EQUIPMENT_ACTIONS_NEEDING_REASON.includes(action)) return null;
  return reason && reason.trim() !== '' ? null : 'reasonRequired';
}

/** 落实到位: only a checked item counts as in place. */
export function isEquipmentInPlace(status: EquipmentStatus): boolean {
  return status === 'checked';
}

export interface EquipmentProgress {
  total: number;
  inPlace: number;
  byStatus: Record<EquipmentStatus, number>;
  /** True when there is at least one item and every item is checked. */
  allInPlace: boolean;
}

/** Item-by-item progress of a configuration list. */
export function equipmentProgress(items: ReadonlyArray<{ status: EquipmentStatus }>): EquipmentProgress {
  const byStatus = Object.fromEntries(EQUIPMENT_STATUSES.map((s) => [s, 0])) as Record<EquipmentStatus, number>;
  for (const item of items) byStatus[item.status]++;
  const inPlace = byStatus.checked;
  return { total: items.length, inPlace, byStatus, allInPlace: items.length > 0 && inPlace === items.length };
}
