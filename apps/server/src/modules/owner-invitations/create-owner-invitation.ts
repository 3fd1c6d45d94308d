import { OWNER_INVITATION_DEFAULT_DAYS } from '@guanjia/domain/owners/owner-roles';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { markOnboardingItem } from '../deals/mark-onboarding-item.js';
import { newInvitationToken } from './invitation-token.js';
import type { OwnerInvitationRow } from './resolve-owner-invitation.js';
import type { CreateOwnerInvitationBody } from './schemas.js';

/**
 * Issues a link for an owner to sign documents and answer the questionnaire on a phone. The token is
 * returned once; only its hash is kept, so a lost link is replaced by a new one, not shown again.
 */
export async function createOwnerInvitation(
  trx: Tx,
  actor: Actor,
  input: CreateOwnerInvitationBody,
  now: Date = new Date(),
): Promise<{ row: OwnerInvitationRow; token: string }> {
  const owner = await trx.selectFrom('owners').select(['id', 'company_id', 'project_id']).where('id', '=', input.ownerId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!owner) throw new NotFoundError('entity.owner');
  assertProjectVisible(actor, owner.project_id, 'entity.owner');
  let householdId = input.householdId ?? null;
  if (householdId) {
    const member = await trx.selectFrom('household_members').select('id').where('household_id', '=', householdId).where('owner_id', '=', owner.id).executeTakeFirst();
    if (!member) throw new ValidationError({ householdId: 'ownerInvitation.field.notMember' });
  } else {
    // The owner's first household, when there is exactly one to mean.
    const households = await trx.selectFrom('household_members').select('household_id').where('owner_id', '=', owner.id).limit(2).execute();
    if (households.length === 1) householdId = households[0]!.household_id;
  }
  const days = input.validDays ?? OWNER_INVITATION_DEFAULT_DAYS;
  const { token, hash } = newInvitationToken();
  const row: OwnerInvitationRow = {
    id: uuidv7(),
    company_id: owner.company_id,
    project_id: owner.project_id,
    owner_id: owner.id,
    household_id: householdId,
    token_hash: hash,
    created_by: actor.userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
    revoked_at: null,
    revoked_by: null,
  };
  await trx.insertInto('owner_invitations').values(row).execute();
  // Issuing the link is the checklist's 发送签约链接: the butler hands it over there and then.
  await markOnboardingItem(trx, { projectId: row.project_id, ownerId: row.owner_id, item: 'invitationSent', at: row.created_at });
  const { token_hash: _omit, ...audited } = row;
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'ownerInvitation', entityId: row.id, projectId: row.project_id, after: audited });
  return { row, token };
}
