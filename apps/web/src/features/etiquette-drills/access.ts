import { DRILL_MISSED_READER_ROLES, DRILL_PAGE_ROLES, DRILL_RECORDER_ROLES, DRILL_SETTINGS_ROLES, DRILL_TIMETABLE_ROLES } from '@guanjia/domain/etiquette-drills/drill-rules';
import type { AuthValue } from '../../ui/auth';

// The same role lists the server's etiquette-drill routes check; the server still decides every request.

/** The page: the company, the service-center manager, butlers and the front line. */
export function canSeeEtiquetteDrills(auth: AuthValue): boolean {
  return auth.hasRole(...DRILL_PAGE_ROLES);
}

/** The day's timetable, also on the reception board: whoever reads the board. */
export function canReadDrillTimetable(auth: AuthValue): boolean {
  return auth.hasRole(...DRILL_TIMETABLE_ROLES);
}

/** 记录完成: the post holding the drills. */
export function canRecordDrills(auth: AuthValue): boolean {
  return auth.hasRole(...DRILL_RECORDER_ROLES);
}

/** Peak sales periods and the rotation. */
export function canEditDrillSettings(auth: AuthValue): boolean {
  return auth.hasRole(...DRILL_SETTINGS_ROLES);
}

/** The missed drills list. */
export function canSeeMissedDrills(auth: AuthValue): boolean {
  return auth.hasRole(...DRILL_MISSED_READER_ROLES);
}
