import type { EntryMethod, QuestionnaireStatus } from '@guanjia/domain/questionnaires/index';
import type { Stamped } from '../org/tables.js';

/** 调查问卷: one row per version of a project's questionnaire; content is the sections and questions as JSON. */
export interface QuestionnaireTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** 1, 2, 3 … per project. */
  version_no: number;
  status: QuestionnaireStatus;
  title: string;
  intro: string | null;
  /** QuestionnaireContent as JSON. */
  content: string;
  created_by: string;
  published_at: string | null;
  published_by: string | null;
  retired_at: string | null;
}

/** The history of a version: created, edited, published, retired. */
export interface QuestionnaireEventTable {
  id: string;
  company_id: string;
  project_id: string;
  questionnaire_id: string;
  action: 'create' | 'edit' | 'publish' | 'retire';
  actor_id: string;
  data: string | null;
  created_at: string;
}

/** One filled questionnaire of a household, by the owner on the phone or entered by the butler. */
export interface QuestionnaireResponseTable {
  id: string;
  company_id: string;
  project_id: string;
  questionnaire_id: string;
  owner_id: string;
  household_id: string;
  /** Answers (keyed by question key) as JSON. */
  answers: string;
  method: EntryMethod;
  /** The staff member who entered it; null when the owner filled it. */
  recorded_by: string | null;
  invitation_id: string | null;
  submitted_at: string;
}

export interface QuestionnaireTables {
  questionnaires: QuestionnaireTable;
  questionnaire_events: QuestionnaireEventTable;
  questionnaire_responses: QuestionnaireResponseTable;
}
