import type { AlertHandling } from '@guanjia/domain/reception/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { VisitRow } from './reception-access.js';
import { recordVisitEvent } from './record-visit-event.js';

/**
 * Settles the visit's open alerts by themselves once they no longer need the butler (the
 * consultant came out, the visitor left), each logged in the visit's history.
 */
export async function closeOpenAlerts(trx: Tx, visit: VisitRow, how: Extract<AlertHandling, 'consultantArrived' | 'visitorLeft'>, at: string): Promise<number> {
  const closed = await trx
    .updateTable('reception_handoff_alerts')
    .set((eb) => ({ handled_at: at, handled_how: how, updated_at: at, version: eb('version', '+', 1) }))
    .where('visit_id', '=', visit.id)
    .where('handled_at', 'is', null)
    .returningAll()
    .execute();
  for (const alert of closed) {
    await recordVisitEvent(trx, visit, { action: 'alertHandled', actorId: null, data: { alertId: alert.id, how }, at });
    await recordAudit(trx, null, alert.company_id, { action: 'handoffAlert.close', entityType: 'handoffAlert', entityId: alert.id, projectId: alert.project_id, after: alert });
  }
  return closed.length;
}
