import type { KnowledgeBank, KnowledgeVersionAction, KnowledgeVersionEvent, KnowledgeVersionStatus } from '@guanjia/domain/knowledge/knowledge-flow';
import type { SearchField } from '@guanjia/domain/knowledge/text-analysis';
import type { Stamped } from '../org/tables.js';

/** One question of a project's bank (应知应会); its wording lives in versions, at most one published. */
export interface KnowledgeEntryTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  bank: KnowledgeBank;
  category: string;
  /** The published version's question, or the newest version's while none is published: lists show it. */
  title: string;
  /** Null while no version is published (new, or retired). */
  published_version_id: string | null;
  published_at: string | null;
  /** Set when its published version was retired and nothing replaced it yet. */
  retired_at: string | null;
  /** Highest version number given so far; versions are numbered 1, 2, 3 … per entry. */
  last_version_no: number;
  /** Words per field of the published version, for BM25's length normalisation (0 when none). */
  question_length: number;
  keywords_length: number;
  answer_length: number;
  created_by: string;
  /** The unanswered desk question this entry was drafted from. */
  source_desk_log_id: string | null;
}

/** One wording of an entry; versions are never deleted, so what the desk said on a day can be traced. */
export interface KnowledgeVersionTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  entry_id: string;
  number: number;
  question: string;
  /** JSON array of strings. */
  keywords: string;
  answer: string;
  status: KnowledgeVersionStatus;
  author_id: string;
  submitted_by: string | null;
  submitted_at: string | null;
  /** The approval request of a sales version while submitted (and kept after the decision). */
  approval_request_id: string | null;
  /** Who published it: the manager (service), or the marketing lead who approved it (sales). */
  approved_by: string | null;
  published_at: string | null;
  superseded_at: string | null;
  retired_at: string | null;
  rejected_by: string | null;
  rejected_at: string | null;
  rejection_reason: string | null;
}

/** A version's history: every state change and edit, with who and why. */
export interface KnowledgeVersionEventTable {
  id: string;
  company_id: string;
  project_id: string;
  entry_id: string;
  version_id: string;
  action: KnowledgeVersionAction | KnowledgeVersionEvent;
  from_status: KnowledgeVersionStatus | null;
  to_status: KnowledgeVersionStatus;
  actor_id: string;
  actor_name: string;
  comment: string | null;
  at: string;
}

/**
 * The search index: a term of one field of an entry's published version and its weight, written
 * in the transaction that publishes the version. Search is plain SQL over it on both databases.
 */
export interface KnowledgeSearchTermTable {
  company_id: string;
  project_id: string;
  entry_id: string;
  bank: KnowledgeBank;
  field: SearchField;
  term: string;
  weight: number;
}

/** 咨询台记录: a question asked at the desk, the answer given from the bank, or none. */
export interface KnowledgeDeskLogTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string | null;
  question: string;
  /** The entry whose answer was given; null: the bank had no good answer. */
  entry_id: string | null;
  /** The exact version given (the published one at the time). */
  version_id: string | null;
  /** The answer as given: the bank's wording, or what the staff member said instead. */
  answer_given: string | null;
  answered_by: string;
  answered_by_name: string;
  asked_at: string;
  /** The draft entry made from an unanswered question. */
  draft_entry_id: string | null;
}

export interface KnowledgeTables {
  knowledge_entries: KnowledgeEntryTable;
  knowledge_versions: KnowledgeVersionTable;
  knowledge_version_events: KnowledgeVersionEventTable;
  knowledge_search_terms: KnowledgeSearchTermTable;
  knowledge_desk_log: KnowledgeDeskLogTable;
}
