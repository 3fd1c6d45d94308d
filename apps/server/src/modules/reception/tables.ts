import type { AlertHandling, JourneyStep, StepOutcome, VisitStatus, VisitType } from '@guanjia/domain/reception/index';
import type { Stamped } from '../org/tables.js';

/** Per sales center: how long the desk waits for a consultant before the board alerts the butler. */
export interface ReceptionSettingsTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  alert_threshold_seconds: number;
}

/** One consultant on one day's duty roster (值班表) of a sales center, in rotation order. */
export interface DutyRosterTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  /** Business date YYYY-MM-DD (Shanghai). */
  duty_date: string;
  consultant_id: string;
  position: number;
  on_duty: number;
  /** Walk-ins counted as had when the consultant came on duty mid-day (see domain reception/rotation). */
  turn_credit: number;
}

/** How the visitor's consultant was chosen. */
export type AssignedVia = 'appointment' | 'rotation' | 'override' | 'requested';

/** A visit: an appointment while `expected`, then checked in, received, seen off. */
export interface VisitTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  /** Business date of the appointment or of the check-in. */
  visit_date: string;
  type: VisitType;
  status: VisitStatus;
  visitor_name: string;
  visitor_phone: string | null;
  party_size: number;
  /** The visitor agreed to their visit being recorded (name, phone, journey). */
  consent_recorded: number;
  consultant_id: string;
  assigned_via: AssignedVia;
  /** Sequential per sales center and day for walk-ins counted by the rotation; a unique index stops two check-ins taking one turn. */
  rotation_turn: number | null;
  /** The consultant the rotation had picked when the sales manager overrode it. */
  skipped_consultant_id: string | null;
  override_reason: string | null;
  overridden_by: string | null;
  appointment_at: string | null;
  shuttle_bus: number;
  /** JSON VipChecklist, for VIP visits. */
  vip_checklist: string | null;
  note: string | null;
  checked_in_at: string | null;
  checked_in_by: string | null;
  /** When the current consultant was notified; the alert counts from here. */
  notified_at: string | null;
  received_at: string | null;
  received_by: string | null;
  departed_at: string | null;
  closing_question_asked: number;
  /** Kept up to date by every change of the visit (domain reception/journey), so history lists filter on it. */
  accompaniment_complete: number;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_by: string;
}

export type VisitEventAction =
  | 'create'
  | 'checkIn'
  | 'reschedule'
  | 'cancel'
  | 'markNoShow'
  | 'reassign'
  | 'receive'
  | 'recordStep'
  | 'updateChecklist'
  | 'depart'
  | 'handOff'
  | 'alert'
  | 'alertHandled'
  | 'recordService';

/** The visit's history and journey: every change, hand-off, alert and step with its time and who. */
export interface VisitEventTable {
  id: string;
  company_id: string;
  project_id: string;
  visit_id: string;
  action: VisitEventAction;
  step: JourneyStep | null;
  outcome: StepOutcome | null;
  from_status: VisitStatus | null;
  to_status: VisitStatus | null;
  actor_id: string | null;
  /** JSON details: the consultant handed to, the reason, the note. */
  data: string | null;
  at: string;
}

/** The consultant did not come out within the threshold: shown on the board until the butler handles it. */
export interface HandoffAlertTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  visit_id: string;
  consultant_id: string;
  /** The notification the alert is about; one alert per notification (unique). */
  notified_at: string;
  raised_at: string;
  handled_at: string | null;
  handled_by: string | null;
  handled_how: AlertHandling | null;
  note: string | null;
}

/** A project's copy of the reference sales-site services (三、销售配合期间的参考性服务内容). */
export interface ReferenceServiceTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  number: number;
  name: string;
  enabled: number;
  origin: 'seed' | 'custom';
}

/** A reference service given: against a visit, or as a standalone task of the day. */
export interface ServiceRecordTable {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  service_id: string;
  visit_id: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
  record_date: string;
  created_at: string;
}

export interface ReceptionTables {
  reception_settings: ReceptionSettingsTable;
  reception_duty_rosters: DutyRosterTable;
  reception_visits: VisitTable;
  reception_visit_events: VisitEventTable;
  reception_handoff_alerts: HandoffAlertTable;
  reception_reference_services: ReferenceServiceTable;
  reception_service_records: ServiceRecordTable;
}
