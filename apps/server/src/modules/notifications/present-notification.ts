import type { NotificationTable } from './tables.js';

export function presentNotification(row: NotificationTable) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    projectId: row.project_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
