import { analyzeDocument, SEARCH_FIELDS } from '@guanjia/domain/knowledge/text-analysis';
import type { Tx } from '../../platform/db/transaction.js';
import { parseKeywords, type KnowledgeEntryRow, type KnowledgeVersionRow } from './knowledge-access.js';
import type { KnowledgeSearchTermTable } from './tables.js';

/** Rows per INSERT: 7 parameters each stays far below both databases' limits. */
const CHUNK = 500;

export interface IndexedLengths {
  question_length: number;
  keywords_length: number;
  answer_length: number;
}

/**
 * The search-index rows of the version being published and the field lengths to store on the entry.
 * Pure: the publishing use case first takes the entry (a guarded update, so a concurrent publication
 * of the same entry stops there with 409), then writes these rows with replaceSearchRows.
 */
export function buildSearchRows(entry: KnowledgeEntryRow, version: KnowledgeVersionRow): { rows: KnowledgeSearchTermTable[]; lengths: IndexedLengths } {
  const analyzed = analyzeDocument({ question: version.question, keywords: parseKeywords(version.keywords), answer: version.answer });
  const rows: KnowledgeSearchTermTable[] = SEARCH_FIELDS.flatMap((field) =>
    [...analyzed.fields[field].terms].map(([term, weight]) => ({
      company_id: entry.company_id,
      project_id: entry.project_id,
      entry_id: entry.id,
      bank: entry.bank,
      field,
      term,
      weight,
    })),
  );
  return {
    rows,
    lengths: {
      question_length: analyzed.fields.question.length,
      keywords_length: analyzed.fields.keywords.length,
      answer_length: analyzed.fields.answer.length,
    },
  };
}

/** Replaces the entry's rows in the search index, inside the publishing transaction: search never sees half an entry. */
export async function replaceSearchRows(trx: Tx, entryId: string, rows: readonly KnowledgeSearchTermTable[]): Promise<void> {
  await clearKnowledgeIndex(trx, entryId);
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('knowledge_search_terms').values(rows.slice(i, i + CHUNK)).execute();
}

/** Takes the entry out of search (retired, or about to be re-indexed). */
export async function clearKnowledgeIndex(trx: Tx, entryId: string): Promise<void> {
  await trx.deleteFrom('knowledge_search_terms').where('entry_id', '=', entryId).execute();
}
