import type { OwnerWorkOrder } from './api';

/** "2026-03-02 09:00–10:00": the promised visit as the owner chose it (Shanghai date and window). */
export function appointmentLabel(order: Pick<OwnerWorkOrder, 'serviceDate' | 'serviceStart' | 'serviceEnd'>): string {
  if (!order.serviceDate) return '';
  const window = order.serviceStart ? `${order.serviceStart}${order.serviceEnd ? `–${order.serviceEnd}` : ''}` : '';
  return [order.serviceDate, window].filter(Boolean).join(' ');
}

/**
 * What the owner may do now. Cancel comes from the server's allowed actions and urging from its
 * canUrge; a completed order awaits the requester's rating (回访), which accepts or reopens it.
 */
export function ownerActions(order: OwnerWorkOrder) {
  return {
    cancel: order.allowedActions.includes('cancel'),
    urge: order.canUrge,
    rate: order.status === 'completed',
  };
}
