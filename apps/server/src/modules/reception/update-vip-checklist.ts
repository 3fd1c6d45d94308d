import { vipChecklistMissing } from '@guanjia/domain/reception/index';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { checklistJson } from './check-in-visitor.js';
import type { VisitRow } from './reception-access.js';
import type { UpdateChecklistBody } from './schemas.js';
import { transitionVisit } from './transition-visit.js';

/** The VIP protocol checklist, ticked before the VIP arrives (on the appointment) or during the visit. */
export async function updateVipChecklist(trx: Tx, actor: Actor, id: string, input: UpdateChecklistBody, now: Date = new Date()): Promise<VisitRow> {
  const { visit } = await transitionVisit(
    trx,
    actor,
    id,
    {
      action: 'updateChecklist',
      version: input.version,
      apply: (before) => {
        if (before.type !== 'vip') throw new BusinessRuleError('NOT_A_VIP_VISIT', 'reception.error.notVip');
        const json = checklistJson(input);
        return { changes: { vip_checklist: json }, data: { missing: vipChecklistMissing(JSON.parse(json!)) } };
      },
    },
    now,
  );
  return visit;
}
