import { CHANNEL_ROLES } from '@guanjia/domain/sales-channel/channel-sides';
import { rolesOnly } from '../../platform/http/guards.js';

export const tags = ['sales-channel'];
/** Both teams of a project; which side may take which step is each use case's question. */
export const channelMembers = rolesOnly(...CHANNEL_ROLES);
