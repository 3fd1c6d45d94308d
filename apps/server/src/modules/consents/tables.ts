import type { ConsentPurpose, EntryMethod } from '@guanjia/domain/questionnaires/index';

/**
 * An owner's consent for one purpose, append-only: every grant or withdrawal is a new row and the
 * latest row is the consent in force, so the history is the evidence PIPL asks for.
 */
export interface ConsentTable {
  id: string;
  company_id: string;
  project_id: string;
  owner_id: string;
  purpose: ConsentPurpose;
  granted: number;
  /** h5: the owner on the invitation page; verbal / paper: recorded by staff. */
  method: EntryMethod;
  /** Null when the owner did it on the phone. */
  recorded_by: string | null;
  invitation_id: string | null;
  /** The wording shown (CONSENT_PURPOSE_TEXTS[purpose].version). */
  text_version: string;
  note: string | null;
  recorded_at: string;
}

export interface ConsentTables {
  consents: ConsentTable;
}
