import type { Role } from '../auth/roles.js';
import { maskIdNumber, maskPhone } from '../shared/mask.js';

/**
 * 外来工作人员问询登记: who registers outside workers at the sales center, who reads the register,
 * and who sees their phone and ID number in full.
 */
export const EXTERNAL_WORKER_REGISTRAR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler', 'frontline'];
export const EXTERNAL_WORKER_READER_ROLES: readonly Role[] = [...EXTERNAL_WORKER_REGISTRAR_ROLES, 'regionalHead'];

/**
 * The butler and the managers on site call a worker back or check their papers, so they see phone
 * and ID number in full. The front-line posts register at the door and the regional head follows
 * the register: neither needs them again, so they read them masked.
 */
export const EXTERNAL_WORKER_FULL_CONTACT_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler'];

export function canSeeExternalWorkerContact(roles: readonly Role[]): boolean {
  return roles.some((r) => EXTERNAL_WORKER_FULL_CONTACT_ROLES.includes(r));
}

export interface ExternalWorkerContact {
  phone: string | null;
  idNumber: string | null;
}

export function showExternalWorkerContact(roles: readonly Role[], contact: ExternalWorkerContact): ExternalWorkerContact {
  if (canSeeExternalWorkerContact(roles)) return { phone: contact.phone, idNumber: contact.idNumber };
  return { phone: maskPhone(contact.phone), idNumber: maskIdNumber(contact.idNumber) };
}
