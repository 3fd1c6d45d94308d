import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import './messages.js';
import type { ServicePlanRow } from './sales-preparation-access.js';

// Stored notifications have one text; the recipients' languages are not known, so the company's (Chinese) is used.
const LOCALE = 'zh-CN';
export const servicePlanLink = (plan: Pick<ServicePlanRow, 'project_id'>) => `/sales-preparation?tab=servicePlan&projectId=${plan.project_id}`;

/** The approval decided: the drafter (and the submitter, when someone else) are told. */
export async function noticeServicePlanDecision(trx: Tx, plan: ServicePlanRow, decision: 'approved' | 'rejected', comment: string | null): Promise<NotificationRow[]> {
  const project = await trx.selectFrom('projects').select('name').where('id', '=', plan.project_id).executeTakeFirst();
  const params = { project: project?.name ?? '', planVersion: plan.plan_version, comment: comment || '—' };
  return notify(trx, {
    userIds: [...new Set([plan.created_by, plan.submitted_by].filter((u): u is string => !!u))],
    kind: `servicePlan.${decision}`,
    projectId: plan.project_id,
    link: servicePlanLink(plan),
    title: translate(LOCALE, `servicePlan.notice.${decision}Title`, params),
    body: translate(LOCALE, `servicePlan.notice.${decision}Body`, params),
  });
}
