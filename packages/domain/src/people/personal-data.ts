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
  /** True when the viewer is assigned to a work order of this person; work orders do not exist yet, so callers pass false. */
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

/** The phone and ID number as this viewer may see them. */
export function showPersonalData(viewer: PersonalDataViewer, subject: PersonalDataSubject, data: PersonalData): PersonalData {
  if (canSeePersonalData(viewer, subject)) return { phone: data.phone, idNumber: data.idNumber };
  return { phone: maskPhone(data.phone), idNumber: maskIdNumber(data.idNumber) };
}
