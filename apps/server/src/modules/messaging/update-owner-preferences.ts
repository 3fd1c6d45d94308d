import { uuidv7 } from '@guanjia/domain';
import { canOptOut } from '@guanjia/domain/messaging/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { getOwnerPreferences, loadVisibleOwner } from './owner-preferences.js';
import type { PutPreferencesBody } from './schemas.js';

/**
 * Replaces an owner's opt-outs (and e-mail) with the list given: by the owner on their phone, or by
 * the butler who took the wish down. Emergencies cannot be turned off.
 */
export async function updateOwnerPreferences(trx: Tx, actor: Actor, ownerId: string, input: PutPreferencesBody, now: Date = new Date()) {
  const owner = await loadVisibleOwner(trx, actor, ownerId);
  const refused = input.optOuts.findIndex((o) => !canOptOut(o.topic));
  if (refused >= 0) throw new ValidationError({ [`optOuts.${refused}.topic`]: 'messaging.field.cannotOptOut' });
  const before = await getOwnerPreferences(trx, actor, ownerId);
  const at = now.toISOString();
  const unique = [...new Map(input.optOuts.map((o) => [`${o.topic}:${o.channel}`, o])).values()];
  await trx.deleteFrom('message_opt_outs').where('owner_id', '=', owner.id).execute();
  if (unique.length) {
    await trx
      .insertInto('message_opt_outs')
      .values(unique.map((o) => ({ id: uuidv7(), company_id: owner.company_id, project_id: owner.project_id, owner_id: owner.id, topic: o.topic, channel: o.channel, created_by: actor.userId, created_at: at })))
      .execute();
  }
  if (input.email !== undefined) {
    await trx
      .insertInto('owner_message_contacts')
      .values({ owner_id: owner.id, company_id: owner.company_id, project_id: owner.project_id, email: input.email, updated_at: at })
      .onConflict((oc) => oc.column('owner_id').doUpdateSet({ email: input.email ?? null, updated_at: at }))
      .execute();
  }
  const after = await getOwnerPreferences(trx, actor, ownerId);
  await recordAudit(trx, actor, owner.company_id, { action: 'updatePreferences', entityType: 'owner', entityId: owner.id, projectId: owner.project_id, before, after });
  return after;
}
