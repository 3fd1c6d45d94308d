import { uuidv7 } from '@guanjia/domain';
import { dutyRefusal, type DutyShift } from '@guanjia/domain/showcase/showcase-post';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import { fieldRefusal, loadVisibleShowcase } from './showcase-access.js';

/** Puts an explainer on duty at the greeter post for a date and shift: only when trained (4.5.3). */
export async function assignExplainerDuty(trx: Tx, actor: Actor, showcaseId: string, input: { explainerId: string; dutyDate: string; shift: DutyShift }, now: Date = new Date()): Promise<void> {
  const showcase = await loadVisibleShowcase(trx, actor, showcaseId);
  const explainer = await trx.selectFrom('showcase_explainers').selectAll().where('id', '=', input.explainerId).where('showcase_id', '=', showcase.id).executeTakeFirst();
  if (!explainer) throw fieldRefusal('EXPLAINER_UNKNOWN', 'explainerId', 'showcase.field.explainerUnknown');
  const refusal = dutyRefusal({ trainedOn: explainer.trained_on, trainer: explainer.trainer, active: explainer.active === 1 }, input.dutyDate);
  if (refusal) throw fieldRefusal(`EXPLAINER_${refusal === 'trainedAfterDuty' ? 'TRAINED_AFTER_DUTY' : refusal.toUpperCase()}`, 'explainerId', `showcase.field.${refusal}`, { trainedOn: explainer.trained_on });
  const at = now.toISOString();
  const row = {
    id: uuidv7(),
    company_id: showcase.company_id,
    project_id: showcase.project_id,
    showcase_id: showcase.id,
    explainer_id: explainer.id,
    duty_date: input.dutyDate,
    shift: input.shift,
    assigned_by: actor.userId,
    created_at: at,
  };
  try {
    await trx.insertInto('showcase_duties').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldRefusal('SHIFT_TAKEN', 'shift', 'showcase.field.shiftTaken');
    throw err;
  }
  await recordShowcaseEvent(trx, showcase, { action: 'assignDuty', actorId: actor.userId, note: `${input.dutyDate} ${input.shift}`, at });
  await recordAudit(trx, actor, showcase.company_id, { action: 'showcase.assignDuty', entityType: 'showcaseDuty', entityId: row.id, projectId: showcase.project_id, after: row });
}
