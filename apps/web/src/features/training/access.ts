import type { Role } from '../../ui/roles';
import type { AuthValue } from '../../ui/auth';

// The same roles as the server's training routes; the server still decides every request.
/** Organise courses, sessions, quizzes and plans: the project's service-center manager and butlers. */
export const TRAINING_ORGANISER_ROLES: Role[] = ['serviceCenterManager', 'butler'];
/** Read a project's training: the organisers, the company and the regional head. */
export const TRAINING_READER_ROLES: Role[] = [...TRAINING_ORGANISER_ROLES, 'systemAdmin', 'companyAdmin', 'regionalHead'];
/** Staff who are trained and see their own training, the developer's sales staff included. */
export const TRAINEE_ROLES: Role[] = ['serviceCenterManager', 'butler', 'frontline', 'technician', 'vendorStaff', 'salesConsultant', 'salesManager', 'marketingLead'];

export function canSeeTraining(auth: AuthValue): boolean {
  return auth.hasRole(...TRAINING_READER_ROLES, ...TRAINEE_ROLES);
}

export function canReadTraining(auth: AuthValue): boolean {
  return auth.hasRole(...TRAINING_READER_ROLES);
}

export function canOrganiseTraining(auth: AuthValue): boolean {
  return auth.hasRole(...TRAINING_ORGANISER_ROLES);
}
