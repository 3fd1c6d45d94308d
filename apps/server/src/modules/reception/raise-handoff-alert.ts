import { uuidv7 } from '@guanjia/domain';
import { handoffAlertDueAt, isHandoffOverdue } from '@guanjia/domain/reception/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, newRowStamp } from '../../platform/db/transaction.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import { getReceptionSettings } from './get-reception-settings.js';
import { RAISE_HANDOFF_ALERT, type HandoffAlertPayload } from './hand-off-to-consultant.js';
import type { AlertRow } from './reception-access.js';
import { recordVisitEvent } from './record-visit-event.js';

export type AlertOutcome =
  | { raised: AlertRow }
  /** The visitor was received, the visit reassigned or closed meanwhile, or the alert already exists. */
  | { raised: null; why: 'notWaiting' | 'superseded' | 'alreadyRaised' | 'notYetDue' };

/**
 * The delayed job's work, at `now`: raise the alert only if the visitor is still waiting for the
 * consultant of this notification and the threshold has run out. A job run early (the threshold
 * was raised meanwhile) re-queues itself for the new due time; a job run twice finds the alert
 * there (one per notification, by a unique index).
 */
export async function raiseHandoffAlert(db: Db, payload: HandoffAlertPayload, now: Date): Promise<AlertOutcome> {
  return inTransaction(db, async (trx) => {
    const visit = await trx.selectFrom('reception_visits').selectAll().where('id', '=', payload.visitId).executeTakeFirst();
    if (!visit || visit.status !== 'waiting') return { raised: null, why: 'notWaiting' as const };
    if (visit.notified_at !== payload.notifiedAt) return { raised: null, why: 'superseded' as const };
    const { alertThresholdSeconds } = await getReceptionSettings(trx, visit.sales_center_id);
    const waiting = { status: visit.status, checkedInAt: visit.checked_in_at, notifiedAt: visit.notified_at, receivedAt: visit.received_at };
    if (!isHandoffOverdue(waiting, alertThresholdSeconds, now)) {
      await enqueueJob(trx, {
        type: RAISE_HANDOFF_ALERT,
        payload,
        runAt: handoffAlertDueAt(payload.notifiedAt, alertThresholdSeconds),
        companyId: visit.company_id,
        projectId: visit.project_id,
        now,
      });
      return { raised: null, why: 'notYetDue' as const };
    }
    const at = now.toISOString();
    const alert: AlertRow = {
      id: uuidv7(),
      company_id: visit.company_id,
      project_id: visit.project_id,
      sales_center_id: visit.sales_center_id,
      visit_id: visit.id,
      consultant_id: visit.consultant_id,
      notified_at: payload.notifiedAt,
      raised_at: at,
      handled_at: null,
      handled_by: null,
      handled_how: null,
      note: null,
      ...newRowStamp(at),
    };
    const inserted = await trx
      .insertInto('reception_handoff_alerts')
      .values(alert)
      .onConflict((oc) => oc.columns(['visit_id', 'notified_at']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return { raised: null, why: 'alreadyRaised' as const };
    await recordVisitEvent(trx, visit, { action: 'alert', actorId: null, data: { alertId: alert.id, consultantId: visit.consultant_id, thresholdSeconds: alertThresholdSeconds }, at });
    await recordAudit(trx, null, visit.company_id, { action: 'handoffAlert.raise', entityType: 'handoffAlert', entityId: alert.id, projectId: visit.project_id, after: alert });
    return { raised: alert };
  });
}
