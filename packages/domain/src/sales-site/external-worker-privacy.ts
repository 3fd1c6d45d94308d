import type { Role } from '../auth/roles.js';
import { maskIdNumber, maskPhone } from '../shared/mask.js';

/**
 * 外来工作人员问询登记: who registers outside workers at the sales center, who reads the register,
 * and who sees their phone and ID number in full.
 */
export const EXTERNAL_WORKER_REGISTRAR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler', 'frontline'];
export const EXTERNAL_WORKER_READER_ROLES: readonly Role[] = [...EXTERNAL_WORKER_REGISTRAR_ROLES, 'regionalHead'];

/**
 * The butler and the managers on site call a worker back or check their papers, so they may reveal
 * phone and ID number in full (each reveal is logged by the personal-data module). The front-line
 * posts register at the door and the regional head follows the register: neither needs them again.
 * Lists show both masked to everyone.
 */
export const EXTERNAL_WORKER_FULL_CONTACT_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler'];

export function canRevealExternalWorkerContact(roles: readonly Role[]): boolean {
  return roles.some((r) => EXTERNAL_WORKER_FULL_CONTACT_ROLES.includes(r));
}

export interface ExternalWorkerContact {
  phone: string | null;
  idNumber: string | null;
}

/** Phone and ID number as the register shows them: masked for every viewer; the full values only through a logged reveal. */
export function showExternalWorkerContact(contact: ExternalWorkerContact): ExternalWorkerContact {
  return { phone: maskPhone(contact.phone), idNumber: maskIdNumber(contact.idNumber) };
}
