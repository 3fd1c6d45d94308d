import { handoffAlertDueAt } from '@guanjia/domain/reception/index';
import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { getReceptionSettings } from './get-reception-settings.js';
import type { VisitRow } from './reception-access.js';
import { recordVisitEvent } from './record-visit-event.js';

export const RAISE_HANDOFF_ALERT = 'reception.raiseHandoffAlert';

export interface HandoffAlertPayload {
  visitId: string;
  /** The notification the job is about: a later reassignment makes this job a no-op. */
  notifiedAt: string;
}

/**
 * Hands the visitor to their consultant, in the transaction that checked them in or reassigned
 * them: an in-app notification (reaches the consultant's phone over the notification stream once
 * committed), the hand-off in the visit's history, and the alert job due when the threshold runs out.
 * `visit.notified_at` is the hand-off instant.
 */
export async function handOffToConsultant(trx: Tx, actorId: string, visit: VisitRow, kind: 'checkIn' | 'reassign'): Promise<NotificationRow[]> {
  const notifiedAt = visit.notified_at!;
  const center = await trx.selectFrom('sales_centers').select('name').where('id', '=', visit.sales_center_id).executeTakeFirstOrThrow();
  const settings = await getReceptionSettings(trx, visit.sales_center_id);
  // Stored text, so in the installation's first language (as work-order titles are).
  const words = { visitor: visit.visitor_name, type: `reception.type.${visit.type}`, center: center.name, party: visit.party_size };
  const notifications = await notify(trx, {
    userIds: [visit.consultant_id],
    title: translate('zh-CN', kind === 'reassign' ? 'reception.handOff.reassignedTitle' : 'reception.handOff.title', words),
    body: translate('zh-CN', 'reception.handOff.body', words),
    link: `/reception/my?visit=${visit.id}`,
    kind: 'reception.handOff',
    projectId: visit.project_id,
  });
  await recordVisitEvent(trx, visit, {
    action: 'handOff',
    actorId,
    data: { consultantId: visit.consultant_id, via: visit.assigned_via, kind, notificationIds: notifications.map((n) => n.id) },
    at: notifiedAt,
  });
  const payload: HandoffAlertPayload = { visitId: visit.id, notifiedAt };
  await enqueueJob(trx, {
    type: RAISE_HANDOFF_ALERT,
    payload,
    runAt: handoffAlertDueAt(notifiedAt, settings.alertThresholdSeconds),
    idempotencyKey: `${RAISE_HANDOFF_ALERT}:${visit.id}:${notifiedAt}`,
    companyId: visit.company_id,
    projectId: visit.project_id,
    now: new Date(notifiedAt),
  });
  return notifications;
}
