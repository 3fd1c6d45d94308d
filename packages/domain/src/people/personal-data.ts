import type { Role } from '../auth/roles.js';
import { FULL_PERSONAL_DATA_ROLES } from '../auth/roles.js';
import { maskIdNumber, maskPhone } from '../shared/mask.js';

/** Who is looking: the parts of a signed-in actor that decide what personal data they may see. */
export interface PersonalDataViewer {
  roles: readonly Role[];
  /** Projects the viewer works in (company-wide roles carry every project of their company). */
  projectIds: readonly string[];
  /** Set for owner accounts: the owner record the account belongs to. */
  ownerId: string | null;
}

/** Whose data it is, and how the viewer is connected to it. */
export interface PersonalDataSubject {
  projectId: string;
  /** The owner record the data belongs to, if any. */
  ownerId: string | null;
  /** True when the viewer is assigned to a work order of this person (a technician or vendor worker on that order). */
  assignedToActor: boolean;
}

/** Roles that see a person's contact data only while working an order assigned to them. */
export const ASSIGNED_WORK_ROLES: readonly Role[] = ['technician', 'vendorStaff'];

/**
 * Phone and ID number in full: the person themself, the property company's managing roles in that
 * project (FULL_PERSONAL_DATA_ROLES), and technicians/vendor staff on an order assigned to them.
 * Everyone else (sales, marketing, front-line, other owners) sees them masked.
 */
export function canSeePersonalData(viewer: PersonalDataViewer, subject: PersonalDataSubject): boolean {
  if (subject.ownerId !== null && viewer.ownerId === subject.ownerId) return true;
  const inProject = viewer.projectIds.includes(subject.projectId);
  if (inProject && viewer.roles.some((r) => FULL_PERSONAL_DATA_ROLES.includes(r))) return true;
  if (subject.assignedToActor && viewer.roles.some((r) => ASSIGNED_WORK_ROLES.includes(r))) return true;
  return false;
}

export interface PersonalData {
  phone: string | null;
  idNumber: string | null;
}

/**
 * The phone and ID number as a list or detail shows them: in full only to the person themself. Staff
 * who may see the full value (canSeePersonalData) ask for it through the reveal endpoint, which logs
 * the read (personal-data module), so no full number leaves the server unrecorded.
 */
export function showPersonalData(viewer: PersonalDataViewer, subject: PersonalDataSubject, data: PersonalData): PersonalData {
  if (isSelf(viewer, subject)) return { phone: data.phone, idNumber: data.idNumber };
  return { phone: maskPhone(data.phone), idNumber: maskIdNumber(data.idNumber) };
}

/** The viewer is the person the data belongs to: their own data is shown in full and not logged. */
export function isSelf(viewer: PersonalDataViewer, subject: PersonalDataSubject): boolean {
  return subject.ownerId !== null && viewer.ownerId === subject.ownerId;
}

/** A staff member who may reveal the full value (each reveal is logged); never the person themself, who sees it anyway. */
export function canRevealPersonalData(viewer: PersonalDataViewer, subject: PersonalDataSubject): boolean {
  return !isSelf(viewer, subject) && !viewer.roles.includes('owner') && canSeePersonalData(viewer, subject);
}
