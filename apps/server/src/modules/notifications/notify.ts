import { uuidv7 } from '@guanjia/domain';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { NotificationTable } from './tables.js';

export type NotificationRow = NotificationTable;

export interface NotifyInput {
  userIds: readonly string[];
  title: string;
  body: string;
  link?: string | null;
  kind: string;
  projectId?: string | null;
}

const TITLE_MAX = 200;
const BODY_MAX = 2000;

/**
 * Writes one notification per recipient inside the caller's transaction, so a notification exists
 * exactly when the change it announces commits. After commit, pass the rows to publishNotifications.
 * Each row takes the recipient's company; unknown user ids are skipped.
 */
export async function notify(trx: Tx, input: NotifyInput): Promise<NotificationRow[]> {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return [];
  const users = await trx.selectFrom('users').select(['id', 'company_id']).where('id', 'in', ids).execute();
  const at = nowIso();
  const rows: NotificationRow[] = users.map((u) => ({
    id: uuidv7(),
    company_id: u.company_id,
    project_id: input.projectId ?? null,
    user_id: u.id,
    title: input.title.slice(0, TITLE_MAX),
    body: input.body.slice(0, BODY_MAX),
    link: input.link ?? null,
    kind: input.kind,
    created_at: at,
    read_at: null,
  }));
  if (rows.length) await trx.insertInto('notifications').values(rows).execute();
  return rows;
}
