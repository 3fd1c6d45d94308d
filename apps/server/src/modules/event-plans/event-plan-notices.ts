import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { findApprovers } from '../approvals/find-approvers.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import './messages.js';
import type { EventPlanRow } from './event-plan-access.js';

// Stored notifications have one text; the recipients' languages are not known, so the company's (Chinese) is used.
const LOCALE = 'zh-CN';
export const eventPlanLink = (plan: Pick<EventPlanRow, 'id'>) => `/event-plans?id=${plan.id}`;

/** 营销部现场负责人 of the project: the developer's marketing on-site leads who rehearse with the service center. */
export function marketingLeadIds(trx: Tx, plan: EventPlanRow): Promise<string[]> {
  return findApprovers(trx, plan.company_id, 'marketingLead', plan.project_id, '');
}

export async function noticeEventPlan(
  trx: Tx,
  plan: EventPlanRow,
  n: { userIds: readonly (string | null)[]; kind: string; titleKey: string; bodyKey: string; params?: Record<string, unknown>; exceptUserId?: string | null },
): Promise<NotificationRow[]> {
  const userIds = [...new Set(n.userIds.filter((u): u is string => !!u && u !== n.exceptUserId))];
  const params = { title: plan.title, eventDate: plan.event_date, ...n.params };
  return notify(trx, {
    userIds,
    kind: `eventPlan.${n.kind}`,
    projectId: plan.project_id,
    link: eventPlanLink(plan),
    title: translate(LOCALE, n.titleKey, params),
    body: translate(LOCALE, n.bodyKey, params),
  });
}

/** The plan is approved, or moved once approved: the marketing leads are asked to confirm the rehearsal. */
export async function noticeRehearsal(trx: Tx, plan: EventPlanRow, rehearsalDate: string, moved: boolean): Promise<NotificationRow[]> {
  return noticeEventPlan(trx, plan, {
    userIds: await marketingLeadIds(trx, plan),
    kind: moved ? 'rescheduled' : 'rehearsal',
    titleKey: moved ? 'eventPlan.notice.rescheduledTitle' : 'eventPlan.notice.rehearsalTitle',
    bodyKey: moved ? 'eventPlan.notice.rescheduledBody' : 'eventPlan.notice.rehearsalBody',
    params: { rehearsalDate },
  });
}
