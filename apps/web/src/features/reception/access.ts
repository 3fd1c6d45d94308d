import { RECEPTION_DESK_ROLES, RECEPTION_HOST_ROLES, RECEPTION_READ_ROLES, RECEPTION_SETTINGS_ROLES, RECEPTION_STEP_ROLES, DUTY_ROSTER_ROLES } from '@guanjia/domain/reception/reception-roles';
import type { AuthValue } from '../../ui/auth';

/** The board, the visit history and the settings pages: whoever reads a whole sales center (the server decides per action). */
export function canUseReception(auth: AuthValue): boolean {
  return auth.hasRole(...RECEPTION_READ_ROLES);
}

/** The consultant's phone page: the developer's consultants (and a sales manager who hosts visitors). */
export function isSalesConsultant(auth: AuthValue): boolean {
  return auth.hasRole(...RECEPTION_HOST_ROLES);
}

/** Checks visitors in, sees them off, handles alerts. */
export function isReceptionDesk(auth: AuthValue): boolean {
  return auth.hasRole(...RECEPTION_DESK_ROLES);
}

/** Records the reference services given (against a visit or standalone): the desk and the front-line posts, as the server allows. */
export function canRecordServices(auth: AuthValue): boolean {
  return auth.hasRole(...RECEPTION_STEP_ROLES);
}

export function canKeepRoster(auth: AuthValue): boolean {
  return auth.hasRole(...DUTY_ROSTER_ROLES);
}

export function canConfigureReception(auth: AuthValue): boolean {
  return auth.hasRole(...RECEPTION_SETTINGS_ROLES);
}
