import { canRevealPersonalData, showPersonalData } from '@guanjia/domain';
import { dealActionsFor, ONBOARDING_ITEM_LABELS, ONBOARDING_ITEMS } from '@guanjia/domain/deals/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { Locale } from '../../platform/http/i18n.js';
import { coBuyersOf } from './deal-access.js';
import type { DealWithProgress } from './list-deals.js';
import type { DealDetailView, DealView } from './schemas.js';

/** Phone and ID numbers masked for staff; the property side reveals one through the logged reveal endpoint. */
export function presentDeal(r: DealWithProgress, actor: Actor): DealView {
  const show = (ownerId: string, phone: string | null, idNumber: string | null) =>
    showPersonalData(actor, { projectId: r.project_id, ownerId, assignedToActor: false }, { phone, idNumber });
  const buyer = { ownerId: r.owner_id, name: r.buyer_name, ...show(r.owner_id, r.buyer_phone, r.buyer_id_number) };
  const coBuyers = coBuyersOf(r).map((c) => ({ ownerId: c.ownerId, name: c.name, ...show(c.ownerId, c.phone, c.idNumber) }));
  return {
    id: r.id,
    projectId: r.project_id,
    householdId: r.household_id,
    unit: { id: r.unit_id, code: r.unit_code, buildingId: r.building_id, buildingCode: r.building_code, buildingName: r.building_name },
    buyer,
    coBuyers,
    personalDataMasked: buyer.phone !== r.buyer_phone || buyer.idNumber !== r.buyer_id_number,
    personalDataRevealable: canRevealPersonalData(actor, { projectId: r.project_id, ownerId: r.owner_id, assignedToActor: false }),
    signingDate: r.signing_date,
    contractNumber: r.contract_number,
    salesConsultantName: r.sales_consultant_name,
    externalRef: r.external_ref,
    source: r.source,
    status: r.status,
    cancelKind: r.cancel_kind,
    cancelReason: r.cancel_reason,
    cancelledAt: r.cancelled_at,
    butler: r.butler_id ? { id: r.butler_id, name: r.butler_name ?? '' } : null,
    recordedBy: r.recorded_by ? { id: r.recorded_by, name: r.recorded_by_name ?? '' } : null,
    onboarding: r.progress,
    allowedActions: actor.projectIds.includes(r.project_id) ? dealActionsFor(r.status, actor.roles) : [],
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The deal with its checklist in the seed's order and its history, oldest first. */
export async function presentDealDetail(db: DbOrTx, r: DealWithProgress, actor: Actor, locale: Locale): Promise<DealDetailView> {
  const [items, events] = await Promise.all([
    db
      .selectFrom('deal_onboarding_items as i')
      .selectAll('i')
      .select((eb) => eb.selectFrom('users').select('name').whereRef('users.id', '=', 'i.done_by').as('done_by_name'))
      .where('i.deal_id', '=', r.id)
      .execute(),
    db
      .selectFrom('deal_events as e')
      .selectAll('e')
      .select((eb) => eb.selectFrom('users').select('name').whereRef('users.id', '=', 'e.actor_id').as('actor_name'))
      .where('e.deal_id', '=', r.id)
      .orderBy('e.id')
      .execute(),
  ]);
  const order = (item: string) => ONBOARDING_ITEMS.indexOf(item as never);
  return {
    ...presentDeal(r, actor),
    checklist: items
      .sort((a, b) => order(a.item) - order(b.item))
      .map((i) => ({
        id: i.id,
        item: i.item,
        label: ONBOARDING_ITEM_LABELS[i.item][locale],
        status: i.status,
        reason: i.reason,
        doneBy: i.done_by ? { id: i.done_by, name: i.done_by_name ?? '' } : null,
        doneAt: i.done_at,
        version: i.version,
      })),
    history: events.map((e) => ({ id: e.id, action: e.action, actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? '' } : null, data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null, at: e.created_at })),
  };
}
