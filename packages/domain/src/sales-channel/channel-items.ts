import type { Role } from '../auth/roles.js';
import { isOnSide, otherSide, type ChannelSide } from './channel-sides.js';

/**
 * 信息共享 (section 一 of the seed's 物业管理配合销售的方案): sales shares its sales plans and deals,
 * its sales policies and the service commitments made to buyers (section 二); the property side
 * shares operations status and customer feedback. The kind says which side posts it.
 */
export const CHANNEL_ITEM_KINDS = ['salesPlan', 'salesPolicy', 'serviceCommitment', 'dealSummary', 'operationsStatus', 'customerFeedback'] as const;
export type ChannelItemKind = (typeof CHANNEL_ITEM_KINDS)[number];

export interface ChannelItemKindRule {
  /** The only side that may post (and edit) items of this kind. */
  side: ChannelSide;
  /** The other side must acknowledge each version: the property side honours a commitment made to buyers. */
  requiresAcknowledgement: boolean;
}

export const CHANNEL_ITEM_KIND_RULES: Record<ChannelItemKind, ChannelItemKindRule> = {
  salesPlan: { side: 'sales', requiresAcknowledgement: false },
  salesPolicy: { side: 'sales', requiresAcknowledgement: false },
  serviceCommitment: { side: 'sales', requiresAcknowledgement: true },
  dealSummary: { side: 'sales', requiresAcknowledgement: false },
  operationsStatus: { side: 'property', requiresAcknowledgement: false },
  customerFeedback: { side: 'property', requiresAcknowledgement: false },
};

export function kindsOfSide(side: ChannelSide): ChannelItemKind[] {
  return CHANNEL_ITEM_KINDS.filter((k) => CHANNEL_ITEM_KIND_RULES[k].side === side);
}

export type ChannelItemRefusal = 'notOwningSide' | 'notOtherSide';

/** Posting and editing belong to the kind's side. */
export function channelPostRefusal(roles: readonly Role[], kind: ChannelItemKind): ChannelItemRefusal | null {
  return isOnSide(roles, CHANNEL_ITEM_KIND_RULES[kind].side) ? null : 'notOwningSide';
}

/** A read receipt comes from the other side: a side does not confirm it read its own post. */
export function channelAcknowledgeRefusal(roles: readonly Role[], kind: ChannelItemKind): ChannelItemRefusal | null {
  return isOnSide(roles, otherSide(CHANNEL_ITEM_KIND_RULES[kind].side)) ? null : 'notOtherSide';
}

/**
 * Still awaiting the other side: a kind that requires acknowledgement whose current version no one of
 * the other side has acknowledged. An edit makes a new version, which must be acknowledged again.
 */
export function awaitsAcknowledgement(kind: ChannelItemKind, otherSideReceiptsOfCurrentVersion: number): boolean {
  return CHANNEL_ITEM_KIND_RULES[kind].requiresAcknowledgement && otherSideReceiptsOfCurrentVersion === 0;
}

/** Effective dates: both optional; when both are given the end is not before the start. */
export function isPeriodValid(start: string | null | undefined, end: string | null | undefined): boolean {
  return !start || !end || start <= end;
}
