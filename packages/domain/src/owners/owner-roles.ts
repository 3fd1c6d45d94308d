import type { Role } from '../auth/roles.js';

/** The property side's people who serve owners: they record deals, issue signing links and read profiles. */
export const OWNER_SERVICE_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler'];

/** How long an owner's invitation link (signing and questionnaire on the phone) stays valid by default. */
export const OWNER_INVITATION_DEFAULT_DAYS = 14;
export const OWNER_INVITATION_MAX_DAYS = 90;
