import type { Role } from '../auth/roles.js';
import { AUDIENCE_ROLES, type TrainingAudience } from './training-topics.js';
import { attended, type AttendanceStatus } from './training-session-flow.js';

export interface RequiredCourse {
  id: string;
  audience: TrainingAudience;
  required: boolean;
  active: boolean;
}

/** The required, active courses of the person's roles. */
export function requiredCoursesFor<C extends RequiredCourse>(roles: readonly Role[], courses: readonly C[]): C[] {
  return courses.filter((c) => c.required && c.active && AUDIENCE_ROLES[c.audience].some((r) => roles.includes(r)));
}

/** The required courses the person has not yet attended (present or late) at a recorded session. */
export function coursesNotYetTaken<C extends RequiredCourse>(
  roles: readonly Role[],
  courses: readonly C[],
  attendance: readonly { courseId: string; status: AttendanceStatus | null }[],
): C[] {
  const taken = new Set(attendance.filter((a) => attended(a.status)).map((a) => a.courseId));
  return requiredCoursesFor(roles, courses).filter((c) => !taken.has(c.id));
}
