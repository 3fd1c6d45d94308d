import { ERASURE_BLOCKER_LABELS, erasureBlockers, type ErasureBlocker } from '@guanjia/domain/personal-data/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import type { Locale } from '../../platform/http/i18n.js';
import { ownerMemberships, ownerWorkOrderIds, type OwnerRow } from './owner-scope.js';

/** What stands in the way of erasing this owner now (see erasureBlockers). */
export async function findErasureBlockers(db: DbOrTx, owner: OwnerRow): Promise<ErasureBlocker[]> {
  const [open, memberships] = await Promise.all([ownerWorkOrderIds(db, owner, { openOnly: true }), ownerMemberships(db, owner.id)]);
  const owned = memberships.filter((m) => m.relation === 'owner' || m.relation === 'coOwner').map((m) => m.household_id);
  let soleUnderDeal = 0;
  if (owned.length) {
    const [coOwners, dealt] = await Promise.all([
      db.selectFrom('household_members').select('household_id').where('household_id', 'in', owned).where('owner_id', '!=', owner.id).where('relation', 'in', ['owner', 'coOwner']).execute(),
      db.selectFrom('deals').select('household_id').where('household_id', 'in', owned).where('status', '=', 'recorded').execute(),
    ]);
    const shared = new Set(coOwners.map((r) => r.household_id));
    const underDeal = new Set(dealt.map((r) => r.household_id));
    soleUnderDeal = owned.filter((h) => underDeal.has(h) && !shared.has(h)).length;
  }
  return erasureBlockers({ openWorkOrders: open.length, soleOwnerHouseholdsUnderDeal: soleUnderDeal });
}

/** 409 naming every reason, in the caller's language through the message's {reasons}. */
export async function assertErasable(db: DbOrTx, owner: OwnerRow, locale: Locale = 'zh-CN'): Promise<void> {
  const blockers = await findErasureBlockers(db, owner);
  if (!blockers.length) return;
  const sep = locale === 'en' ? '; ' : '；';
  const reasons = blockers.map((b) => ERASURE_BLOCKER_LABELS[b][locale]).join(sep);
  throw new AppError(409, 'ERASURE_BLOCKED', 'personalData.error.erasureBlocked', { reasons }, undefined, { blockers });
}
