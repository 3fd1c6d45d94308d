import type { Notifier } from '../../platform/http/notifier.js';
import { presentNotification } from './present-notification.js';
import type { NotificationRow } from './notify.js';

/** Live event carrying one new notification (data: the presented item). */
export const NOTIFICATION_EVENT = 'notification';
/** Live event telling a user's streams that read state changed, so they recount. */
export const NOTIFICATIONS_READ_EVENT = 'notifications.read';

/** Pushes committed notifications to their recipients' open streams. Call only after commit. */
export function publishNotifications(notifier: Notifier, rows: readonly NotificationRow[]): void {
  for (const row of rows) notifier.publish(row.user_id, { type: NOTIFICATION_EVENT, data: presentNotification(row) });
}

export function publishNotificationsRead(notifier: Notifier, userId: string): void {
  notifier.publish(userId, { type: NOTIFICATIONS_READ_EVENT, data: null });
}
