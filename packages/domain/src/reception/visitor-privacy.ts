import type { Role } from '../auth/roles.js';
import { maskPhone } from '../shared/mask.js';

/**
 * A visitor's phone number: the reception desk of that project (butler, service-center manager)
 * and the visitor's own consultant may reveal it in full (each reveal is logged by the
 * personal-data module); everyone else — other consultants, the sales manager, front-line posts,
 * company-wide roles reading for oversight — only ever sees it masked. Nobody outside those needs
 * to call the visitor.
 */
export const VISITOR_PHONE_ROLES: readonly Role[] = ['butler', 'serviceCenterManager'];

export interface VisitorDataViewer {
  userId: string;
  roles: readonly Role[];
  projectIds: readonly string[];
}

export interface VisitorDataSubject {
  projectId: string;
  consultantId: string | null;
}

export function canRevealVisitorPhone(viewer: VisitorDataViewer, visit: VisitorDataSubject): boolean {
  if (visit.consultantId !== null && visit.consultantId === viewer.userId) return true;
  return viewer.projectIds.includes(visit.projectId) && viewer.roles.some((r) => VISITOR_PHONE_ROLES.includes(r));
}

/** The phone as lists and details show it: masked for every viewer; the full number only through a logged reveal. */
export function visitorPhoneShown(phone: string | null): string | null {
  return maskPhone(phone);
}
