import type { Stamped } from '../org/tables.js';

/**
 * 个性化服务需求档案: one per household, in two layers (ProfileContent JSON each): what the butler
 * recorded, and what the latest questionnaire answered. The answered layer is shown to staff only while
 * its respondent's serviceProfile consent is in force.
 */
export interface ServiceProfileTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  recorded: string;
  answered: string | null;
  answered_response_id: string | null;
  answered_owner_id: string | null;
  answered_at: string | null;
}

/** The history of a profile: the butler's edits and the questionnaires that filled it. */
export interface ServiceProfileEventTable {
  id: string;
  company_id: string;
  project_id: string;
  service_profile_id: string;
  action: 'record' | 'answers';
  /** Null when the owner's own answers changed it. */
  actor_id: string | null;
  /** JSON: { fields: the parts that changed, responseId? } — never the content, which consent may hide. */
  data: string | null;
  created_at: string;
}

export interface ServiceProfileTables {
  service_profiles: ServiceProfileTable;
  service_profile_events: ServiceProfileEventTable;
}
