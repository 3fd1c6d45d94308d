import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { recordShowcaseEvent } from './record-showcase-event.js';

/**
 * 讲解员业务培训 recorded in the training module: the explainers of the project's showcases who
 * attended get that date and trainer, unless their roster already holds a later training. Nobody is
 * added to a roster: who stands at the greeter post stays the manager's choice.
 */
export async function markExplainersTrained(
  trx: Tx,
  e: { projectId: string; userIds: readonly string[]; trainedOn: string; trainer: string; actorId: string; at: string },
): Promise<number> {
  if (!e.userIds.length) return 0;
  const rows = await trx
    .selectFrom('showcase_explainers')
    .selectAll()
    .where('project_id', '=', e.projectId)
    .where('user_id', 'in', [...e.userIds])
    .where((eb) => eb.or([eb('trained_on', 'is', null), eb('trained_on', '<', e.trainedOn)]))
    .execute();
  for (const before of rows) {
    await updateVersioned(trx, 'showcase_explainers', before, { trained_on: e.trainedOn, trainer: e.trainer });
    await recordShowcaseEvent(
      trx,
      { id: before.showcase_id, company_id: before.company_id, project_id: before.project_id },
      { action: 'recordTraining', actorId: e.actorId, note: `${e.trainedOn} ${e.trainer}`, at: e.at },
    );
  }
  return rows.length;
}
