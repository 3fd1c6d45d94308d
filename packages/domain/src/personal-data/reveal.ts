import type { Role } from '../auth/roles.js';
import { FULL_PERSONAL_DATA_ROLES } from '../auth/roles.js';
import { ASSIGNED_WORK_ROLES } from '../people/personal-data.js';
import { VISITOR_PHONE_ROLES } from '../reception/visitor-privacy.js';
import { EXTERNAL_WORKER_FULL_CONTACT_ROLES } from '../sales-site/external-worker-privacy.js';
import type { RevealSubjectType } from './erasure.js';

const OWNER_DATA_REVEALERS: readonly Role[] = [...FULL_PERSONAL_DATA_ROLES, ...ASSIGNED_WORK_ROLES];

/**
 * The roles that could ever reveal a value of each kind of subject; the rest are refused before
 * anything is looked up. Each kind then applies its own rule to the one person: canRevealPersonalData
 * for owners' data, canRevealVisitorPhone, canRevealExternalWorkerContact.
 */
export const REVEALER_ROLES: Record<RevealSubjectType, readonly Role[]> = {
  owner: OWNER_DATA_REVEALERS,
  deal: OWNER_DATA_REVEALERS,
  workOrder: OWNER_DATA_REVEALERS,
  visit: [...VISITOR_PHONE_ROLES, 'salesConsultant'],
  externalWorker: EXTERNAL_WORKER_FULL_CONTACT_ROLES,
};

/** Every role that may reveal some kind of subject: the gate in front of the reveal endpoint. */
export const ANY_REVEALER_ROLES: readonly Role[] = [...new Set(Object.values(REVEALER_ROLES).flat())];
