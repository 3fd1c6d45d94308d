import { EXTERNAL_WORKER_READER_ROLES, EXTERNAL_WORKER_REGISTRAR_ROLES } from '@guanjia/domain/sales-site/external-worker-privacy';
import type { AuthValue } from '../../ui/auth';

/** The register: the property side on site, front-line posts at the door, and the regional head. */
export function canUseExternalWorkers(auth: AuthValue): boolean {
  return auth.hasRole(...EXTERNAL_WORKER_READER_ROLES);
}

/** Registering arrivals and signing them out. */
export function canRegisterExternalWorkers(auth: AuthValue): boolean {
  return auth.hasRole(...EXTERNAL_WORKER_REGISTRAR_ROLES);
}
