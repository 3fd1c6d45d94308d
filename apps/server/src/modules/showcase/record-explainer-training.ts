import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import { fieldRefusal, loadVisibleShowcase } from './showcase-access.js';

/** 讲解员业务培训: the date and trainer of an explainer's training; also takes them off or back onto the roster. */
export async function recordExplainerTraining(
  trx: Tx,
  actor: Actor,
  showcaseId: string,
  explainerId: string,
  input: { trainedOn: string; trainer: string; active?: boolean; version?: number },
  now: Date = new Date(),
): Promise<void> {
  const showcase = await loadVisibleShowcase(trx, actor, showcaseId);
  const before = await trx.selectFrom('showcase_explainers').selectAll().where('id', '=', explainerId).where('showcase_id', '=', showcase.id).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.showcaseExplainer');
  assertVersion(before.version, input.version);
  if (!input.trainer) throw fieldRefusal('TRAINER_REQUIRED', 'trainer', 'showcase.field.trainerRequired');
  const after = await updateVersioned(trx, 'showcase_explainers', before, {
    trained_on: input.trainedOn,
    trainer: input.trainer,
    ...(input.active === undefined ? {} : { active: input.active ? 1 : 0 }),
  });
  await recordShowcaseEvent(trx, showcase, { action: 'recordTraining', actorId: actor.userId, note: `${input.trainedOn} ${input.trainer}`, at: now.toISOString() });
  await recordAudit(trx, actor, showcase.company_id, { action: 'showcase.recordTraining', entityType: 'showcaseExplainer', entityId: after.id, projectId: showcase.project_id, before, after });
}
