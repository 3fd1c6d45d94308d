import type { ServiceWindow } from '@guanjia/domain/service-catalog/service-hours';

/** A window as the slot selector carries it: "09:00-10:00". */
export const slotValue = (slot: ServiceWindow) => `${slot.start}-${slot.end}`;

export function parseSlot(value: string | undefined): ServiceWindow | null {
  const match = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(value ?? '');
  return match ? { start: match[1], end: match[2] } : null;
}
