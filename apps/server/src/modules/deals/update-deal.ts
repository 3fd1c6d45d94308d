import { dealNextState } from '@guanjia/domain/deals/index';
import type { Tx } from '../../platform/db/transaction.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { coBuyersOf, loadVisibleDeal } from './deal-access.js';
import { recordDeal, type RecordedDeal } from './record-deal.js';
import type { UpdateDealBody } from './schemas.js';

/**
 * Corrects a recorded deal's buyer, co-buyers and signing date on the web. The same owner rows are
 * kept (a corrected name is written to them). Staff see phone and ID numbers masked, so an omitted
 * phone or ID number keeps the stored one; an ID number sent as null is withdrawn, also from the
 * owner row when it carries the same number. The version read is required: a stale edit is 409.
 */
export async function updateDeal(trx: Tx, actor: Actor, id: string, input: UpdateDealBody, now: Date = new Date()): Promise<RecordedDeal> {
  const before = await loadVisibleDeal(trx, actor, id);
  dealNextState(before.status, 'update');
  assertVersion(before.version, input.version);
  const stored = coBuyersOf(before);
  const coBuyers = input.coBuyers.map((c) => {
    const was = c.ownerId ? stored.find((s) => s.ownerId === c.ownerId) : undefined;
    const withdrawn = c.idNumber === null ? (was?.idNumber ?? null) : null;
    return { ownerId: was?.ownerId ?? null, name: c.name, phone: c.phone ?? was?.phone ?? null, idNumber: c.idNumber === null ? null : (c.idNumber ?? was?.idNumber ?? null), withdrawnIdNumber: withdrawn };
  });
  const buyerIdNumber = input.buyer.idNumber === null ? null : (input.buyer.idNumber ?? before.buyer_id_number);
  return recordDeal(
    trx,
    { actor, companyId: before.company_id, projectId: before.project_id, source: before.source, mode: 'edit', target: before },
    {
      unitId: before.unit_id,
      buyer: {
        name: input.buyer.name,
        phone: input.buyer.phone ?? before.buyer_phone,
        idNumber: buyerIdNumber,
        withdrawnIdNumber: input.buyer.idNumber === null ? before.buyer_id_number : null,
      },
      coBuyers,
      signingDate: input.signingDate,
      contractNumber: before.contract_number,
      salesConsultantName: before.sales_consultant_name,
      externalRef: before.external_ref,
    },
    now,
  );
}
