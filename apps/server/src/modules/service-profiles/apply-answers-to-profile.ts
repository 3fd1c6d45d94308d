import { uuidv7 } from '@guanjia/domain';
import { changedProfileFields, emptyProfile, type ProfileContent } from '@guanjia/domain/service-profiles/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { enqueueCareRefresh } from '../care-plans/enqueue-care-refresh.js';
import { parseProfile } from './get-service-profile.js';

export interface ApplyAnswersInput {
  companyId: string;
  projectId: string;
  householdId: string;
  responseId: string;
  /** Whose consent governs who may see this layer. */
  ownerId: string;
  answered: ProfileContent;
  /** The butler who entered it, or null when the owner filled it on the phone. */
  actor: Actor | null;
  at: Date;
}

/**
 * The latest questionnaire replaces the profile's answered layer (the butler's layer is untouched), in
 * the transaction that stores the response. The version moves, so an editor holding the old one gets 409.
 */
export async function applyAnswersToProfile(trx: Tx, input: ApplyAnswersInput): Promise<void> {
  const at = input.at.toISOString();
  const answered = JSON.stringify(input.answered);
  const before = await trx.selectFrom('service_profiles').selectAll().where('household_id', '=', input.householdId).executeTakeFirst();
  const fields = changedProfileFields(parseProfile(before?.answered ?? null) ?? emptyProfile(), input.answered);
  let id: string;
  if (!before) {
    id = uuidv7();
    await trx
      .insertInto('service_profiles')
      .values({ id, company_id: input.companyId, project_id: input.projectId, household_id: input.householdId, recorded: JSON.stringify(emptyProfile()), answered, answered_response_id: input.responseId, answered_owner_id: input.ownerId, answered_at: at, created_at: at, updated_at: at, version: 1 })
      .execute();
  } else {
    id = before.id;
    await trx
      .updateTable('service_profiles')
      .set({ answered, answered_response_id: input.responseId, answered_owner_id: input.ownerId, answered_at: at, updated_at: at, version: before.version + 1 })
      .where('id', '=', id)
      .execute();
  }
  await trx.insertInto('service_profile_events').values({ id: uuidv7(), company_id: input.companyId, project_id: input.projectId, service_profile_id: id, action: 'answers', actor_id: input.actor?.userId ?? null, data: JSON.stringify({ fields, responseId: input.responseId }), created_at: at }).execute();
  await recordAudit(trx, input.actor, input.companyId, { action: 'answers', entityType: 'serviceProfile', entityId: id, projectId: input.projectId, after: { householdId: input.householdId, responseId: input.responseId, fields } });
  await enqueueCareRefresh(trx, { companyId: input.companyId, projectId: input.projectId, householdId: input.householdId });
}
