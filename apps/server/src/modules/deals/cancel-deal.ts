import { DEAL_CANCEL_REASON_LABELS, dealNextState, type DealCancelReason } from '@guanjia/domain/deals/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { revokeInvitationRow } from '../owner-invitations/revoke-owner-invitation.js';
import { coBuyersOf, loadVisibleDeal, recordDealEvent, type DealRow } from './deal-access.js';

export interface CancelDealInput {
  reason: DealCancelReason;
  note?: string | null;
  version?: number;
}

/**
 * Cancels a deal (退房 / 换房 / 录入错误). The owner rows and household stay as they are (the owner may
 * have other deals; a later deal on the unit may name another owner, who takes the household over).
 * The checklist's open items close as not applicable, and the buyer's and co-buyers' open signing
 * links are revoked, each unless another recorded deal in the project names them.
 */
export async function cancelDeal(trx: Tx, actor: Actor, id: string, input: CancelDealInput, now: Date = new Date()): Promise<DealRow> {
  const before = await loadVisibleDeal(trx, actor, id);
  assertVersion(before.version, input.version);
  return cancelLoadedDeal(trx, actor, before, input, now);
}

/** The cancellation itself, by a staff member or, with no actor, by the developer's CRM. */
export async function cancelLoadedDeal(trx: Tx, actor: Actor | null, before: DealRow, input: Omit<CancelDealInput, 'version'>, now: Date): Promise<DealRow> {
  const status = dealNextState(before.status, 'cancel');
  const at = now.toISOString();
  const note = input.note?.trim() || null;
  const after = await updateVersioned(trx, 'deals', before, { status, cancel_kind: input.reason, cancel_reason: note, cancelled_at: at });
  const closed = await closeChecklist(trx, after, `${DEAL_CANCEL_REASON_LABELS[input.reason]['zh-CN']}（成交已作废）`, at);
  const revoked = await revokeOpenInvitations(trx, actor, after, now);
  await recordDealEvent(trx, after, { action: 'cancel', actorId: actor?.userId ?? null, data: { reason: input.reason, note, closedItems: closed, revokedInvitations: revoked }, at });
  await recordAudit(trx, actor, after.company_id, { action: 'cancel', entityType: 'deal', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}

/** Every item still to do becomes not applicable, so no list shows the cancelled deal as work left. */
async function closeChecklist(trx: Tx, deal: DealRow, reason: string, at: string): Promise<number> {
  const res = await trx
    .updateTable('deal_onboarding_items')
    .set((eb) => ({ status: 'notApplicable', reason, done_by: null, done_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('deal_id', '=', deal.id)
    .where('status', '=', 'todo')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The buyer and each co-buyer with an owner record: their open links go unless another recorded deal of the project names them. */
async function revokeOpenInvitations(trx: Tx, actor: Actor | null, deal: DealRow, now: Date): Promise<number> {
  const people = [...new Set([deal.owner_id, ...coBuyersOf(deal).map((c) => c.ownerId)].filter((id): id is string => !!id))];
  let revoked = 0;
  for (const ownerId of people) {
    const other = await trx
      .selectFrom('deals')
      .select('id')
      .where('project_id', '=', deal.project_id)
      .where('status', '=', 'recorded')
      .where('id', '!=', deal.id)
      // As buyer, or among the co-buyers (their snapshot names the owner record's id).
      .where((eb) => eb.or([eb('owner_id', '=', ownerId), eb('co_buyers', 'like', `%${ownerId}%`)]))
      .executeTakeFirst();
    if (other) continue;
    const open = await trx
      .selectFrom('owner_invitations')
      .selectAll()
      .where('project_id', '=', deal.project_id)
      .where('owner_id', '=', ownerId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .execute();
    for (const inv of open) await revokeInvitationRow(trx, actor, inv, now);
    revoked += open.length;
  }
  return revoked;
}
