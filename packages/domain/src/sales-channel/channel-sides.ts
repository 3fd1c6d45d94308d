import type { Role } from '../auth/roles.js';
import { OWNER_SERVICE_ROLES } from '../owners/owner-roles.js';

/**
 * 物业管理配合销售: the two teams of a project that share information, split duties, raise
 * suggestions to each other and meet regularly. A side is a team, not a person.
 */
export const CHANNEL_SIDES = ['property', 'sales'] as const;
export type ChannelSide = (typeof CHANNEL_SIDES)[number];

/** The property company's people at the project (the owner-service roles). */
export const CHANNEL_PROPERTY_ROLES: readonly Role[] = OWNER_SERVICE_ROLES;
/** The developer's sales team: the sales manager, consultants and the marketing on-site lead. */
export const CHANNEL_SALES_ROLES: readonly Role[] = ['salesManager', 'salesConsultant', 'marketingLead'];
/** Everyone who uses the channel. */
export const CHANNEL_ROLES: readonly Role[] = [...CHANNEL_PROPERTY_ROLES, ...CHANNEL_SALES_ROLES];

/** Each side's people who are told when something is addressed to the side (not every consultant). */
export const SIDE_NOTICE_ROLES: Record<ChannelSide, readonly Role[]> = {
  property: ['serviceCenterManager', 'butler'],
  sales: ['salesManager', 'marketingLead'],
};

export function channelSidesOf(roles: readonly Role[]): ChannelSide[] {
  const sides: ChannelSide[] = [];
  if (roles.some((r) => CHANNEL_PROPERTY_ROLES.includes(r))) sides.push('property');
  if (roles.some((r) => CHANNEL_SALES_ROLES.includes(r))) sides.push('sales');
  return sides;
}

export function otherSide(side: ChannelSide): ChannelSide {
  return side === 'property' ? 'sales' : 'property';
}

export function isOnSide(roles: readonly Role[], side: ChannelSide): boolean {
  return channelSidesOf(roles).includes(side);
}

/**
 * The side an account speaks for: its only side, or the one it names when it holds roles of both.
 * 'ambiguous' asks the caller to name it; 'notYourSide' when it names a side it is not on.
 */
export function speakingSide(roles: readonly Role[], requested?: ChannelSide | null): ChannelSide | 'none' | 'ambiguous' | 'notYourSide' {
  const sides = channelSidesOf(roles);
  if (!sides.length) return 'none';
  if (requested) return sides.includes(requested) ? requested : 'notYourSide';
  return sides.length === 1 ? sides[0]! : 'ambiguous';
}
