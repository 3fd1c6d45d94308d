import { LIAISON_DEVELOPER_ROLES } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { projectStaffWithRoles } from '../work-orders/work-order-notices.js';
import type { LiaisonFormRow } from './liaison-form-access.js';

// Stored notifications have one text; the company's language (Chinese) is used.
const LOCALE = 'zh-CN';

/** The developer's people at the project who answer forms: its marketing lead and sales managers. */
export function developerSideIds(trx: Tx, projectId: string): Promise<string[]> {
  return projectStaffWithRoles(trx, projectId, LIAISON_DEVELOPER_ROLES);
}

/** Writes one notice per recipient in the caller's transaction; the actor is never told of their own step. */
export async function noticeLiaisonForm(
  trx: Tx,
  form: Pick<LiaisonFormRow, 'id' | 'project_id' | 'number' | 'subject' | 'due_date'>,
  actorId: string | null,
  n: { userIds: readonly (string | null)[]; kind: string; bodyKey: string; params?: Record<string, unknown> },
): Promise<NotificationRow[]> {
  const userIds = [...new Set(n.userIds.filter((id): id is string => id !== null && id !== actorId))];
  if (!userIds.length) return [];
  const params = { number: form.number, subject: form.subject, dueDate: form.due_date, ...n.params };
  return notify(trx, {
    userIds,
    kind: `liaisonForm.${n.kind}`,
    projectId: form.project_id,
    link: `/liaison-forms?id=${form.id}`,
    title: translate(LOCALE, `liaison.notice.${n.kind}Title`, params),
    body: translate(LOCALE, n.bodyKey, params),
  });
}
