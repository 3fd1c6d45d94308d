import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import type { HouseholdMemberTable } from '../households/tables.js';
import { coBuyersOf, type DealRow } from './deal-access.js';

interface LinkInput {
  companyId: string;
  projectId: string;
  unit: { id: string; code: string };
  buyerId: string;
  coBuyerIds: string[];
  /** The deal being updated, when a resend changes its people. */
  current?: DealRow;
}

const peopleOf = (d: DealRow) => [d.owner_id, ...coBuyersOf(d).map((c) => c.ownerId)];

/**
 * The unit's household (one per unit, reused when it exists) with the buyer as 'owner' and the
 * co-buyers as 'coOwner'. Another owner on the unit refuses the deal (422) unless that owner came
 * with a deal since cancelled; the people of cancelled deals then leave the household, their owner
 * rows stay.
 */
export async function linkDealHousehold(trx: Tx, actor: Actor | null, input: LinkInput, at: string): Promise<string> {
  const { companyId, projectId, unit } = input;
  const tenancy = { company_id: companyId, project_id: projectId };
  const others = await trx
    .selectFrom('deals')
    .selectAll()
    .where('unit_id', '=', unit.id)
    .$if(Boolean(input.current), (q) => q.where('id', '!=', input.current!.id))
    .execute();
  const refuse = (owner: string) => new BusinessRuleError('UNIT_HAS_OTHER_OWNER', 'deal.error.unitHasOtherOwner', { unit: unit.code, owner });
  const live = others.find((d) => d.status === 'recorded' && d.owner_id !== input.buyerId);
  if (live) throw refuse(live.buyer_name);

  let household = await trx.selectFrom('households').select(['id']).where('unit_id', '=', unit.id).executeTakeFirst();
  if (!household) {
    const row = { id: uuidv7(), ...tenancy, unit_id: unit.id, name: null, ...newRowStamp(at) };
    // A household made for the unit at the same moment: 409, try again.
    await trx
      .insertInto('households')
      .values(row)
      .execute()
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? new StaleUpdateError() : err;
      });
    await recordAudit(trx, actor, companyId, { action: 'create', entityType: 'household', entityId: row.id, projectId, after: row });
    household = row;
  }
  const householdId = household.id;

  const members = await trx
    .selectFrom('household_members as m')
    .innerJoin('owners as o', 'o.id', 'm.owner_id')
    .select(['m.id', 'm.owner_id', 'm.relation', 'o.name'])
    .where('m.household_id', '=', householdId)
    .execute();
  const cancelledPeople = new Set(others.filter((d) => d.status === 'cancelled').flatMap(peopleOf));
  const stranger = members.find((m) => m.relation === 'owner' && m.owner_id !== input.buyerId && !cancelledPeople.has(m.owner_id));
  if (stranger) throw refuse(stranger.name);

  // People who were on the unit's cancelled deals, or on this deal before its resend, and are no longer named.
  const wanted = new Map<string, HouseholdMemberTable['relation']>([[input.buyerId, 'owner'], ...input.coBuyerIds.filter((id) => id !== input.buyerId).map((id) => [id, 'coOwner'] as const)]);
  const formerPeople = new Set([...cancelledPeople, ...(input.current ? peopleOf(input.current) : [])]);
  for (const m of members) {
    if (wanted.has(m.owner_id) || !formerPeople.has(m.owner_id) || (m.relation !== 'owner' && m.relation !== 'coOwner')) continue;
    await trx.deleteFrom('household_members').where('id', '=', m.id).execute();
    await recordAudit(trx, actor, companyId, { action: 'delete', entityType: 'householdMember', entityId: m.id, projectId, before: m });
  }
  for (const [ownerId, relation] of wanted) {
    const existing = members.find((m) => m.owner_id === ownerId);
    if (existing?.relation === relation) continue;
    if (existing) {
      await trx.updateTable('household_members').set({ relation }).where('id', '=', existing.id).execute();
      await recordAudit(trx, actor, companyId, { action: 'update', entityType: 'householdMember', entityId: existing.id, projectId, before: existing, after: { ...existing, relation } });
      continue;
    }
    const member = { id: uuidv7(), ...tenancy, household_id: householdId, owner_id: ownerId, relation, created_at: at };
    await trx.insertInto('household_members').values(member).execute();
    await recordAudit(trx, actor, companyId, { action: 'create', entityType: 'householdMember', entityId: member.id, projectId, after: member });
  }
  return householdId;
}
