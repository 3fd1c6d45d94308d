/** The fields of a person a staff member may reveal in full (each reveal is logged). */
export const REVEALABLE_FIELDS = ['phone', 'idNumber'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

/**
 * Where a revealed value lives: an owner record, a deal's buyer or co-buyer as signed, a work order's
 * requester, a sales-center visitor (来访登记), an outside worker at the sales center (外来工作人员登记).
 */
export const REVEAL_SUBJECT_TYPES = ['owner', 'deal', 'workOrder', 'visit', 'externalWorker'] as const;
export type RevealSubjectType = (typeof REVEAL_SUBJECT_TYPES)[number];

export const ANONYMISED_OWNER_PREFIX = '已注销业主';

/** 已注销业主 + the last 6 characters of the id (the random part of a UUIDv7), so staff can still tell two apart. */
export function anonymisedOwnerName(ownerId: string): string {
  return `${ANONYMISED_OWNER_PREFIX}${ownerId.replaceAll('-', '').slice(-6).toUpperCase()}`;
}

export const ERASURE_BLOCKERS = ['openWorkOrders', 'soleOwnerUnderDeal'] as const;
export type ErasureBlocker = (typeof ERASURE_BLOCKERS)[number];

export interface ErasureFacts {
  /** Work orders the owner asked for that are not yet closed or cancelled. */
  openWorkOrders: number;
  /** Households with a recorded (not cancelled) deal where this owner is the only owner or co-owner. */
  soleOwnerHouseholdsUnderDeal: number;
}

/**
 * Why an erasure cannot go ahead now. An open work order still needs the person to be reached; a unit
 * under a recorded deal with no other owner would leave the property-service contract (前期物业服务协议)
 * without a party, which PIPL art. 13(2) lets us keep until the unit changes hands. Empty: erasure may proceed.
 */
export function erasureBlockers(facts: ErasureFacts): ErasureBlocker[] {
  const out: ErasureBlocker[] = [];
  if (facts.openWorkOrders > 0) out.push('openWorkOrders');
  if (facts.soleOwnerHouseholdsUnderDeal > 0) out.push('soleOwnerUnderDeal');
  return out;
}

export const ERASURE_BLOCKER_LABELS: Record<ErasureBlocker, { 'zh-CN': string; en: string }> = {
  openWorkOrders: { 'zh-CN': '尚有未办结的工单', en: 'work orders are still open' },
  soleOwnerUnderDeal: { 'zh-CN': '是已成交房屋的唯一业主，物业服务合同仍需签约方', en: 'the only owner of a unit under a recorded deal (the service contract still needs a party)' },
};

/** The members part of a service-profile layer (the rest of the layer is about the household, not a person). */
export interface ProfileMembersLayer {
  members: { name: string }[];
  notes?: string | null;
}

/**
 * A profile layer without the erased owner: the member of that name goes (with their birthday). When
 * nobody else is left in the household, every member and the free notes go, since they were this
 * owner's account of their family.
 */
export function eraseFromProfile<T extends ProfileMembersLayer>(layer: T, ownerName: string, lastMember: boolean): T {
  if (lastMember) return { ...layer, members: [], notes: null };
  return { ...layer, members: layer.members.filter((m) => m.name.trim() !== ownerName.trim()) };
}
