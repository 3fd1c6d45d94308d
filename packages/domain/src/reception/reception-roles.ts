import { COMPANY_WIDE_ROLES, type Role } from '../auth/roles.js';

/**
 * Who does what at the sales center's reception (案场接待). The server's guards and the web's
 * buttons read the same lists.
 */

/** The reception desk: the property company's butlers and their service-center manager run the board. */
export const RECEPTION_DESK_ROLES: readonly Role[] = ['butler', 'serviceCenterManager'];

/** Front-line posts (water bar, greeter, security) record the journey steps and services they give. */
export const RECEPTION_STEP_ROLES: readonly Role[] = [...RECEPTION_DESK_ROLES, 'frontline'];

/** The developer's side: people a visitor can be handed to (a sales manager may host a VIP). */
export const RECEPTION_HOST_ROLES: readonly Role[] = ['salesConsultant', 'salesManager'];

/** Only the sales manager overrides the rotation (轮序) by moving a waiting visitor to another consultant. */
export const ROTATION_OVERRIDE_ROLES: readonly Role[] = ['salesManager'];

/** The day's duty roster is kept by the desk or by the sales manager whose consultants it lists. */
export const DUTY_ROSTER_ROLES: readonly Role[] = [...RECEPTION_DESK_ROLES, 'salesManager'];

/** The alert threshold and the reference-service list are the service center's configuration. */
export const RECEPTION_SETTINGS_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager'];

/** Read the whole sales center (board, visit history, roster): the desk, front line, the sales manager, company-wide roles. */
export const RECEPTION_READ_ROLES: readonly Role[] = [...COMPANY_WIDE_ROLES, ...RECEPTION_STEP_ROLES, 'salesManager'];

/** Book appointments: the desk, the sales manager, and a consultant for their own clients. */
export const APPOINTMENT_BOOKER_ROLES: readonly Role[] = [...RECEPTION_DESK_ROLES, ...RECEPTION_HOST_ROLES];

/** Anyone with some part in reception; every other role (owners, technicians, vendors, marketing) gets 403. */
export const RECEPTION_ANY_ROLES: readonly Role[] = [...new Set([...RECEPTION_READ_ROLES, ...RECEPTION_HOST_ROLES])];

export const hasAnyRole = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));
