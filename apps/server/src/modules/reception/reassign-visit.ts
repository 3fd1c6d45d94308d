import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { handOffToConsultant } from './hand-off-to-consultant.js';
import { assertHost, type VisitRow } from './reception-access.js';
import type { ReassignBody } from './schemas.js';
import { transitionVisit } from './transition-visit.js';

export interface ReassignResult {
  visit: VisitRow;
  notifications: NotificationRow[];
}

/**
 * The sales manager overrides the rotation: a waiting visitor goes to another consultant, with a
 * reason, logged. A walk-in moved this way counts as the new consultant's turn, not the skipped
 * one's (domain reception/rotation), so the skipped consultant stays next in line. The new
 * consultant is handed the visitor (and a new alert clock starts); the old one is told.
 */
export async function reassignVisit(trx: Tx, actor: Actor, id: string, input: ReassignBody, now: Date = new Date()): Promise<ReassignResult> {
  const { before, visit } = await transitionVisit(
    trx,
    actor,
    id,
    {
      action: 'reassign',
      version: input.version,
      apply: async (row, at) => {
        if (input.consultantId === row.consultant_id) throw new ValidationError({ consultantId: 'reception.field.sameConsultant' });
        await assertHost(trx, row.company_id, row.project_id, input.consultantId);
        const countedTurn = row.assigned_via === 'rotation' || row.assigned_via === 'override';
        return {
          changes: {
            consultant_id: input.consultantId,
            assigned_via: countedTurn ? 'override' : row.assigned_via,
            skipped_consultant_id: row.consultant_id,
            override_reason: input.reason,
            overridden_by: actor.userId,
            notified_at: at,
          },
          data: { from: row.consultant_id, to: input.consultantId, reason: input.reason },
        };
      },
    },
    now,
  );
  const notifications = await handOffToConsultant(trx, actor.userId, visit, 'reassign');
  notifications.push(
    ...(await notify(trx, {
      userIds: [before.consultant_id],
      title: translate('zh-CN', 'reception.handOff.movedAwayTitle', { visitor: visit.visitor_name }),
      body: translate('zh-CN', 'reception.handOff.movedAwayBody', { reason: input.reason }),
      link: '/reception/my',
      kind: 'reception.reassigned',
      projectId: visit.project_id,
    })),
  );
  return { visit, notifications };
}
