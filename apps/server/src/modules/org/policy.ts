import { rolesOnly, staffAccountsOnly } from '../../platform/http/guards.js';

/**
 * Who may touch organisation data (regions, developers, projects, centers, departments, buildings,
 * units): every staff account reads (owners are refused with 403), company administrators write.
 * These run as `preValidation` hooks; project visibility (404) is checked per record.
 */
export const staffOnly = staffAccountsOnly;
export const companyAdminOnly = rolesOnly('companyAdmin');
