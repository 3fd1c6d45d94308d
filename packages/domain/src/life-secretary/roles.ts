import type { Role } from '../auth/roles.js';

// Kept apart from the rules so the web's navigation can read them without the lunar tables.

/** Staff who take a household's requests: the butler team and the front desk. */
export const LIFE_SECRETARY_WRITER_ROLES: readonly Role[] = ['companyAdmin', 'serviceCenterManager', 'butler', 'frontline'];
/** Who reads wake-up calls, relays and the greetings' preview and log. */
export const LIFE_SECRETARY_READER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler', 'frontline'];
/** Who sets a project's greetings (festivals, birthdays, wording, channel). */
export const GREETING_ADMIN_ROLES: readonly Role[] = ['companyAdmin', 'serviceCenterManager'];
