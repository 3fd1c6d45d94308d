import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { insertUser } from '../staff/insert-user.js';
import { findVisibleHousehold, type HouseholdRow } from './household-access.js';
import type { AddMemberBody } from './schemas.js';

export type AddMemberInput = Omit<AddMemberBody, 'createAccount'> & {
  /** Present when an owner login is to be created; the password arrives hashed (hashing must not hold the transaction). */
  account?: { username: string; passwordHash: string };
};

/**
 * Adds a person to a household: the owner record, the membership and, optionally, an owner login
 * granted the household's project, all in one transaction. A taken username is 409 naming
 * createAccount.username and leaves nothing behind.
 */
export async function addHouseholdMember(trx: Tx, actor: Actor, householdId: string, input: AddMemberInput): Promise<HouseholdRow> {
  const household = await findVisibleHousehold(trx, actor, householdId);
  const now = nowIso();
  const tenancy = { company_id: household.company_id, project_id: household.project_id };
  const owner = { id: uuidv7(), ...tenancy, name: input.name, phone: input.phone ?? null, id_number: input.idNumber ?? null, ...newRowStamp(now) };
  await trx.insertInto('owners').values(owner).execute();
  const member = { id: uuidv7(), ...tenancy, household_id: household.id, owner_id: owner.id, relation: input.relation, created_at: now };
  await trx.insertInto('household_members').values(member).execute();
  await recordAudit(trx, actor, household.company_id, { action: 'create', entityType: 'owner', entityId: owner.id, projectId: household.project_id, after: owner });
  await recordAudit(trx, actor, household.company_id, { action: 'create', entityType: 'householdMember', entityId: member.id, projectId: household.project_id, after: member });

  if (input.account) {
    // The login carries no copy of phone or ID number: personal data stays on the owner record, masked by one rule.
    await insertUser(
      trx,
      actor,
      {
        username: input.account.username,
        passwordHash: input.account.passwordHash,
        name: input.name,
        phone: null,
        idNumber: null,
        kind: 'owner',
        roles: ['owner'],
        projectIds: [household.project_id],
        departmentId: null,
        vendorId: null,
        ownerId: owner.id,
      },
      'createAccount.username',
    );
  }
  return household;
}
