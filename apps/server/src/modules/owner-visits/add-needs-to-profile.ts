import { AppError } from '../../platform/http/errors.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { getServiceProfile } from '../service-profiles/get-service-profile.js';
import { profileContentSchema } from '../service-profiles/schemas.js';
import { updateServiceProfile } from '../service-profiles/update-service-profile.js';

/**
 * Appends needs heard on a visit to the butler's layer of the household's service profile, through
 * the profile's own use case (its history, audit and version check), in the visit's transaction.
 * Needs already written there are not repeated.
 */
export async function addNeedsToProfile(trx: Tx, actor: Actor, householdId: string, needs: readonly string[], now: Date): Promise<void> {
  const current = await getServiceProfile(trx, actor, householdId, now);
  const recorded = current.recorded;
  const fresh = needs.filter((n) => !recorded.needs.includes(n));
  if (!fresh.length) return;
  const merged = [...recorded.needs, ...fresh];
  if (!profileContentSchema.shape.needs.safeParse(merged).success) {
    throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { count: recorded.needs.length }, { needs: 'ownerVisit.field.profileNeedsFull' });
  }
  await updateServiceProfile(trx, actor, householdId, { version: current.row?.version ?? 0, profile: { ...recorded, needs: merged } }, now);
}
