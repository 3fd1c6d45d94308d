import type { QueryTerm, SearchField } from './text-analysis.js';

/**
 * BM25F over an entry's three fields: a term in the question counts three times, in the keywords
 * twice, in the answer once, each normalised by its field's length before the saturation, so a long
 * answer that mentions 物业费 in passing does not outrank the entry whose question is 物业费收取标准.
 */
export const FIELD_BOOST: Record<SearchField, number> = { question: 3, keywords: 2, answer: 1 };
/** How much a field's length matters (0: not at all, 1: fully). */
export const FIELD_LENGTH_NORM: Record<SearchField, number> = { question: 0.5, keywords: 0.3, answer: 0.75 };
export const K1 = 1.2;

/** One row of the search index: a term of one field of one entry's published version. */
export interface IndexedTerm {
  term: string;
  field: SearchField;
  weight: number;
}

export interface CandidateDocument {
  id: string;
  /** Words per field, as analysed when the version was published. */
  lengths: Record<SearchField, number>;
  /** The index rows of this entry that some query term matched (exactly or by prefix). */
  terms: readonly IndexedTerm[];
}

export interface CorpusStats {
  /** Published entries searched over. */
  documentCount: number;
  averageLengths: Record<SearchField, number>;
}

export interface ScoredDocument {
  id: string;
  score: number;
  /** The question's words that matched, in the question's order. */
  matched: string[];
}

/** Robertson–Spärck Jones idf, never negative. */
export function idf(documentCount: number, documentFrequency: number): number {
  const n = Math.max(documentCount, documentFrequency);
  return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

function termMatches(q: QueryTerm, indexed: string): boolean {
  if (!q.prefix) return indexed === q.term;
  // A prefix asks for longer terms; the one-character term itself is its own exact query term.
  return indexed.length > q.term.length && indexed.startsWith(q.term) && !indexed.startsWith('~');
}

/** A field's weight for one query term: the exact term's, or the strongest term the prefix reaches. */
function fieldFrequency(q: QueryTerm, terms: readonly IndexedTerm[], field: SearchField): number {
  let best = 0;
  for (const t of terms) {
    if (t.field !== field || !termMatches(q, t.term)) continue;
    if (!q.prefix) return t.weight;
    best = Math.max(best, t.weight);
  }
  return best;
}

/**
 * Scores candidate documents (those holding at least one query term) for a question, best first;
 * ties go to the id (entry ids are time-ordered, so the older entry first). Documents matching
 * nothing are left out.
 */
export function scoreDocuments(query: readonly QueryTerm[], docs: readonly CandidateDocument[], stats: CorpusStats): ScoredDocument[] {
  const documentFrequency = query.map((q) => docs.filter((d) => d.terms.some((t) => termMatches(q, t.term))).length);
  const scored: ScoredDocument[] = [];
  for (const doc of docs) {
    let score = 0;
    const matched: string[] = [];
    query.forEach((q, i) => {
      let pseudoFrequency = 0;
      for (const field of Object.keys(FIELD_BOOST) as SearchField[]) {
        const tf = fieldFrequency(q, doc.terms, field);
        if (tf === 0) continue;
        const avg = stats.averageLengths[field] > 0 ? stats.averageLengths[field] : 1;
        const b = FIELD_LENGTH_NORM[field];
        pseudoFrequency += (FIELD_BOOST[field] * tf) / (1 - b + (b * doc.lengths[field]) / avg);
      }
      if (pseudoFrequency === 0) return;
      score += q.weight * idf(stats.documentCount, documentFrequency[i]) * ((pseudoFrequency * (K1 + 1)) / (pseudoFrequency + K1));
      if (!matched.includes(q.display)) matched.push(q.display);
    });
    if (score > 0) scored.push({ id: doc.id, score, matched });
  }
  return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
