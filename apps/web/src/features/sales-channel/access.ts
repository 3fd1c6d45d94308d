import { CHANNEL_PROPERTY_ROLES, CHANNEL_ROLES, CHANNEL_SALES_ROLES, CHANNEL_SIDES, type ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import { DUTY_EDITOR_ROLES } from '@guanjia/domain/sales-channel/duties';
import { JOINT_MEETING_EDITOR_ROLES } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import type { AuthValue } from '../../ui/auth';

/** The property side and the developer's sales side of a project; the server still decides every request. */
export function canSeeSalesChannel(auth: AuthValue): boolean {
  return auth.hasRole(...CHANNEL_ROLES);
}

/** The sides the signed-in account speaks for: which kinds it may post. */
export function sidesOf(auth: AuthValue): ChannelSide[] {
  return CHANNEL_SIDES.filter((side) => auth.hasRole(...(side === 'property' ? CHANNEL_PROPERTY_ROLES : CHANNEL_SALES_ROLES)));
}

export function canOrganiseJointMeetings(auth: AuthValue): boolean {
  return auth.hasRole(...JOINT_MEETING_EDITOR_ROLES);
}

export function canEditDuties(auth: AuthValue): boolean {
  return auth.hasRole(...DUTY_EDITOR_ROLES);
}
