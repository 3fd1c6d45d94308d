import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';
import { hasAnyRole, RECEPTION_DESK_ROLES, RECEPTION_STEP_ROLES, ROTATION_OVERRIDE_ROLES } from './reception-roles.js';

/**
 * 来访: one visit from the moment it is booked (an appointment) or the visitor walks in, to the
 * farewell. An appointment is a visit that is still `expected`; checking it in makes it `waiting`
 * (the consultant has been notified), the consultant coming out makes it `received`, the farewell
 * makes it `departed`. Walk-ins, viewing groups and unannounced VIPs start at `waiting`.
 */
export const VISIT_STATUSES = ['expected', 'noShow', 'waiting', 'received', 'departed', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_TYPES = ['appointment', 'walkIn', 'viewingGroup', 'vip'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const VISIT_ACTIONS = [
  'checkIn', // the visitor of an appointment arrived: seat them, notify the consultant
  'reschedule', // change an appointment's time, consultant or visitor details
  'cancel', // an appointment called off, or a waiting visitor who left before anyone came (with a reason)
  'markNoShow', // the appointment's day passed without the visitor
  'reassign', // the sales manager hands a waiting visitor to another consultant (overrides the rotation)
  'receive', // the consultant came out to the visitor (出迎)
  'recordStep', // a journey step: business card, drink, tours, cart, bus, umbrella
  'updateChecklist', // the VIP protocol checklist
  'depart', // the farewell (送别), with the closing question
] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/** The one transition table of a visit; the server enforces it in one use case after re-reading the row. */
export const VISIT_TRANSITIONS: TransitionTable<VisitStatus, VisitAction> = {
  expected: { checkIn: 'waiting', reschedule: 'expected', cancel: 'cancelled', markNoShow: 'noShow', updateChecklist: 'expected' },
  // A visitor marked as not come who turns up late after all is checked in as usual.
  noShow: { checkIn: 'waiting' },
  waiting: { receive: 'received', reassign: 'waiting', recordStep: 'waiting', updateChecklist: 'waiting', cancel: 'cancelled' },
  received: { recordStep: 'received', updateChecklist: 'received', depart: 'departed' },
  departed: {},
  cancelled: {},
};

/** A visitor at the sales center now: the consultant is committed to them, so the rotation skips that consultant. */
export const ON_SITE_VISIT_STATUSES: readonly VisitStatus[] = ['waiting', 'received'];

export function visitNextState(from: VisitStatus, action: VisitAction): VisitStatus {
  return nextState('visit', VISIT_TRANSITIONS, from, action);
}

export interface VisitSubject {
  status: VisitStatus;
  consultantId: string;
}

export interface VisitActor {
  userId: string;
  roles: readonly Role[];
}

/** Why an actor may not take an action on a visit (the state is the transition table's business). */
export type VisitRefusal =
  /** Only the reception desk (butler, service-center manager) does this. */
  | 'notDesk'
  /** A consultant acts only on their own visitors. */
  | 'notOwnVisitor'
  /** Only the sales manager overrides the rotation. */
  | 'notSalesManager';

const isDesk = (who: VisitActor) => hasAnyRole(who.roles, RECEPTION_DESK_ROLES);
const isOwn = (visit: VisitSubject, who: VisitActor) => visit.consultantId === who.userId;

/**
 * Who may take an action, whatever the state. The desk checks visitors in and sees them off; the
 * consultant (from their phone) or the desk marks the visitor received; the front line records the
 * steps it serves; the sales manager alone reassigns; a consultant keeps their own appointments.
 */
export function visitRefusal(visit: VisitSubject, who: VisitActor, action: VisitAction): VisitRefusal | null {
  switch (action) {
    case 'checkIn':
    case 'markNoShow':
    case 'updateChecklist':
    case 'depart':
      return isDesk(who) ? null : 'notDesk';
    case 'reschedule':
      return isDesk(who) || hasAnyRole(who.roles, ROTATION_OVERRIDE_ROLES) || isOwn(visit, who) ? null : 'notOwnVisitor';
    case 'cancel':
      // Calling off an appointment is also its booker's business; sending away a waiting visitor is the desk's.
      if (isDesk(who)) return null;
      if (visit.status !== 'expected') return 'notDesk';
      return hasAnyRole(who.roles, ROTATION_OVERRIDE_ROLES) || isOwn(visit, who) ? null : 'notOwnVisitor';
    case 'reassign':
      return hasAnyRole(who.roles, ROTATION_OVERRIDE_ROLES) ? null : 'notSalesManager';
    case 'receive':
      return isDesk(who) || isOwn(visit, who) ? null : 'notOwnVisitor';
    case 'recordStep':
      return hasAnyRole(who.roles, RECEPTION_STEP_ROLES) || isOwn(visit, who) ? null : 'notOwnVisitor';
  }
}

/** The actions the state allows and the actor may take: the web shows exactly these buttons. */
export function visitActionsFor(visit: VisitSubject, who: VisitActor): VisitAction[] {
  return allowedActions(VISIT_TRANSITIONS, visit.status).filter((a) => visitRefusal(visit, who, a) === null);
}
