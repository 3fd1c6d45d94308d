/** One in-app notification for one user. Not business data: read state is the recipient's own. */
export interface NotificationTable {
  id: string;
  company_id: string;
  project_id: string | null;
  user_id: string;
  title: string;
  body: string;
  link: string | null;
  /** What it is about, e.g. "approval.pending"; the web may pick an icon by it. */
  kind: string;
  created_at: string;
  read_at: string | null;
}

export interface NotificationTables {
  notifications: NotificationTable;
}
