import { visitNextState } from '@guanjia/domain/reception/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { recordVisitEvent } from './record-visit-event.js';

const PAGE = 200;

/**
 * Appointments of days before `today` whose visitor never came become no-shows, each in its own
 * transaction through the transition table, guarded by the status so a late check-in racing the
 * sweep wins. Returns how many were closed.
 */
export async function closePastAppointments(db: Db, today: string, now: Date): Promise<number> {
  const to = visitNextState('expected', 'markNoShow');
  const at = now.toISOString();
  let closed = 0;
  for (;;) {
    const page = await db.selectFrom('reception_visits').select('id').where('status', '=', 'expected').where('visit_date', '<', today).orderBy('id').limit(PAGE).execute();
    if (!page.length) return closed;
    for (const { id } of page) {
      await inTransaction(db, async (trx) => {
        const after = await trx
          .updateTable('reception_visits')
          .set((eb) => ({ status: to, updated_at: at, version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .where('status', '=', 'expected')
          .returningAll()
          .executeTakeFirst();
        if (!after) return;
        closed++;
        await recordVisitEvent(trx, after, { action: 'markNoShow', from: 'expected', to, actorId: null, data: { automatic: true }, at });
        await recordAudit(trx, null, after.company_id, { action: 'visit.markNoShow', entityType: 'visit', entityId: id, projectId: after.project_id, after });
      });
    }
    if (page.length < PAGE) return closed;
  }
}
