import {
  CHECKLIST_WORKER_ROLES,
  PRE_AGREEMENT_WRITER_ROLES,
  SALES_PREPARATION_READER_ROLES,
  SERVICE_PLAN_DRAFTER_ROLES,
} from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { AuthValue } from '../../ui/auth';

// The same roles the server's sales-preparation routes allow; the server still decides every request.
/** The company follows the preparation; the project's service center runs it. */
export function canSeeSalesPreparation(auth: AuthValue): boolean {
  return auth.hasRole(...SALES_PREPARATION_READER_ROLES);
}

/** Record the pre-agreement: the company or the service-center manager. */
export function canEditPreAgreement(auth: AuthValue): boolean {
  return auth.hasRole(...PRE_AGREEMENT_WRITER_ROLES);
}

/** Draft a service-plan version (each later step is answered by the server as `allowedActions`). */
export function canDraftServicePlans(auth: AuthValue): boolean {
  return auth.hasRole(...SERVICE_PLAN_DRAFTER_ROLES);
}

/** Generate, assign and tick off the preparation checklists. */
export function canWorkChecklists(auth: AuthValue): boolean {
  return auth.hasRole(...CHECKLIST_WORKER_ROLES);
}
