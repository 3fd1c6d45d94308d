import type { Role } from '../auth/roles.js';
import { maskPhone } from '../shared/mask.js';

/**
 * A visitor's phone number: the reception desk of that project (butler, service-center manager)
 * and the visitor's own consultant see it in full; everyone else — other consultants, the sales
 * manager, front-line posts, company-wide roles reading for oversight — sees it masked. Nobody
 * outside those needs to call the visitor.
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

export function canSeeVisitorPhone(viewer: VisitorDataViewer, visit: VisitorDataSubject): boolean {
  if (visit.consultantId !== null && visit.consultantId === viewer.userId) return true;
  return viewer.projectIds.includes(visit.projectId) && viewer.roles.some((r) => VISITOR_PHONE_ROLES.includes(r));
}

/** The phone as this viewer may see it. */
export function visitorPhoneFor(viewer: VisitorDataViewer, visit: VisitorDataSubject, phone: string | null): string | null {
  return canSeeVisitorPhone(viewer, visit) ? phone : maskPhone(phone);
}
