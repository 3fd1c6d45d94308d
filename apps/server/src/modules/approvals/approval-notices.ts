import { ROLE_LABELS, type Role } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { findApprovers } from './find-approvers.js';
import type { ApprovalRequestTable } from './tables.js';

// Stored notifications have one text; recipients' languages are not known, so the company's (Chinese) is used.
const LOCALE = 'zh-CN';
const linkOf = (r: ApprovalRequestTable) => `/approvals/${r.id}`;

/** Tells the approvers of the request's current step that it waits for them. */
export async function noticeToApprovers(trx: Tx, actor: Actor, request: ApprovalRequestTable): Promise<NotificationRow[]> {
  if (request.status !== 'pending' || !request.current_role) return [];
  const role = request.current_role as Role;
  const userIds = await findApprovers(trx, request.company_id, role, request.project_id, request.submitted_by);
  const stepCount = (JSON.parse(request.steps) as unknown[]).length;
  const params = { title: request.title, submitter: actor.name, step: request.current_step, count: stepCount, role: ROLE_LABELS[role]?.[LOCALE] ?? role };
  return notify(trx, {
    userIds,
    kind: 'approval.pending',
    projectId: request.project_id,
    link: linkOf(request),
    title: translate(LOCALE, 'approvals.notice.pendingTitle', params),
    body: translate(LOCALE, request.current_step > 1 ? 'approvals.notice.nextStepBody' : 'approvals.notice.pendingBody', params),
  });
}

/** Tells the submitter the outcome: approved or rejected (with the reason). */
export async function noticeToSubmitter(trx: Tx, actor: Actor, request: ApprovalRequestTable, comment: string | null): Promise<NotificationRow[]> {
  if (request.status !== 'approved' && request.status !== 'rejected') return [];
  const params = { title: request.title, actor: actor.name, comment: comment ?? '' };
  return notify(trx, {
    userIds: [request.submitted_by],
    kind: `approval.${request.status}`,
    projectId: request.project_id,
    link: linkOf(request),
    title: translate(LOCALE, `approvals.notice.${request.status}Title`, params),
    body: translate(LOCALE, `approvals.notice.${request.status}Body`, params),
  });
}
